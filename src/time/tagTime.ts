import { scanArabicDates, type DateMention } from '../arabic/calendars.js';
import { normalize } from '../arabic/normalize.js';
import { message, type Message } from '../core/message.js';
import { lex, TimeParser } from './grammar.js';
import { parseRef, resolveExpr, type Ref, type Resolution } from './resolve.js';
import { sentenceAround, tenseAround } from './tense.js';
import type { Grain, TagTimeOptions, Timex } from './types.js';

/** The result of {@link tagTimeDetailed}. */
export interface TimeTagging {
  readonly timexes: Timex[];
  /** Ambiguities and impossible dates found (codes `TIME_*`). */
  readonly messages: Message[];
}

function fromMention(d: DateMention, ref: Ref | null, inferred: boolean): Timex {
  void ref;
  void inferred;
  const v = d.value.replace(/(Z|[+-]\d{2}:\d{2})$/, '');
  const grain: Grain = d.grain;
  const start = v.length === 7 ? `${v}-01T00:00:00` : v.length === 10 ? `${v}T00:00:00` : v.length === 16 ? `${v}:00` : v;
  const t: Timex = {
    span: [d.start, d.end],
    text: d.text,
    type: grain === 'minute' || grain === 'second' ? 'TIME' : 'DATE',
    value: d.value,
    grain,
    anchor: 'none',
    inferred: false,
    confidence: d.confidence,
    start,
    ...(d.notes.length ? { note: d.notes.join(', ') } : {}),
  };
  return t;
}

const MAX_TIMEXES = 5000;

/** The reference-independent part of tagging: normalisation, tokens, parses, absolute dates. */
interface Analysis {
  readonly n: ReturnType<typeof normalize>;
  readonly toks: ReturnType<typeof lex>;
  readonly parsed: ReturnType<TimeParser['parseAll']>;
  /** Offsets of stripped proclitics per token (from the parser). */
  readonly clitic: TimeParser['clitic'];
  readonly scan: ReturnType<typeof scanArabicDates>;
}

// One-entry memo: the time stage tags an undated article twice (to infer its publication window,
// then against that window); the second call reuses the first's analysis. Results are read-only.
let last: { text: string; analysis: Analysis } | undefined;

function analyse(text: string): Analysis {
  if (last !== undefined && last.text === text) return last.analysis;
  const n = normalize(text, 'match');
  const toks = lex(n.text);
  const parser = new TimeParser(toks);
  const parsed = parser.parseAll();
  // Absolute dates written in full (numeric, Hijri, combined) from the calendars module.
  const scan = scanArabicDates(text, {}, n);
  const analysis = { n, toks, parsed, clitic: parser.clitic, scan };
  last = { text, analysis };
  return analysis;
}

/**
 * Find and normalise the temporal expressions of a text (see {@link Timex}), with the problems
 * found as messages: impossible dates (`TIME_IMPOSSIBLE_DATE`), relative expressions with no
 * reference (`TIME_NO_REFERENCE`), hours without morning/evening, weekday/date mismatches
 * (`TIME_AMBIGUOUS`). Pure; spans are offsets into `text`.
 */
