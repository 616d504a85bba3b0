import { describe, it, expect } from 'vitest';
import { StoryClusterer, type StoryDoc, type StoryEntity, type StoryEvent } from './storyClusterer.js';

const doc = (id: string, terms: string, extra: Partial<StoryDoc> = {}): StoryDoc => ({ id, title: id, lead: terms, terms: terms.split(' '), ...extra });
const A = 'انفجار مسجد عسير ضحايا امن طوارئ';
const B = 'محاكمه متهمين كويت محكمه جلسه قاضي';

describe('StoryClusterer', () => {
  it('joins retellings and separates different events', () => {
    const c = new StoryClusterer();
    const a1 = c.add(doc('a1', A, { published: '2015-08-06' }));
    expect(a1.created).toBe(true);
    const a2 = c.add(doc('a2', `${A} ادانه`, { published: '2015-08-06' }));
    expect(a2.storyId).toBe(a1.storyId);
    expect(a2.similarity).toBeGreaterThan(0.25);
    const b1 = c.add(doc('b1', B, { published: '2015-08-06' }));
    expect(b1.storyId).not.toBe(a1.storyId);
    expect(c.allStories().map((s) => s.articleIds.length)).toEqual([2, 1]);
  });

  it('keeps stories apart outside the time window', () => {
    const c = new StoryClusterer();
    const x = c.add(doc('x', A, { published: '2015-01-01' }));
    const y = c.add(doc('y', A, { published: '2015-06-01' }));
    expect(y.storyId).not.toBe(x.storyId);
  });

  it('lets a known duplicate join its original story directly, and entity overlap count', () => {
    const c = new StoryClusterer();
    const x = c.add(doc('x', A, { entities: [{ key: 'place:asir', salience: 1 }] }));
    expect(c.add(doc('d', B, { duplicateOf: 'x' })).storyId).toBe(x.storyId);
    const e = c.add(doc('e', 'انفجار ضحايا', { entities: [{ key: 'place:asir', salience: 1 }] }));
    expect(e.candidates[0]?.parts.entities).toBeGreaterThan(0);
  });

  it('penalises disagreeing event dates', () => {
    const c = new StoryClusterer();
    c.add(doc('p', A, { eventDates: ['2024-06-18'] }));
    const q = c.add(doc('q', A, { eventDates: ['2024-11-29'] }));
    expect(q.candidates[0]?.parts.dates).toBe(0);
    const r = c.add(doc('r', A, { eventDates: ['2024-06-19'] }));
    expect(r.candidates.find((k) => k.storyId === c.storyOf('p'))?.parts.dates).toBe(1);
  });

  it('keeps an undated doc out of a story published outside its window, also after a JSON round trip', () => {
    const c = new StoryClusterer();
    c.add(doc('d1', A, { published: '2024-06-18' }));
    const far = c.add(doc('w1', A, { publishedWindow: { earliest: '2025-01-01', latest: '2025-01-31' } }));
    expect(far.created).toBe(true);
    expect(far.candidates.find((k) => k.storyId === c.storyOf('d1'))?.similarity ?? 0).toBe(0);
    const near = c.add(doc('w2', A, { publishedWindow: { earliest: '2024-06-10' } }));
    expect([c.storyOf('d1'), c.storyOf('w1')]).toContain(near.storyId);
    const back = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(c.toJSON())));
    const again = back.add(doc('w3', A, { publishedWindow: { earliest: '2025-01-05', latest: '2025-01-20' } }));
    expect(again.storyId).toBe(back.storyOf('w1'));
  });

  it('round-trips through JSON with stable story ids', () => {
    const c = new StoryClusterer();
    c.add(doc('a1', A));
    c.add(doc('b1', B));
    const back = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(c.toJSON())));
    expect(back.storyOf('b1')).toBe(c.storyOf('b1'));
    expect(back.add(doc('a2', A)).storyId).toBe(c.storyOf('a1'));
    expect(back.add(doc('n', 'شيء مختلف تماما هنا')).storyId).toBe('s3');
  });

  it('repair merges stories that converge and keeps the older id', () => {
    const c = new StoryClusterer({ threshold: 1.5, mergeThreshold: 0.5 });
    const s1 = c.add(doc('m1', A)).storyId;
    c.add(doc('m2', A));
    const r = c.repair();
    expect(r.merged.length).toBeGreaterThan(0);
    expect(c.storyOf('m2')).toBe(s1);
  });
});

