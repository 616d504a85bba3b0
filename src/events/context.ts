import type { Span } from '../core/span.js';
import type { Timex } from '../time/types.js';
import type { Doc, Word } from './doc.js';
import type { EventTime, Participant } from './types.js';

/** What the extractors share for one article. */
export interface ExtractContext {
  readonly doc: Doc;
  /** Mentions per sentence (index = sentence index), sorted by offset. */
  readonly mentions: readonly (readonly Participant[])[];
  /** Dated timexes (DATE/TIME with a concrete value), sorted by offset. */
  readonly timexes: readonly Timex[];
  /** Reference date (publication), or null. */
  readonly ref: string | null;
}

/** The span of the clause of word i (words of the same sentence with the same clause index). */
export function clauseSpan(doc: Doc, i: number): Span {
  const s = doc.sentences[doc.sentenceOf[i] ?? -1];
  const w = doc.words[i] as Word;
  if (!s) return { start: w.start, end: w.end };
  let a = i;
  while (a > s.first && (doc.words[a - 1] as Word).clause === w.clause) a--;
  let b = i;
  while (b + 1 < s.last && (doc.words[b + 1] as Word).clause === w.clause) b++;
  return { start: (doc.words[a] as Word).start, end: (doc.words[b] as Word).end };
}

/** Keep the timexes that date something: DATE/TIME with a concrete value. */
export function datedTimexes(timexes: readonly Timex[]): Timex[] {
  return timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value)).sort((a, b) => a.span[0] - b.span[0]);
}

/** Turn a timex into an {@link EventTime}. */
export function toEventTime(t: Timex): EventTime {
  const base = { value: t.value, grain: t.grain, inferred: t.inferred, span: { start: t.span[0], end: t.span[1] }, text: t.text };
  return { ...base, ...(t.begin !== undefined ? { begin: t.begin } : {}), ...(t.end !== undefined ? { end: t.end } : {}) };
}

/**
 * The time of something at offset `at`: a dated timex in the same clause (nearest), else in the
 * same sentence (nearest), else null.
 */
export function timeAt(ctx: ExtractContext, sentence: Span, clause: Span, at: number): EventTime | null {
  let best: Timex | null = null;
  let bestScore = Infinity;
  for (const t of ctx.timexes) {
    if (t.span[1] <= sentence.start) continue;
    if (t.span[0] >= sentence.end) break;
    const inClause = t.span[0] >= clause.start && t.span[1] <= clause.end;
    const dist = Math.min(Math.abs(t.span[0] - at), Math.abs(t.span[1] - at));
    const score = (inClause ? 0 : 100000) + dist;
    if (score < bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best ? toEventTime(best) : null;
}

/** The mentions of sentence k that lie inside `[start, end)`. */
export function mentionsIn(ctx: ExtractContext, k: number, start: number, end: number): Participant[] {
  const ms = ctx.mentions[k] ?? [];
  // Sorted by start: binary search the first candidate, stop at the first one starting at or after `end`.
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid] as Participant).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Participant[] = [];
  for (let i = lo; i < ms.length; i++) {
    const m = ms[i] as Participant;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}
