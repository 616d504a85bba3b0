import { describe, expect, it } from 'vitest';
import type { TimelineRow } from '../../src/store/knowledge.js';
import { DAY, dayMs, fullDomain, placeRows, ticks } from '../../web/src/components/timelineScale.js';

function row(p: Partial<TimelineRow> & Pick<TimelineRow, 'time' | 'grain' | 'earliest' | 'latest'>): TimelineRow {
  return { eventId: p.time, storyId: 's', type: 'VISIT', summary: '', sources: [], background: false, confidence: 1, ...p };
}

describe('timeline scale (web UI)', () => {
  it('draws a day as a point and a month as a bar over its whole uncertainty', () => {
    const [month, day] = placeRows([
      row({ time: '2025-03', grain: 'month', earliest: '2025-03-01', latest: '2025-03-31' }),
      row({ time: '2025-03-05', grain: 'day', earliest: '2025-03-05', latest: '2025-03-05' }),
    ]);
    expect(day).toMatchObject({ point: true, from: dayMs('2025-03-05'), to: dayMs('2025-03-06') });
    expect(month).toMatchObject({ point: false, from: dayMs('2025-03-01'), to: dayMs('2025-04-01') });
    expect((month!.to - month!.from) / DAY).toBe(31);
  });

  it('marks a row inferred only when every dated source rests on an inferred date', () => {
    const src = (inferred: boolean) => ({ articleId: 1, start: 0, end: 1, text: 'x', time: { value: '2025-03-05', grain: 'day', inferred } });
    const [all] = placeRows([row({ time: '2025-03-05', grain: 'day', earliest: '2025-03-05', latest: '2025-03-05', sources: [src(true), src(true)] })]);
    const [mixed] = placeRows([row({ time: '2025-03-05', grain: 'day', earliest: '2025-03-05', latest: '2025-03-05', sources: [src(true), src(false)] })]);
    const [none] = placeRows([row({ time: '2025-03-05', grain: 'day', earliest: '2025-03-05', latest: '2025-03-05' })]);
    expect([all!.inferred, mixed!.inferred, none!.inferred]).toEqual([true, false, false]);
  });

  it('orders rows by start and leaves out rows whose days do not parse', () => {
    const placed = placeRows([
      row({ time: '2025-06-02', grain: 'day', earliest: '2025-06-02', latest: '2025-06-02' }),
      row({ time: 'PAST_REF', grain: 'day', earliest: '', latest: '' }),
      row({ time: '2024', grain: 'year', earliest: '2024-01-01', latest: '2024-12-31' }),
    ]);
    expect(placed.map((p) => p.row.time)).toEqual(['2024', '2025-06-02']);
  });

  it('pads the domain to at least a week around a single day', () => {
    const placed = placeRows([row({ time: '2025-03-05', grain: 'day', earliest: '2025-03-05', latest: '2025-03-05' })]);
    const [a, b] = fullDomain(placed);
    expect(b - a).toBeGreaterThanOrEqual(7 * DAY);
    expect(a).toBeLessThan(dayMs('2025-03-05'));
    expect(b).toBeGreaterThan(dayMs('2025-03-06'));
  });

  it('picks year, month or day ticks by the visible span, all inside it', () => {
    const span = (a: string, b: string) => ticks(dayMs(a), dayMs(b));
    const years = span('2010-01-01', '2025-01-01');
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const months = span('2025-01-01', '2025-12-31');
    expect(months.some((t) => /^\d{4}-\d{2}$/.test(t.label))).toBe(true);
    const days = span('2025-03-01', '2025-03-20');
    expect(days.length).toBeGreaterThan(3);
    for (const list of [years, months, days]) {
      expect(list.length).toBeLessThanOrEqual(16);
      for (const t of list) expect(t.t).toBeGreaterThanOrEqual(list[0]!.t);
    }
    expect(days.every((t) => t.t >= dayMs('2025-03-01') && t.t <= dayMs('2025-03-20'))).toBe(true);
  });
});
