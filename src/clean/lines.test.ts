import { describe, expect, it } from 'vitest';
import { keySimilarity, lineKey } from './lineKey.js';
import { splitLines } from './lines.js';
import { OffsetMap } from './offsetMap.js';

describe('splitLines', () => {
  it('trims, numbers blocks and keeps offsets', () => {
    const text = '  سطر أول \r\nسطر ثان\n\n\u00a0\n\n  • بند\n';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['سطر أول', 'سطر ثان', '• بند']);
    expect(lines.map((l) => l.block)).toEqual([0, 0, 1]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
  it('splits a heading glued to the end of a paragraph', () => {
    const text = 'نهاية الفقرة.### عنوان فرعي';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['نهاية الفقرة.', '### عنوان فرعي']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});

describe('lineKey', () => {
  it('ignores hamza, diacritics, punctuation, digits and spacing', () => {
    expect(lineKey('أضِف تعليقاً!')).toBe(lineKey('اضف تعليقا'));
    expect(lineKey('الحلقة 12')).toBe(lineKey('الحلقة ٣'));
    expect(keySimilarity(lineKey('زيارة الوزير إلى بكين'), lineKey('زيارة الوزير الى بكين اليوم'))).toBeGreaterThan(0.8);
  });
});

describe('OffsetMap', () => {
  it('maps verbatim and proportional segments', () => {
    const m = new OffsetMap([
      { cleanStart: 0, cleanEnd: 5, rawStart: 10, rawEnd: 15 },
      { cleanStart: 7, cleanEnd: 11, rawStart: 30, rawEnd: 38 },
    ]);
    expect(m.toRaw(2)).toBe(12);
    expect(m.toRaw(6)).toBe(15);
    expect(m.toRaw(9)).toBe(34);
    expect(m.toRawSpan({ start: 7, end: 11 })).toEqual({ start: 30, end: 38 });
    expect(new OffsetMap([]).toRaw(3)).toBe(0);
  });
});
