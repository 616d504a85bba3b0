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

  const items = [
    { eventId: 'e1', time: '2024-06-19', summary: 'وصول', sources: ['a1'], storyId: 's1', type: 'VISIT', entityIds: ['per-1', 'loc-2'] },
    { eventId: 'e1', time: '2024-06', summary: 'وصول', sources: ['a2'], storyId: 's1', entityIds: ['per-1'], confidence: 0.5 },
    { eventId: 'e2', time: '2024-06-20', summary: 'لقاء', sources: ['a3'], storyId: 's2', type: 'MEET', entityIds: ['per-1', 'per-3'] },
    { eventId: 'e3', time: '2000-07', summary: 'زيارة سابقة', sources: ['a1'], storyId: 's1', background: true, entityIds: ['per-4'] },
    { eventId: 'e4', time: '2024-06-18', summary: 'بيان', sources: ['a9'], storyId: 's9', entityIds: ['org-5'] },
    { eventId: 'e5', time: '2024-06', begin: '2024-06-10', end: '2024-07-02', summary: 'مناورات', sources: ['a3'], storyId: 's2', entityIds: ['per-3'] },
  ];

  it('keeps one story, a storyline (its story ids) or one entity, merging reports of one event', () => {
    const story = buildTimeline(items, { scope: { storyId: 's1' } });
    expect(story.map((e) => e.eventId)).toEqual(['e3', 'e1']);
    // the more confident report's day wins; sources, stories and entities united
    expect(story[1]).toMatchObject({ time: '2024-06-19', grain: 'day', sources: ['a1', 'a2'], storyIds: ['s1'], entityIds: ['loc-2', 'per-1'], type: 'VISIT' });
    const line = buildTimeline(items, { scope: { storyIds: ['s1', 's2'] } });
    expect(line.map((e) => e.eventId)).toEqual(['e3', 'e5', 'e1', 'e2']);
    expect(line.find((e) => e.eventId === 'e5')).toMatchObject({ earliest: '2024-06-01', latest: '2024-07-02', grain: 'month' });
    const person = buildTimeline(items, { scope: { entityId: 'per-1' } });
    expect(person.map((e) => e.eventId)).toEqual(['e1', 'e2']);
    expect(buildTimeline(items, { scope: { storyIds: ['s1', 's2'] }, background: false }).map((e) => e.eventId)).toEqual(['e5', 'e1', 'e2']);
    expect(buildTimeline(items)).toHaveLength(5);
    expect(buildTimeline(items, { scope: {} })).toHaveLength(5);
  });

  it('orders coarse values by their first day, a day before the month that contains it, and keeps centuries', () => {
    const t = buildTimeline([
      { eventId: 'm', time: '2024-06', summary: '', sources: [] },
      { eventId: 'd', time: '2024-06-01', summary: '', sources: [] },
      { eventId: 'c', time: '19', summary: '', sources: [] },
      { eventId: 'h', time: '2024-06-01T09:30', summary: '', sources: [] },
    ]);
    expect(t.map((e) => e.eventId)).toEqual(['c', 'd', 'h', 'm']);
    expect(t[0]).toMatchObject({ grain: 'century', earliest: '1900-01-01', latest: '1999-12-31' });
  });
});
