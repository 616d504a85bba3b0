import { normalizeMatch } from '../arabic/normalize.js';
import { STOP, TITLES, UNIT_KEYS } from './lexicon.js';
import type { EventMention, EventTime, EventType, Modality, NumericClaim, Participant, Quote } from './types.js';

/** One article's extraction results, as {@link compareAcrossSources} takes them. */
export interface SourceArticle {
  readonly id: string;
  readonly publisher?: string;
  /** Publication date (ISO). */
  readonly published?: string;
  /** The article's text; when given, sources carry the sentence text. */
  readonly text?: string;
  readonly events: readonly EventMention[];
  readonly claims: readonly NumericClaim[];
  readonly quotes: readonly Quote[];
}

/** Where a story-level event was reported. */
export interface EventSource {
  readonly articleId: string;
  readonly publisher?: string;
  readonly published?: string;
  /** The sentence span. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The time this source gives the event, or null. */
  readonly time: EventTime | null;
  /** True when this source mentions the event as background. */
  readonly background: boolean;
}

/** Event mentions from one or more articles that describe the same happening. */
export interface StoryEvent {
  readonly id: string;
  readonly type: EventType;
  readonly agents: readonly string[];
  readonly partners: readonly string[];
  readonly place: string | null;
  /** The time most sources give (earliest on a tie), or null. */
  readonly time: EventTime | null;
  readonly modality: Modality;
  /** True when every mention of it is background (recalled context, see {@link EventMention.background}). */
  readonly background: boolean;
  readonly sources: readonly EventSource[];
}

/** One side of a disagreement. */
export interface DisagreementItem {
  readonly articleId: string;
  readonly publisher?: string;
  /** The value this source gives (`2024-11-29`, `10000`, `[25000,30000]`, a speaker's name). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Sources that disagree about a date, a number or who said something. */
export interface Disagreement {
  readonly kind: 'date' | 'number' | 'attribution';
  /** What they disagree about (event type and arguments, claim predicate and unit, or quote words). */
  readonly about: string;
  readonly items: readonly DisagreementItem[];
}

/** The result of {@link compareAcrossSources}. */
export interface CrossSourceComparison {
  readonly events: readonly StoryEvent[];
  readonly disagreements: readonly Disagreement[];
}

/** Options of {@link compareAcrossSources}. */
export interface CompareOptions {
  /** Two dated mentions farther apart than this (days) are different happenings (default 10). */
  readonly maxDaysApart?: number;
  /** Relative tolerance of an `approx` value (default 0.1). */
  readonly approxTolerance?: number;
}

const GENERIC = new Set(['الرئيس', 'وزير', 'الوزير', 'رئيس', 'الدفاع', 'الخارجيه', 'وزاره', 'مصادر', 'تقارير'].map((w) => normalizeMatch(w)));

/** Key tokens of a participant: normalised name words, without titles and function words; strong ones exclude nisba adjectives. */
export function participantKeys(text: string): { strong: string[]; weak: string[] } {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const raw of text.split(/[\s،,.]+/)) {
    if (!raw) continue;
    let w = normalizeMatch(raw);
    if (w.startsWith('و') && w.length > 4) w = w.slice(1);
    if (STOP.has(w) || TITLES.has(w) || GENERIC.has(w) || w.length < 2) continue;
    const base = w.startsWith('ال') ? w.slice(2) : w;
    if (w.startsWith('ال') && /(?:ي|يه|يين)$/.test(w)) weak.push(base);
    else strong.push(base);
  }
  return { strong, weak };
}

function overlapKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const aKeys = a.map(participantKeys);
  const bKeys = b.map(participantKeys);
  const allTokens = (t: string): string[] => normalizeMatch(t).split(/[\s،,.]+/).filter((w) => w.length > 1 && !STOP.has(w));
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      // A title phrase contained in a fuller one (وزير الدفاع الروسي ⊂ وزير الدفاع الروسي أندري بيلوسوف).
      const ta = allTokens(a[i] as string);
      const tb = allTokens(b[j] as string);
      const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
      if (short.length >= 2 && short.every((t) => long.includes(t))) return true;
    }
  }
  for (const x of aKeys) {
    for (const y of bKeys) {
      if (x.strong.some((t) => y.strong.includes(t))) return true;
      if (x.strong.length === 0 && y.strong.length === 0 && x.weak.length > 0 && x.weak.join(' ') === y.weak.join(' ')) return true;
    }
  }
  return false;
}

