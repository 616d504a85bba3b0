import { describe, expect, it } from 'vitest';
import { segment } from '../../web/src/components/segment.js';

describe('segment (highlight pieces of the web UI)', () => {
  const text = 'قال الوزير إن 40 ألف متر';

  it('cuts at every boundary and keeps the text whole', () => {
    const marks = [
      { start: 4, end: 10, cls: 'm-entity' },
      { start: 14, end: 20, cls: 'm-number' },
    ];
    const segs = segment(text, marks);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(segs.filter((s) => s.marks.length > 0).map((s) => text.slice(s.start, s.end))).toEqual(['الوزير', '40 ألف']);
  });

  it('gives overlapping and nested marks to every piece they cover', () => {
    const claim = { start: 11, end: text.length, cls: 'm-claim' };
    const num = { start: 14, end: 20, cls: 'm-number' };
    const segs = segment(text, [claim, num]);
    const inner = segs.find((s) => s.start === 14);
    expect(inner?.marks.map((m) => m.cls).sort()).toEqual(['m-claim', 'm-number']);
    const before = segs.find((s) => s.start === 11);
    expect(before?.marks.map((m) => m.cls)).toEqual(['m-claim']);
    expect(segs.find((s) => s.start === 20)?.marks.map((m) => m.cls)).toEqual(['m-claim']);
  });

  it('clips marks outside the text and drops empty ones', () => {
    const segs = segment(text, [
      { start: -5, end: 3, cls: 'a' },
      { start: 20, end: 999, cls: 'b' },
      { start: 7, end: 7, cls: 'empty' },
    ]);
    expect(segs[0]).toMatchObject({ start: 0, end: 3 });
    expect(segs.at(-1)).toMatchObject({ start: 20, end: text.length });
    expect(segs.some((s) => s.marks.some((m) => m.cls === 'empty'))).toBe(false);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('leaves markup in the text as characters (pieces are plain slices)', () => {
    const hostile = 'نص <script>alert(1)</script> آخر';
    const segs = segment(hostile, [{ start: 3, end: 11, cls: 'x' }]);
    expect(hostile.slice(segs[1]!.start, segs[1]!.end)).toBe('<script>');
  });
});
