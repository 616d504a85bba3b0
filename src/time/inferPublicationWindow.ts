import { dayNumber, daysInMonth, fromDayNumber } from '../arabic/calendars.js';
import { normalize } from '../arabic/normalize.js';
import { lex, TimeParser } from './grammar.js';
import { parseRef } from './resolve.js';
import { tagTime } from './tagTime.js';
import { tenseAround } from './tense.js';

/** Another article of the same story, with its publication date (the hook for story clustering). */
export interface StoryMate {
  /** ISO 8601 publication date of the story-mate. */
  readonly published: string;
  /** How sure we are that it is the same story (0..1, default 0.8). */
  readonly similarity?: number;
  /** Where it came from (article id, URL), for the evidence list. */
  readonly source?: string;
}

/** One piece of evidence used to date an article. */
export interface PublicationEvidence {
  readonly kind: 'story-mate' | 'latest-past-date' | 'future-date' | 'current-month' | 'fetched';
  /** Which bound it sets. */
  readonly bound: 'earliest' | 'latest' | 'both';
  /** The date it gives (ISO day). */
  readonly value: string;
  readonly detail: string;
  /** Offsets of the expression in the text, for text evidence. */
  readonly span?: readonly [number, number];
}

/** An inferred publication window. */
export interface PublicationWindow {
  /** ISO day, or null when nothing bounds it from below. */
  readonly earliest: string | null;
  /** ISO day, or null when nothing bounds it from above. */
  readonly latest: string | null;
  /** 0..1: how narrow and how well supported the window is. */
  readonly confidence: number;
  readonly evidence: PublicationEvidence[];
}

/** Inputs besides the text. */
export interface InferWindowOptions {
  /** Publication dates of other articles of the same story (hook for the story stage). */
  readonly storyMates?: readonly StoryMate[];
  /** When the article was fetched or extracted (ISO 8601): an upper bound. */
  readonly fetched?: string;
  /** Days either side of story-mates' dates that the article may fall in (default 3). */
  readonly storySlackDays?: number;
}

const iso = (dn: number): string => {
  const d = fromDayNumber(dn);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};
const startDn = (start: string | undefined): number | undefined => {
  if (!start) return undefined;
  const r = parseRef(start.slice(0, 10));
  return r?.dn;
};

/**
 * Infer when an undated article was published, from (a) its story-mates' dates, (b) the latest
 * absolute date it mentions in past-tense sentences (a lower bound) and absolute dates in
 * future-tense sentences (upper bounds), (c) month names called current (`13 يوليو الجاري`), whose
 * year follows from (b) — the first such month not before the lower bound — and (d) the fetch time
 * (an upper bound). Returns the window `[earliest, latest]` with the evidence used. Pure.
 */