/** Day number of an ISO date prefix (`2024-11-29…`), or null for coarser values. */
function dayNumber(v: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
}

/** True when two times may describe the same happening (within `maxDays`; a coarser value contains the finer). */
function timesCompatible(a: EventTime | null, b: EventTime | null, maxDays: number): boolean {
  if (!a || !b) return true;
  const da = dayNumber(a.value);
  const db = dayNumber(b.value);
  if (da !== null && db !== null) return Math.abs(da - db) <= maxDays;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

const planLike = (m: Modality): string => (m === 'happened' ? 'happened' : m);

interface Cluster {
  type: EventType;
  modality: Modality;
  agents: string[];
  partners: string[];
  place: string | null;
  items: { article: SourceArticle; ev: EventMention }[];
}

function names(ps: readonly Participant[]): string[] {
  return ps.map((p) => p.text);
}

/** An interval a claim's value stands for, with the tolerance of its qualifier. */
export function claimInterval(c: Pick<NumericClaim, 'value' | 'min' | 'max' | 'qualifier'>, approx = 0.1): [number, number] | null {
  const v = c.value;
  if (c.min !== undefined && c.max !== undefined && v === undefined) return [c.min, c.max];
  if (v === undefined) return null;
  switch (c.qualifier) {
    case 'approx':
      return [v * (1 - approx), v * (1 + approx)];
    case 'more-than':
    case 'at-least':
      return [v, v * 1.5];
    case 'less-than':
    case 'at-most':
      return [v * 0.5, v];
    case 'between':
      return [c.min ?? v, c.max ?? v];
    default:
      return [v, v];
  }
}

/** The comparison key of a claim's unit: plural and synonym folded (`جنود` → `جندي`). */
export function unitKey(unit: string | null): string {
  if (!unit) return '';
  let u = normalizeMatch(unit.split(/\s+/)[0] ?? '');
  if (u.startsWith('ال')) u = u.slice(2);
  const k = UNIT_KEYS.get(u);
  if (k) return k;
  if (u.length > 3 && u.endsWith('ا')) u = u.slice(0, -1);
  return UNIT_KEYS.get(u) ?? u;
}

function claimValueText(c: NumericClaim): string {
  if (c.value !== undefined) return String(c.value);
  return `[${c.min ?? '?'},${c.max ?? '?'}]`;
}

function wordsOf(text: string): Set<string> {
  return new Set(
    normalizeMatch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Order of disagreement items: by article id, then offset. */
function itemOrder(a: DisagreementItem, b: DisagreementItem): number {
  return cmpStr(a.articleId, b.articleId) || a.start - b.start;
}

/** Sort key of a story event: its time (undated last), type, then its first source. */
function clusterKey(c: Cluster): string {
  const times = c.items.map((it) => it.ev.time?.value).filter((v): v is string => v !== undefined).sort();
  const first = c.items.map((it) => `${it.article.id}\u0000${String(it.ev.trigger.start).padStart(9, '0')}`).sort()[0] ?? '';
  return `${times[0] ?? '~'}\u0000${c.type}\u0000${first}`;
}

/**
 * True when two quotes' speakers are known to be different people: both have name words (the
 * named referent of a bare title counts) and share none. A bare title or unnamed source is
 * compatible with anyone.
 */
function speakersDiffer(a: Quote, b: Quote): boolean {
  const sa = (a.speakerRef ?? a.speaker)?.text ?? '';
  const sb = (b.speakerRef ?? b.speaker)?.text ?? '';
  const ka = participantKeys(sa);
  const kb = participantKeys(sb);
  if (ka.strong.length === 0 && ka.weak.length === 0) return false;
  if (kb.strong.length === 0 && kb.weak.length === 0) return false;
  return !overlapKeys([sa], [sb]);
}

/**
 * Compare extraction results across articles (any set now; per story once stories exist).
 *
 * - Event mentions of the same type and modality whose agents (or, without agents, places)
 *   share a name word (or, when one has no agent, dated mentions whose places share one) and whose times are compatible (within `maxDaysApart` days) are merged into
 *   one story-level event listing every source with its date; when sources date a merged,
 *   reported-as-happened event differently at day grain, a `date` disagreement is flagged.
 * - Claims with the same predicate and unit (`send|جندي`) from different articles whose value
 *   intervals (qualifier-aware: `approx` ±10%, `more-than` up to ×1.5, ranges as given) do not
 *   overlap are a `number` disagreement; different predicates (sent vs ready to send) are never compared.
 * - Direct quotes with mostly the same words attributed to speakers with no name word in common
 *   are an `attribution` disagreement (a bare title or unnamed source is compatible with anyone).
 * - Claims dated to different days are not compared (a toll that grows is not a contradiction).
 *
 * The output is deterministic: articles are processed in id order, story events are ordered by
 * time, type and first source and numbered `E1…` in that order, sources and disagreement items
 * by article id and offset, disagreements by kind and subject.
 */
export function compareAcrossSources(articles: readonly SourceArticle[], options: CompareOptions = {}): CrossSourceComparison {
  const maxDays = options.maxDaysApart ?? 10;
  const approx = options.approxTolerance ?? 0.1;
  // Deterministic: the result does not depend on the order the articles are given in.
  articles = [...articles].sort((a, b) => cmpStr(a.id, b.id) || cmpStr(a.published ?? '', b.published ?? ''));
  const clusters: Cluster[] = [];
  for (const article of articles) {
    for (const ev of article.events) {
      const agents = names(ev.agents);
      const place = ev.place?.text ?? null;
      let target: Cluster | undefined;
      for (const c of clusters) {
        if (c.type !== ev.type || planLike(c.modality) !== planLike(ev.modality)) continue;
        const agentMatch = overlapKeys(c.agents, agents);
        const agentClash = c.agents.length > 0 && agents.length > 0 && !agentMatch;
        const placeMatch = place !== null && c.place !== null && overlapKeys([c.place], [place]);
        // Place alone merges only dated mentions (an undated, agent-less "visit to X" is too vague).
        const placeOnly = (c.agents.length === 0 || agents.length === 0) && placeMatch && ev.time !== null && c.items.some((it) => it.ev.time !== null);
        if (agentClash || !(agentMatch || placeOnly)) continue;
        if (!c.items.every((it) => timesCompatible(it.ev.time, ev.time, maxDays))) continue;
        target = c;
        break;
      }
      if (!target) {
        target = { type: ev.type, modality: ev.modality, agents: [], partners: [], place: null, items: [] };
        clusters.push(target);
      }
      target.items.push({ article, ev });
      for (const a of agents) if (!target.agents.some((x) => overlapKeys([x], [a]))) target.agents.push(a);
      for (const p of names(ev.partners)) if (!target.partners.includes(p)) target.partners.push(p);
      if (!target.place && place) target.place = place;
    }
  }
  const events: StoryEvent[] = [];
  const disagreements: Disagreement[] = [];
  const ordered = clusters.map((c) => ({ c, key: clusterKey(c) })).sort((a, b) => cmpStr(a.key, b.key)).map((x) => x.c);
  ordered.forEach((c, idx) => {
    const sources: EventSource[] = c.items.map(({ article, ev }) => ({
      articleId: article.id,
      ...(article.publisher !== undefined ? { publisher: article.publisher } : {}),
      ...(article.published !== undefined ? { published: article.published } : {}),
      start: ev.sentence.start,
      end: ev.sentence.end,
      text: article.text ? article.text.slice(ev.sentence.start, ev.sentence.end) : ev.trigger.text,
      time: ev.time,
      background: ev.background,
    }));
    sources.sort((a, b) => cmpStr(a.articleId, b.articleId) || a.start - b.start);
    const counts = new Map<string, { n: number; t: EventTime }>();
    for (const s of sources) if (s.time) counts.set(s.time.value, { n: (counts.get(s.time.value)?.n ?? 0) + 1, t: s.time });
    const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))[0];
    events.push({ id: `E${idx + 1}`, type: c.type, agents: c.agents, partners: c.partners, place: c.place, time: best ? best[1].t : null, modality: c.modality, background: c.items.every((it) => it.ev.background), sources });
    if (c.modality === 'happened') {
      const dayItems = c.items.filter((it) => it.ev.time && dayNumber(it.ev.time.value) !== null && it.ev.time.grain === 'day');
      const byArticle = new Map<string, string>();
      for (const it of dayItems) if (!byArticle.has(it.article.id)) byArticle.set(it.article.id, (it.ev.time as EventTime).value.slice(0, 10));
      if (new Set(byArticle.values()).size > 1) {
        disagreements.push({
          kind: 'date',
          about: `${c.type} ${[...c.agents, c.place ?? ''].filter(Boolean).join(' / ')}`.trim(),
          items: [...byArticle.entries()].map(([id, value]) => {
            const it = dayItems.find((x) => x.article.id === id) as { article: SourceArticle; ev: EventMention };
            const t = it.ev.time as EventTime;
            return { articleId: id, ...(it.article.publisher !== undefined ? { publisher: it.article.publisher } : {}), value, start: t.span.start, end: t.span.end, text: t.text };
          }).sort(itemOrder),
        });
      }
    }
  });
  // Numbers.
  const groups = new Map<string, { article: SourceArticle; c: NumericClaim }[]>();
  for (const article of articles) {
    for (const c of article.claims) {
      if (!c.predicate) continue;
      const key = `${c.predicate}|${c.kind === 'count' ? unitKey(c.unit) : c.kind === 'money' ? unitKey(c.unit) : '%'}`;
      if (key.endsWith('|')) continue;
      const g = groups.get(key) ?? [];
      g.push({ article, c });
      groups.set(key, g);
    }
  }
  for (const [key, g] of groups) {
    const arts = new Set(g.map((x) => x.article.id));
    if (arts.size < 2) continue;
    // Flag when some pair of claims from different articles cannot both be true.
    let clash = false;
    for (let i = 0; i < g.length && !clash; i++) {
      for (let j = i + 1; j < g.length && !clash; j++) {
        const a = g[i] as { article: SourceArticle; c: NumericClaim };
        const b = g[j] as { article: SourceArticle; c: NumericClaim };
        if (a.article.id === b.article.id) continue;
        // Counts dated to different days (a toll on Monday, another on Tuesday) are not the same claim.
        const da = a.c.time && a.c.time.grain === 'day' ? dayNumber(a.c.time.value) : null;
        const db = b.c.time && b.c.time.grain === 'day' ? dayNumber(b.c.time.value) : null;
        if (da !== null && db !== null && da !== db) continue;
        const ia = claimInterval(a.c, approx);
        const ib = claimInterval(b.c, approx);
        if (ia && ib && (ia[1] < ib[0] || ib[1] < ia[0])) clash = true;
      }
    }
    if (!clash) continue;
    disagreements.push({
      kind: 'number',
      about: key.replace('|', ' '),
      items: g.map(({ article, c }) => ({ articleId: article.id, ...(article.publisher !== undefined ? { publisher: article.publisher } : {}), value: claimValueText(c), start: c.start, end: c.end, text: c.text })).sort(itemOrder),
    });
  }
  // Attribution.
  const qs: { article: SourceArticle; q: Quote; w: Set<string> }[] = [];
  for (const article of articles) for (const q of article.quotes) if (q.direct && q.speaker) qs.push({ article, q, w: wordsOf(q.text) });
  const flagged = new Set<number>();
  for (let i = 0; i < qs.length; i++) {
    if (flagged.has(i)) continue;
    const a = qs[i] as (typeof qs)[number];
    if (a.w.size < 3) continue;
    const group = [a];
    for (let j = i + 1; j < qs.length; j++) {
      const b = qs[j] as (typeof qs)[number];
      if (b.article.id === a.article.id) continue;
      let inter = 0;
      for (const t of a.w) if (b.w.has(t)) inter++;
      if (inter / Math.min(a.w.size, b.w.size) >= 0.7 && speakersDiffer(a.q, b.q)) {
        group.push(b);
        flagged.add(j);
      }
    }
    if (group.length > 1)
      disagreements.push({
        kind: 'attribution',
        about: a.q.text.slice(0, 80),
        items: group.map(({ article, q }) => ({ articleId: article.id, ...(article.publisher !== undefined ? { publisher: article.publisher } : {}), value: q.speaker?.text ?? '', start: q.start, end: q.end, text: q.text })),
      });
  }
  return { events, disagreements };
}
