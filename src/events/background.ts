import type { Word } from './doc.js';
import type { ExtractContext } from './context.js';
import type { EventTime } from './types.js';

/**
 * An event dated more than this many days before the article's reference date is recalled
 * context (background), not reported news.
 */
export const BACKGROUND_DAYS = 30;

/** Day number (days since 1970-01-01) of an ISO date, or null. */
export function isoDay(v: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
}

/** The last day (day number) a timex value can stand for: `2019` → 2019-12-31, `2024-06` → 2024-06-30. */
export function lastDayOf(t: Pick<EventTime, 'value' | 'end'>): number | null {
  const v = t.end !== undefined && /^\d{4}/.test(t.end) ? t.end : t.value;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) return Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / 86400000;
  if (m[2] !== undefined) return Date.UTC(y, Number(m[2]), 0) / 86400000;
  // Year, or a value this parser does not read finer (weeks, quarters): the year's last day.
  return Date.UTC(y, 11, 31) / 86400000;
}

/** True when a timex is a "since" anchor (`منذ يوليو 2000`): it bounds an event, it does not date it. */
export function isSinceAnchor(t: Pick<EventTime, 'text'>): boolean {
  return /^\s*[وف]?منذ/.test(t.text);
}

/**
 * The article's reference day: the reference date the timexes were resolved against, else the
 * latest day-grain date the article mentions (undated articles without an inferred window).
 */
export function referenceDay(ctx: ExtractContext): number | null {
  if (ctx.ref) {
    const d = isoDay(ctx.ref);
    if (d !== null) return d;
  }
  let best: number | null = null;
  for (const t of ctx.timexes) {
    if (t.grain !== 'day') continue;
    const d = isoDay(t.value);
    if (d !== null && (best === null || d > best)) best = d;
  }
  return best;
}

/** True when an event dated `time` lies well before the reference day (see {@link BACKGROUND_DAYS}). */
export function isBackgroundTime(time: EventTime | null, refDay: number | null, days = BACKGROUND_DAYS): boolean {
  if (!time || refDay === null || isSinceAnchor(time)) return false;
  const last = lastDayOf(time);
  return last !== null && last < refDay - days;
}

const KANA = new Set(['كان', 'كانت', 'كانوا', 'كانا', 'كانتا']);
const THEN = new Set(['انذاك', 'حينها', 'حينذاك', 'وقتها', 'انئذ', 'حينئذ', 'وقتئذ']);
const EARLIER_ADJ = new Set(['السابقه', 'السابق', 'الماضيه', 'السالفه']);

/**
 * A background cue around the trigger at word i (clause words `[a, i)` before it, the clause's
 * words after it up to `last`): `سبق أن/لـ`، `كان … قد` + perfect, `منذ` right before the trigger
 * (`منذ زيارته`: the earlier event a "first since" sentence recalls), `آنذاك/حينها` in the
 * clause, or `السابقة` right after a noun trigger (`زيارته السابقة`). Returns the cue, or null.
 */
export function backgroundCue(W: readonly Word[], i: number, a: number, last: number, isNoun: boolean): string | null {
  for (let k = Math.max(a, i - 6); k < i; k++) {
    const w = W[k] as Word;
    if (w.bare === 'سبق' || w.norm === 'سبق') {
      const n = W[k + 1];
      if (n && (n.norm === 'ان' || n.norm === 'وان' || n.norm === 'لها' || n.norm === 'له' || n.norm === 'لهم' || /^ل\S{2,}/.test(n.norm))) return 'سبق';
    }
  }
  for (let k = Math.max(a, i - 3); k < i; k++) {
    if ((W[k] as Word).norm !== 'قد' && (W[k] as Word).bare !== 'قد') continue;
    for (let j = Math.max(a, k - 5); j < k; j++) if (KANA.has((W[j] as Word).bare) || KANA.has((W[j] as Word).norm)) return 'كان قد';
  }
  for (let k = Math.max(a, i - 2); k < i; k++) if ((W[k] as Word).bare === 'منذ' || (W[k] as Word).norm === 'منذ') return 'منذ';
  for (let k = a; k < last; k++) {
    const w = W[k] as Word;
    if (k !== i && THEN.has(w.bare)) return w.text;
  }
  if (isNoun) {
    const n = W[i + 1];
    if (n && i + 1 < last && EARLIER_ADJ.has(n.bare)) return n.text;
  }
  return null;
}