export function inferPublicationWindow(text: string, options: InferWindowOptions = {}): PublicationWindow {
  const evidence: PublicationEvidence[] = [];
  let lo: number | undefined;
  let hi: number | undefined;
  const raiseLo = (dn: number): void => {
    if (lo === undefined || dn > lo) lo = dn;
  };
  const lowerHi = (dn: number): void => {
    if (hi === undefined || dn < hi) hi = dn;
  };

  // (d) fetch time
  const fetched = options.fetched !== undefined ? parseRef(options.fetched) : null;
  if (fetched) {
    lowerHi(fetched.dn);
    evidence.push({ kind: 'fetched', bound: 'latest', value: iso(fetched.dn), detail: 'published no later than it was fetched' });
  }

  // (b) absolute dates by tense
  const n = normalize(text, 'match');
  for (const t of tagTime(text)) {
    if (t.anchor !== 'none' || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const dn = startDn(t.start);
    if (dn === undefined) continue;
    const s = n.text.length ? Math.min(t.span[0], n.text.length - 1) : 0;
    // A target date (`بحلول عام 2040`, `حتى عام 2030`) is in the future whatever the verb's tense.
    const before = normalize(text.slice(Math.max(0, t.span[0] - 30), t.span[0]), 'match').text;
    const target = /(?:بحلول|مع حلول|حتي|لغايه|بحدود)\s+(?:(?:عام|سنه|العام)\s+)?$/u.test(before);
    const tense = target ? 'future' : tenseAround(n.text, s, s + 1);
    if (tense === 'past') {
      if (lo === undefined || dn > lo) {
        raiseLo(dn);
        evidence.push({ kind: 'latest-past-date', bound: 'earliest', value: iso(dn), detail: `mentions "${t.text}" as past`, span: t.span });
      }
    } else {
      lowerHi(dn);
      evidence.push({ kind: 'future-date', bound: 'latest', value: iso(dn), detail: `mentions "${t.text}" as future`, span: t.span });
    }
  }

  // (c) months called current: the article is from that month. Only الجاري/الحالي make a month
  // current (lexicon THIS), so texts without them skip this second parse.
  const hasCurrent = n.text.includes('الجاري') || n.text.includes('الحالي');
  const toks = hasCurrent ? lex(n.text) : [];
  const parser = new TimeParser(toks);
  for (const p of hasCurrent ? parser.parseAll() : []) {
    const e = p.expr.k === 'until' ? p.expr.b : p.expr.k === 'since' ? p.expr.a : p.expr;
    if (e.k !== 'date' || e.d.m === undefined || e.d.mDir !== 0 || e.d.y !== undefined) continue;
    const m = e.d.m;
    let y: number | undefined;
    if (lo !== undefined) {
      const l = fromDayNumber(lo);
      y = m >= l.month ? l.year : l.year + 1;
    } else if (hi !== undefined) {
      const h = fromDayNumber(hi);
      y = m <= h.month ? h.year : h.year - 1;
    }
    if (y === undefined) continue;
    const a = dayNumber(y, m, 1);
    const b = dayNumber(y, m, daysInMonth(y, m));
    raiseLo(a);
    lowerHi(b);
    const first = toks[p.from];
    const last = toks[p.to - 1];
    const span = first && last ? n.toOriginalSpan({ start: first.s, end: last.e }) : undefined;
    evidence.push({
      kind: 'current-month',
      bound: 'both',
      value: iso(a),
      detail: `calls month ${m} current; its year ${y} follows from the other evidence`,
      ...(span ? { span: [span.start, span.end] as const } : {}),
    });
  }

  // (a) story-mates
  const mates = (options.storyMates ?? []).map((s) => ({ s, r: parseRef(s.published) })).filter((x) => x.r !== null);
  if (mates.length) {
    const slack = options.storySlackDays ?? 3;
    const dns = mates.map((x) => x.r?.dn ?? 0).sort((a, b) => a - b);
    const mid = dns[Math.floor(dns.length / 2)] ?? 0;
    const a = mid - slack;
    const b = mid + slack;
    const textLo = lo;
    raiseLo(a);
    lowerHi(b);
    if (textLo !== undefined && textLo > b) lo = textLo;
    for (const x of mates)
      evidence.push({
        kind: 'story-mate',
        bound: 'both',
        value: iso(x.r?.dn ?? 0),
        detail: `same story (similarity ${x.s.similarity ?? 0.8})${x.s.source ? ` as ${x.s.source}` : ''}`,
      });
  }

  let conflict = false;
  if (lo !== undefined && hi !== undefined && lo > hi) {
    conflict = true;
    // contradictory evidence: keep the upper bound (fetch / story) and widen the lower one
    lo = hi;
  }
  const width = lo !== undefined && hi !== undefined ? hi - lo + 1 : Infinity;
  let confidence = 0.1;
  if (width <= 7) confidence = 0.8;
  else if (width <= 31) confidence = 0.65;
  else if (width <= 366) confidence = 0.4;
  else if (lo !== undefined || hi !== undefined) confidence = 0.2;
  if (mates.length) confidence = Math.min(0.9, confidence + 0.1);
  if (conflict) confidence = Math.min(confidence, 0.3);
  return { earliest: lo !== undefined ? iso(lo) : null, latest: hi !== undefined ? iso(hi) : null, confidence, evidence };
}

/** A single reference day inside a window (its middle), for resolving relative expressions; null if unbounded. */
export function windowReference(w: PublicationWindow): string | null {
  if (w.earliest === null && w.latest === null) return null;
  const a = w.earliest ? parseRef(w.earliest)?.dn : undefined;
  const b = w.latest ? parseRef(w.latest)?.dn : undefined;
  if (a !== undefined && b !== undefined) return iso(Math.floor((a + b) / 2));
  return iso((a ?? b) as number);
}
