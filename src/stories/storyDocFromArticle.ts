import type { LanguageResources } from '../arabic/resources.js';
import { nameKeyTokens } from '../arabic/nameKey.js';
import { normalizeMatch } from '../arabic/normalize.js';
import type { Article } from '../core/article.js';
import type { Mention } from '../entities/mentions.js';
import type { Participant } from '../events/types.js';
import { dayNumber, type StoryDoc, type StoryEntity, type StoryEvent } from './storyClusterer.js';
import { leadOf, storyDocFromText } from './storyDoc.js';

/** Options of {@link storyDocFromArticle}. */
export interface StoryDocFromArticleOptions {
  /**
   * Resolved entity id of each mention of `article.annotations.entities.mentions` (same order,
   * e.g. what `EntityResolver.add` returned). Mentions without one are keyed by type and name key
   * (a one-word person name joining the article's full name that ends with it).
   */
  entityIds?: readonly string[];
  /** Id of an already clustered article this one duplicates. */
  duplicateOf?: string;
  /** Publication date-time (ISO); default the article's `meta.published`, else a narrow inferred window's middle. */
  published?: string;
  /** Salient entities kept, strongest first (default 12). */
  maxEntities?: number;
  /** Events kept, in text order (default 12: the leading ones carry the news). */
  maxEvents?: number;
  /** Widest inferred publication window (days) whose middle is used as the date (default 7). */
  maxInferredDays?: number;
  /** Event dates further than this from the publication date are background, not kept (default 10 days). */
  eventDateSlackDays?: number;
}

const TYPE_OF_ID: Record<string, string> = { per: 'PER', loc: 'LOC', org: 'ORG', misc: 'MISC' };

/** The type a resolver id names (`per-12` → `PER`), if it has such a prefix. */
function typeOfId(id: string): string | undefined {
  const m = /^([a-z]+)-\d+$/.exec(id);
  return m ? TYPE_OF_ID[m[1] ?? ''] : undefined;
}

/** Fallback keys for mentions without a resolved id: `TYPE:namekey`, a lone person name joining the full name ending with it. */
function fallbackKeys(mentions: readonly Mention[]): string[] {
  const lastOf = new Map<string, string>();
  const toks = mentions.map((m) => (m.type === 'PER' ? nameKeyTokens(m.text) : []));
  mentions.forEach((m, i) => {
    const t = toks[i] ?? [];
    const last = t[t.length - 1];
    if (t.length >= 2 && last !== undefined && !lastOf.has(last)) lastOf.set(last, m.key);
  });
  return mentions.map((m, i) => {
    const t = toks[i] ?? [];
    if (m.type === 'PER' && t.length === 1) return `PER:${lastOf.get(t[0] ?? '') ?? m.key}`;
    return `${m.type}:${m.key}`;
  });
}

/** True when the (match-normalised) title contains the mention or, for a name of 2+ words, its last word (4+ letters). */
function inTitle(title: string, text: string): boolean {
  const t = normalizeMatch(text).trim();
  if (t === '') return false;
  if (title.includes(t)) return true;
  const words = t.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && last.length >= 4 && title.split(/\s+/).some((w) => w === last || (w.length === last.length + 1 && /^[وبلف]/.test(w) && w.endsWith(last)));
}

/**
 * Build the {@link StoryDoc} of an analysed article: title, lead and terms as
 * {@link storyDocFromText}; salient entities from the `entities` annotation keyed by resolved
 * entity ids (salience from frequency, presence in the title and first position); events from
 * the `events` annotation (type and argument keys; reported or planned, not background); event dates (day
 * grain, not resolved against an inferred date, within `eventDateSlackDays` of publication);
 * the publication date from `options.published`, `meta.published`, or the middle of a narrow
 * inferred window (`time` annotation; a wider one becomes `publishedWindow`). Pure.
 */