describe('StoryClusterer.storyMates', () => {
  it('gives the dated members of the story for publication-window inference', () => {
    const c = new StoryClusterer();
    c.add(doc('a', A, { published: '2015-08-06T10:00:00' }));
    c.add(doc('b', `${A} ادانه`));
    c.add(doc('z', B, { published: '2015-08-06T11:00:00' }));
    const mates = c.storyMates('b');
    expect(mates.map((m) => [m.published, m.source])).toEqual([['2015-08-06', 'a']]);
    expect(mates[0]?.similarity).toBeGreaterThan(0.5);
    expect(c.storyMates('a')).toEqual([]);
  });
});

describe('StoryClusterer frame conflicts (actorPenalty)', () => {
  const per = (key: string, other?: string): StoryEntity[] => [
    { key, salience: 1, type: 'PER' },
    { key: 'loc:pyongyang', salience: 0.8, type: 'LOC' },
    ...(other ? [{ key: other, salience: 0.3, type: 'PER' }] : []),
  ];
  const visit = (who: string): StoryEvent[] => [{ type: 'VISIT', args: [who, 'loc:pyongyang'], persons: [who] }];

  it('keeps "Y visits P" out of the story of "X visits P"', () => {
    const on = new StoryClusterer();
    expect(on.options.actorPenalty).toBeGreaterThan(0);
    const a = on.add(doc('a', A, { entities: per('per:belousov'), events: visit('per:belousov') }));
    expect(on.add(doc('b', A, { entities: per('per:belousov'), events: visit('per:belousov') })).storyId).toBe(a.storyId);
    const strong = new StoryClusterer({ actorPenalty: 0.9 });
    strong.add(doc('a', A, { entities: per('per:belousov'), events: visit('per:belousov') }));
    const c = strong.add(doc('c', A, { entities: per('per:lavrov'), events: visit('per:lavrov') }));
    expect(c.storyId).not.toBe(strong.storyOf('a'));
    expect(c.candidates[0]?.parts.actor).toBe(0);
    const off = new StoryClusterer({ actorPenalty: 0 });
    off.add(doc('a', A, { entities: per('per:belousov'), events: visit('per:belousov') }));
    expect(off.add(doc('c', A, { entities: per('per:lavrov'), events: visit('per:lavrov') })).storyId).toBe(off.storyOf('a'));
  });

  it('does not penalise different people when either names the other, or when the events differ in type', () => {
    const c = new StoryClusterer({ actorPenalty: 0.9 });
    c.add(doc('a', A, { entities: per('per:belousov'), events: visit('per:belousov') }));
    // names Belousov too (a reaction by another person to the same visit)
    const b = c.add(doc('b', A, { entities: per('per:kim', 'per:belousov'), events: visit('per:kim') }));
    expect(b.candidates[0]?.parts.actor).toBe(1);
    expect(b.storyId).toBe(c.storyOf('a'));
    // another person, another kind of event
    const d = c.add(doc('d', A, { entities: per('per:mufti'), events: [{ type: 'STATE', args: ['per:mufti', 'loc:pyongyang'], persons: ['per:mufti'] }] }));
    expect(d.candidates[0]?.parts.actor).toBe(1);
  });

  it('takes event persons from the doc’s PER entities when not given', () => {
    const c = new StoryClusterer({ actorPenalty: 0.9 });
    c.add(doc('a', A, { entities: per('per:belousov'), events: [{ type: 'VISIT', args: ['per:belousov', 'loc:pyongyang'] }] }));
    const x = c.add(doc('x', A, { entities: per('per:lavrov'), events: [{ type: 'VISIT', args: ['per:lavrov', 'loc:pyongyang'] }] }));
    expect(x.candidates[0]?.parts.actor).toBe(0);
  });
});
