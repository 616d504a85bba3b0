import { describe, it, expect } from 'vitest';
import { buildTimeline } from './timeline.js';

describe('buildTimeline', () => {
  it('orders by time with grain and uncertainty, marks background, merges reports of one event', () => {
    const t = buildTimeline([
      { eventId: 'visit-2024', time: '2024-06-19', summary: 'زيارة', sources: ['a1'] },
      { eventId: 'first-visit', time: '2000-07', summary: 'الزيارة الأولى', sources: ['a1'], background: true },
      { eventId: 'summit-2019', time: '2019', summary: 'قمة', sources: ['a2'], background: true },
      { eventId: 'visit-2024', time: '2024-06-19', summary: 'زيارة', sources: ['a3'] },
      { eventId: 'vague', time: 'PAST_REF', summary: 'سابقا', sources: ['a1'] },
      { eventId: 'june', time: '2024-06', summary: 'في يونيو', sources: ['a2'] },
    ]);
    expect(t.map((e) => e.eventId)).toEqual(['first-visit', 'summit-2019', 'june', 'visit-2024']);
    expect(t[0]).toMatchObject({ grain: 'month', earliest: '2000-07-01', latest: '2000-07-31', background: true });
    expect(t[1]).toMatchObject({ grain: 'year', earliest: '2019-01-01', latest: '2019-12-31' });
    expect(t[3]).toMatchObject({ grain: 'day', sources: ['a1', 'a3'], background: false });
  });

  it('covers ISO weeks and quarters', () => {
    const t = buildTimeline([
      { eventId: 'w', time: '2024-W25', summary: '', sources: [] },
      { eventId: 'q', time: '2024-Q2', summary: '', sources: [] },
    ]);
    expect(t.find((e) => e.eventId === 'w')).toMatchObject({ earliest: '2024-06-17', latest: '2024-06-23', grain: 'week' });
    expect(t.find((e) => e.eventId === 'q')).toMatchObject({ earliest: '2024-04-01', latest: '2024-06-30', grain: 'quarter' });
  });
});
