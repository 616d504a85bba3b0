import { describe, it, expect } from 'vitest';
import { createArabicResources } from '../arabic/resources.js';
import { nameKey } from '../arabic/nameKey.js';
import type { Article } from '../core/article.js';
import type { EntityType, Mention } from '../entities/mentions.js';
import type { EventMention, EventType, Participant } from '../events/types.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { storyDocFromArticle } from './storyDocFromArticle.js';

const res = createArabicResources(loadArabicLexicon());

const title = 'الوزير سامر حداد يصل إلى بيونغ يانغ';
const text =
  'وصل وزير الخارجية سامر حداد إلى بيونغ يانغ يوم الجمعة في زيارة رسمية تستمر يومين. ' +
  'والتقى حداد نظيره في العاصمة وبحثا التعاون بين البلدين. ' +
  'وكان الرئيس فؤاد نصار قد زار المدينة قبل عشرين عاما. ' +
  'وقال حداد إن الزيارة ناجحة.';

/** Mentions of `surface` (every occurrence) with a type. */
function mentionsOf(surface: string, type: EntityType): Mention[] {
  const out: Mention[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) out.push({ start: i, end: i + surface.length, text: surface, type, key: nameKey(surface) });
  return out;
}

const mentions: Mention[] = [...mentionsOf('سامر حداد', 'PER'), ...mentionsOf('بيونغ يانغ', 'LOC'), ...mentionsOf('فؤاد نصار', 'PER')];
// the lone surname mentions (not inside the full name)
for (let i = text.indexOf('حداد'); i >= 0; i = text.indexOf('حداد', i + 1)) if (text.slice(i - 5, i) !== 'سامر ') mentions.push({ start: i, end: i + 4, text: 'حداد', type: 'PER', key: nameKey('حداد') });
mentions.sort((a, b) => a.start - b.start);

const part = (surface: string, kind: Participant['kind'] = 'named', from = 0): Participant => {
  const s = text.indexOf(surface, from);
  return { start: s, end: s + surface.length, text: surface, kind };
};
const event = (type: EventType, agents: Participant[], place: Participant | null, time: EventMention['time'], modality: EventMention['modality'] = 'happened', background = false): EventMention => ({
  type,
  trigger: { start: 0, end: 3, text: 'وصل' },
  sentence: { start: 0, end: 10 },
  agents,
  partners: [],
  place,
  time,
  modality,
  background,
});
const day = (value: string, inferred = false): EventMention['time'] => ({ value, grain: 'day', inferred, span: { start: 0, end: 1 }, text: 'x' });

function article(published?: string, window?: { earliest: string; latest: string }): Article {
  return {
    raw: { source: 't', kind: 'text', bytes: new Uint8Array(), encoding: 'utf-8', sha256: 'x', fields: {}, decoded: text },
    text,
    meta: { title: { value: title, from: 'test', confidence: 1 }, ...(published ? { published: { value: published, from: 'test', confidence: 1 } } : {}) },
    annotations: {
      entities: { mentions },
      events: {
        events: [
          event('VISIT', [part('وزير الخارجية سامر حداد')], part('بيونغ يانغ'), day('2024-05-10')),
          event('MEET', [part('حداد', 'named', 90)], null, null),
          event('VISIT', [part('الرئيس فؤاد نصار')], part('المدينة', 'place'), day('2004-05-01')),
          event('ATTACK', [part('نظيره', 'title')], null, day('2024-05-11'), 'denied'),
          event('STATE', [part('مصادر', 'unnamed')], null, day('2024-05-09', true)),
          event('AGREE', [part('الرئيس فؤاد نصار')], null, day('2024-05-08'), 'happened', true),
        ],
        quotes: [],
        claims: [],
      },
      ...(window ? { time: { ref: null, refSource: 'inferred' as const, timexes: [], publishedInferred: { ...window, confidence: 0.8, evidence: [] } } } : {}),
    },
    messages: [],
  };
}

describe('storyDocFromArticle', () => {
  it('keys entities by resolved ids and ranks them by title, position and frequency', () => {
    const ids = mentions.map((m) => (m.text.includes('حداد') ? 'per-7' : m.text === 'فؤاد نصار' ? 'per-9' : 'loc-3'));
    const d = storyDocFromArticle('a1', article('2024-05-10T09:00'), res, { entityIds: ids, duplicateOf: 'a0' });
    expect(d.id).toBe('a1');
    expect(d.title).toBe(title);
    expect(d.published).toBe('2024-05-10T09:00');
    expect(d.duplicateOf).toBe('a0');
    expect(d.terms.length).toBeGreaterThan(5);
    expect(d.entities?.map((e) => e.key)).toEqual(['per-7', 'loc-3', 'per-9']);
    expect(d.entities?.[0]).toMatchObject({ type: 'PER' });
    expect(d.entities?.[1]).toMatchObject({ type: 'LOC' });
    // events: resolved argument keys; denied and argument-less events dropped; unnamed sources skipped
    expect(d.events).toEqual([
      { type: 'VISIT', args: ['per-7', 'loc-3'], persons: ['per-7'] },
      { type: 'MEET', args: ['per-7'], persons: ['per-7'] },
      { type: 'VISIT', args: ['per-9'], persons: ['per-9'] },
    ]);
    // event dates: near the publication date, not inferred, not denied, not background (the 2004 visit is too far)
    expect(d.eventDates).toEqual(['2024-05-10']);
  });

  it('without resolved ids, a lone surname joins the full name of the same article', () => {
    const d = storyDocFromArticle('a2', article('2024-05-10'), res);
    const keys = d.entities?.map((e) => e.key) ?? [];
    expect(keys[0]).toBe(`PER:${nameKey('سامر حداد')}`);
    expect(keys.filter((k) => k.startsWith('PER:'))).toHaveLength(2);
  });

  it('dates an undated article by a narrow inferred window only', () => {
    const narrow = storyDocFromArticle('a3', article(undefined, { earliest: '2024-05-08', latest: '2024-05-12' }), res);
    expect(narrow.published).toBe('2024-05-10');
    const wide = storyDocFromArticle('a4', article(undefined, { earliest: '2024-05-01', latest: '2024-05-31' }), res);
    expect(wide.published).toBeUndefined();
    // undated: every dated, non-inferred day is kept
    expect(wide.eventDates).toEqual(['2004-05-01', '2024-05-10']);
    expect(storyDocFromArticle('a5', article(undefined, { earliest: '2024-05-01', latest: '2024-05-31' }), res, { published: '2024-05-20' }).published).toBe('2024-05-20');
  });

  it('handles an article with no annotations', () => {
    const a = article();
    const d = storyDocFromArticle('e', { ...a, text: '', annotations: {} }, res);
    expect(d.entities).toEqual([]);
    expect(d.events).toBeUndefined();
    expect(d.published).toBeUndefined();
  });
});