export function tagTimeDetailed(text: string, options: TagTimeOptions = {}): TimeTagging {
  const messages: Message[] = [];
  const ref = options.ref !== undefined ? parseRef(options.ref) : null;
  if (options.ref !== undefined && ref === null)
    messages.push(message('TIME_BAD_REFERENCE', 'warning', `reference "${options.ref}" is not an ISO 8601 date; relative expressions are left unresolved`));
  const prefer = options.prefer ?? 'context';
  const inferredRef = options.refInferred === true;
  const { n, toks, parsed, clitic, scan } = analyse(text);
  const absolute = scan.dates.map((d) => fromMention(d, ref, inferredRef));
  for (const r of scan.rejected)
    messages.push(
      message('TIME_IMPOSSIBLE_DATE', 'warning', `"${r.text}" looks like a date but is not a possible one (${r.reason})`, {
        span: { start: r.start, end: r.end },
      }),
    );
  for (const t of absolute)
    if (t.note?.includes('weekday-mismatch'))
      messages.push(message('TIME_AMBIGUOUS', 'info', `"${t.text}": the weekday written does not match the date`, { span: { start: t.span[0], end: t.span[1] } }));
  const taken = [...absolute.map((t) => t.span), ...scan.rejected.map((r) => [r.start, r.end] as const)];
  const overlapsTaken = (a: number, b: number): readonly [number, number] | undefined => taken.find(([s, e]) => a < e && s < b);

  const nt = n.text;
  const tenseCache = new Map<number, 'past' | 'future'>();
  const tenseOf = (a: number, b: number): 'past' | 'future' => {
    const [s0] = sentenceAround(nt, a);
    let t = tenseCache.get(s0);
    if (t === undefined) {
      t = tenseAround(nt, a, b);
      tenseCache.set(s0, t);
    }
    return t;
  };
  const out: Timex[] = [];
  let prevDn: number | undefined;
  for (const p of parsed) {
    const first = toks[p.from];
    const last = toks[p.to - 1];
    if (!first || !last) continue;
    const shift = clitic.get(p.from) ?? 0;
    const span = n.toOriginalSpan({ start: first.s + shift, end: last.e });
    const hit = overlapsTaken(span.start, span.end);
    if (hit && hit[1] - hit[0] >= span.end - span.start) {
      const abs = absolute.find((t) => t.span === hit);
      const dn = abs?.start !== undefined ? parseRef(abs.start.slice(0, 10))?.dn : undefined;
      if (dn !== undefined) prevDn = dn;
      continue;
    }
    let dir: -1 | 1;
    let dirSource: string;
    if (prefer === 'context') {
      const tense = tenseOf(first.s, last.e);
      dir = tense === 'future' ? 1 : -1;
      dirSource = `tense:${tense}`;
    } else {
      dir = prefer === 'future' ? 1 : -1;
      dirSource = `prefer:${prefer}`;
    }
    const ctx = { ref, dir, dirSource, strict: prefer !== 'context', ...(prevDn !== undefined ? { prevDn } : {}) };
    const r = resolveExpr(p.expr, ctx);
    const raw = text.slice(span.start, span.end);
    if ('problem' in r) {
      if (r.problem === 'impossible-date')
        messages.push(message('TIME_IMPOSSIBLE_DATE', 'warning', `"${raw}" is not a possible date: ${r.detail}`, { span }));
      else if (r.problem === 'no-reference')
        messages.push(message('TIME_NO_REFERENCE', 'info', `"${raw}" is relative and there is no reference date to resolve it`, { span }));
      else messages.push(message('TIME_FAR_YEAR', 'warning', `"${raw}": ${r.detail}`, { span }));
      continue;
    }
    if (hit) {
      // the grammar's reading is longer: it replaces the calendar mention it contains
      const k = absolute.findIndex((t) => t.span === hit);
      if (k >= 0) absolute.splice(k, 1);
    }
    out.push(toTimex(r, span.start, span.end, raw, inferredRef));
    if (r.note && /without morning|does not match|reference day/.test(r.note))
      messages.push(message('TIME_AMBIGUOUS', 'info', `"${raw}": ${r.note}`, { span }));
    if ((r.type === 'DATE' || r.type === 'TIME') && r.dn !== undefined && r.value !== 'PAST_REF') prevDn = r.dn;
    if (out.length > MAX_TIMEXES) break;
  }
  const all = [...out, ...absolute].sort((a, b) => a.span[0] - b.span[0]);
  return { timexes: all, messages };
}

function toTimex(r: Resolution, start: number, end: number, text: string, inferredRef: boolean): Timex {
  const inferred = inferredRef && r.anchor !== 'none';
  const t: Timex = {
    span: [start, end],
    text,
    type: r.type,
    value: r.value,
    grain: r.grain,
    anchor: r.anchor,
    inferred,
    confidence: inferred ? Math.min(r.confidence, 0.6) : r.confidence,
    ...(r.begin !== undefined ? { begin: r.begin } : {}),
    ...(r.end !== undefined ? { end: r.end } : {}),
    ...(r.start !== undefined ? { start: r.start } : {}),
    ...(r.mod !== undefined ? { mod: r.mod } : {}),
    ...(r.holiday !== undefined ? { holiday: r.holiday } : {}),
    ...(r.direction !== undefined ? { direction: r.direction } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
  };
  return t;
}

/**
 * Tag the temporal expressions of a text against a reference date-time (ISO 8601), resolving
 * bare weekdays, months and hours toward `prefer` (`context`: the sentence's tense).
 *
 * @example
 * tagTime('وصل الوزير يوم الجمعة', { ref: '2024-12-03' })[0]?.value // '2024-11-29'
 */
export function tagTime(text: string, options: TagTimeOptions = {}): Timex[] {
  return tagTimeDetailed(text, options).timexes;
}