export function storyDocFromArticle(id: string, article: Article, res: LanguageResources, options: StoryDocFromArticleOptions = {}): StoryDoc {
  const title = article.meta.title?.value ?? '';
  const text = article.text;
  const mentions = article.annotations.entities?.mentions ?? [];
  const fb = options.entityIds && options.entityIds.length >= mentions.length ? undefined : fallbackKeys(mentions);
  const keyOf = (i: number): string => options.entityIds?.[i] ?? fb?.[i] ?? '';

  // Publication date.
  let published = options.published ?? article.meta.published?.value;
  let publishedWindow: StoryDoc['publishedWindow'];
  if (published === undefined) {
    const w = article.annotations.time?.publishedInferred;
    const a = dayNumber(w?.earliest ?? undefined);
    const b = dayNumber(w?.latest ?? undefined);
    if (!Number.isNaN(a) && !Number.isNaN(b) && b >= a && b - a + 1 <= (options.maxInferredDays ?? 7)) {
      published = new Date(Math.floor((a + b) / 2) * 86_400_000).toISOString().slice(0, 10);
    } else if (w && (w.earliest !== null || w.latest !== null)) {
      publishedWindow = {};
      if (w.earliest !== null) publishedWindow.earliest = w.earliest;
      if (w.latest !== null) publishedWindow.latest = w.latest;
    }
  }

  // Salient entities.
  const leadEnd = leadOf(text).length;
  const normTitle = normalizeMatch(title);
  const agg = new Map<string, { count: number; first: number; title: boolean; types: Map<string, number> }>();
  mentions.forEach((m, i) => {
    const k = keyOf(i);
    if (k === '') return;
    let e = agg.get(k);
    if (!e) agg.set(k, (e = { count: 0, first: m.start, title: false, types: new Map() }));
    e.count++;
    e.first = Math.min(e.first, m.start);
    if (!e.title && inTitle(normTitle, m.text)) e.title = true;
    e.types.set(m.type, (e.types.get(m.type) ?? 0) + 1);
  });
  const maxCount = Math.max(1, ...[...agg.values()].map((e) => e.count));
  const len = Math.max(1, text.length);
  const entities: StoryEntity[] = [...agg]
    .map(([key, e]) => {
      const position = e.first < leadEnd ? 1 : 0.3 * (1 - e.first / len);
      const salience = 0.35 * (e.count / maxCount) + 0.35 * (e.title ? 1 : 0) + 0.3 * position;
      const type = typeOfId(key) ?? [...e.types].sort((x, y) => y[1] - x[1])[0]?.[0];
      const out: StoryEntity = { key, salience: Math.round(salience * 1000) / 1000 };
      if (type !== undefined) out.type = type;
      if (e.title) out.inTitle = true;
      return out;
    })
    .sort((a, b) => b.salience - a.salience || (a.key < b.key ? -1 : 1))
    .slice(0, options.maxEntities ?? 12);

  // Events.
  const typeOfKey = (k: string): string | undefined => {
    const e = agg.get(k);
    return typeOfId(k) ?? (e ? [...e.types].sort((x, y) => y[1] - x[1])[0]?.[0] : undefined);
  };
  const argKey = (p: Participant): string => {
    if (p.entityId !== undefined && p.entityId !== '') return p.entityId;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      if (m && m.start < p.end && p.start < m.end) {
        const k = keyOf(i);
        if (k !== '') return k;
      }
    }
    return p.kind === 'title' ? `title:${normalizeMatch(p.text).trim()}` : '';
  };
  const events: StoryEvent[] = [];
  const eventDates = new Set<string>();
  const pubDay = dayNumber(published);
  const slack = options.eventDateSlackDays ?? 10;
  for (const e of article.annotations.events?.events ?? []) {
    if (e.modality === 'denied' || e.modality === 'hypothetical' || e.background) continue;
    const t = e.time;
    if (t && t.grain === 'day' && !t.inferred) {
      const d = dayNumber(t.value);
      if (!Number.isNaN(d) && (Number.isNaN(pubDay) || Math.abs(d - pubDay) <= slack)) eventDates.add(t.value.slice(0, 10));
    }
    if (events.length >= (options.maxEvents ?? 12)) continue;
    const args = [...new Set([...e.agents, ...e.partners, ...(e.place ? [e.place] : [])].map(argKey).filter((k) => k !== ''))];
    const persons = args.filter((k) => typeOfKey(k) === 'PER');
    if (args.length > 0) events.push({ type: e.type, args, persons });
  }

  const o: Parameters<typeof storyDocFromText>[4] = { entities };
  if (published !== undefined) o.published = published;
  if (events.length > 0) o.events = events;
  if (eventDates.size > 0) o.eventDates = [...eventDates].sort();
  if (options.duplicateOf !== undefined) o.duplicateOf = options.duplicateOf;
  const doc = storyDocFromText(id, title, text, res, o);
  if (publishedWindow !== undefined) doc.publishedWindow = publishedWindow;
  return doc;
}
