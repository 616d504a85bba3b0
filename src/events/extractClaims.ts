import { normalizeMatch } from '../arabic/normalize.js';
import type { NumberMention } from '../arabic/numbers.js';
import { firstWordAt, lookupForm, stemView, type Word } from './doc.js';
import { clauseSpan, mentionsIn, timeAt, type ExtractContext } from './context.js';
import { CLAIM_MODALS, CLAIM_PREDICATES, CURRENCIES, NAME_NUMBER_HEADS, SOURCE_PHRASES, SPEECH_VERBS, STOP, TIME_UNITS } from './lexicon.js';
import type { ClaimKind, NumericClaim, Participant, Quote } from './types.js';

/** Why a number is not a claim, or null when it is one. */
export type NonClaimReason = 'ordinal' | 'date' | 'year' | 'duration' | 'name' | 'code' | null;

/**
 * Decide whether a number mention is a claim: ordinals, numbers inside a date/time expression,
 * bare years, durations and ages (a time unit: `24 عامًا`), and numbers that are part of a name
 * or reference (`مجموعة العشرين`، `القرار 2231`، `F-16`) are not.
 */
export function nonClaimReason(text: string, m: NumberMention, timexSpans: readonly (readonly [number, number])[], prev: Word | undefined): NonClaimReason {
  if (m.kind === 'ordinal') return 'ordinal';
  // Definite number words (أبناؤه الستة) and a lone "one" or fraction without a unit are adjectives, not counts.
  if (/^ال/.test(m.text) && !/\d/.test(m.text)) return 'name';
  if (!m.unit && (m.kind === 'fraction' || /^(?:واحد|واحدة|واحدا|واحداً)$/.test(m.text.trim()))) return 'name';
  for (const t of timexSpans) if (t[0] < m.end && m.start < t[1]) return 'date';
  const unit = m.unit ? stemView(normalizeUnit(m.unit)) : '';
  if (m.unit && (TIME_UNITS.has(normalizeUnit(m.unit)) || TIME_UNITS.has(unit))) return 'duration';
  const v = m.value;
  const digits = /^\d{4}$/.test(m.text.trim());
  if (v !== undefined && digits && v >= 1800 && v <= 2100 && !m.unit) return 'year';
  if (prev && (NAME_NUMBER_HEADS.has(prev.norm) || NAME_NUMBER_HEADS.has(prev.bare) || NAME_NUMBER_HEADS.has(stemView(prev.norm)))) return 'name';
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  if (/[A-Za-z][-‐]?$/.test(before) || /^[-‐]?[A-Za-z]/.test(text.slice(m.end, m.end + 2))) return 'code';
  if (/^[:/.]\d/.test(text.slice(m.end, m.end + 2)) || /\d[:/]$/.test(before)) return 'code';
  return null;
}


function normalizeUnit(u: string): string {
  return normalizeMatch(u);
}

function claimKind(m: NumberMention): ClaimKind {
  if (m.kind === 'percent' || m.unit === '%') return 'percent';
  if (m.unit) {
    const u = stemView(normalizeUnit(m.unit));
    if (CURRENCIES.some((c) => u.startsWith(c) || normalizeUnit(m.unit as string).startsWith(c))) return 'money';
  }
  return 'count';
}

const NISBA = /(?:ي|يه|يين|يون|يه|ين)$/;

/**
 * Find numeric claims: numbers of the `numbers` annotation that are claims (see
 * {@link nonClaimReason}), with what they count (the unit with its adjectives, or the noun after
 * `من`), their predicate (a claim-predicate word in the clause, with a modal prefix `planned:` for
 * مستعدة لإرسال), their attribution (the speaker of an enclosing quote, else an attribution
 * phrase or speech-verb subject in the sentence) and their time.
 */
export function extractClaims(ctx: ExtractContext, numbers: readonly NumberMention[], quotes: readonly Quote[], allTimexSpans: readonly (readonly [number, number])[]): NumericClaim[] {
  const { doc } = ctx;
  const W = doc.words;
  const text = doc.text;
  const out: NumericClaim[] = [];
  const seenSentence = new Map<string, number>();
  const sourceMemo = new Map<number, Participant | null>();
  const sentenceKeys: (string | null)[] = [];
  let qi = 0;
  const sortedQuotes = [...quotes].sort((a, b) => a.start - b.start);
  let ti = 0;
  const spans = [...allTimexSpans].sort((a, b) => a[0] - b[0]);
  for (const m of numbers) {
    const wi = firstWordAt(doc, m.start);
    const k = doc.sentenceOf[Math.min(wi, W.length - 1)] ?? -1;
    const s = doc.sentences[k];
    if (!s || m.start < s.span.start || m.end > s.span.end) continue;
    // Skip repeated sentences (repeated headlines).
    let sk = sentenceKeys[k];
    if (sk === undefined) {
      sk = text.slice(s.span.start, s.span.end).trim();
      const firstK = seenSentence.get(sk);
      if (firstK === undefined) seenSentence.set(sk, k);
      else sk = null;
      sentenceKeys[k] = sk;
    }
    if (sk === null) continue;
    while (ti < spans.length && (spans[ti] as readonly [number, number])[1] <= m.start - 200) ti++;
    const near = spans.slice(ti, ti + 8);
    if (nonClaimReason(text, m, near, W[wi - 1])) continue;
    const kind = claimKind(m);
    // What is counted.
    let unitEnd = firstWordAt(doc, m.end);
    let what: string | null = null;
    let unit: string | null = m.unit ?? null;
    if (kind === 'count') {
      if (m.unit) {
        // The unit word and up to two adjectives after it.
        let j = unitEnd;
        while (j < s.last && (W[j] as Word).punct === false && (W[j] as Word).text !== m.unit && !(W[j] as Word).text.endsWith(m.unit)) j++;
        if (j >= s.last) j = unitEnd;
        const a = j;
        j++;
        while (j < s.last && j - a < 3) {
          const x = W[j] as Word;
          if (x.punct || STOP.has(x.norm) || !NISBA.test(x.norm) || lookupForm(SPEECH_VERBS, x.norm)) break;
          j++;
        }
        const st = (W[a] as Word).start;
        what = text.slice(st, (W[j - 1] as Word).end);
        unitEnd = j;
      } else {
        const nx = W[unitEnd];
        const nx2 = W[unitEnd + 1];
        if (nx && nx.norm === 'من' && nx2 && !nx2.punct && !STOP.has(nx2.norm)) {
          unit = nx2.text;
          what = nx2.text;
          unitEnd += 2;
        }
      }
    } else if (kind === 'money') what = m.unit ?? null;
    else what = '%';
    // Predicate: a claim predicate in the clause before the number (nearest), else after the unit.
    const clause = clauseSpan(doc, Math.min(wi, W.length - 1));
    let pred: string | null = null;
    let ctxWord: string | null = null;
    let predAt = -1;
    /** Take `x` (word `j`) as the claim's predicate when it is one (a verb like أرسل, قتل). */
    const takePredicate = (x: Word, j: number): boolean => {
      const hit = lookupForm(CLAIM_PREDICATES, x.norm);
      if (!hit) return false;
      pred = (hit.future ? 'planned:' : '') + hit.entry.value;
      ctxWord = x.text;
      predAt = j;
      return true;
    };
    for (let j = wi - 1; j >= s.first && j >= wi - 8; j--) {
      const x = W[j] as Word;
      if (x.start < clause.start && x.punct) break;
      if (x.punct) continue;
      if (takePredicate(x, j)) break;
    }
    if (!pred) {
      for (let j = unitEnd; j < Math.min(s.last, unitEnd + 4); j++) {
        const x = W[j] as Word;
        if (x.punct) break;
        if (takePredicate(x, j)) break;
      }
    }
    if (!pred) {
      for (let j = wi - 1; j >= s.first && j >= wi - 5; j--) {
        const x = W[j] as Word;
        if (x.punct) break;
        if (STOP.has(x.norm) || x.norm.length < 3 || /^\d/.test(x.norm)) continue;
        pred = stemView(x.norm);
        ctxWord = x.text;
        predAt = j;
        break;
      }
    }
    if (pred && !pred.startsWith('planned:') && predAt >= 0) {
      for (let j = predAt - 1; j >= Math.max(s.first, predAt - 3); j--) {
        const x = W[j] as Word;
        if (CLAIM_MODALS.has(x.bare) || CLAIM_MODALS.has(stemView(x.norm))) {
          pred = 'planned:' + pred;
          break;
        }
      }
    }
    // Attribution.
    while (qi < sortedQuotes.length && (sortedQuotes[qi] as Quote).end <= m.start && (sortedQuotes[qi] as Quote).sentence.end <= m.start) qi++;
    let attribution: Participant | null = null;
    for (let x = qi; x < sortedQuotes.length; x++) {
      const q = sortedQuotes[x] as Quote;
      if (q.start > m.start) break;
      if (q.start <= m.start && m.end <= q.end && q.speaker) {
        attribution = q.speaker;
        break;
      }
    }
    if (!attribution) {
      let src = sourceMemo.get(k);
      if (src === undefined) {
        src = sentenceSource(ctx, k);
        sourceMemo.set(k, src);
      }
      attribution = src;
    }
    const time = timeAt(ctx, s.span, clause, m.start);
    const base = {
      start: m.start,
      end: m.end,
      text: m.text,
      kind,
      qualifier: m.qualifier,
      unit,
      what,
      predicate: pred ?? '',
      context: ctxWord,
      attribution,
      time,
      sentence: s.span,
    };
    out.push({
      ...base,
      ...(m.value !== undefined ? { value: m.value } : {}),
      ...(m.min !== undefined ? { min: m.min } : {}),
      ...(m.max !== undefined ? { max: m.max } : {}),
    });
  }
  return out;
}

/** The attributed source of a sentence: after an attribution phrase, or the subject of a speech verb. */
function sentenceSource(ctx: ExtractContext, k: number): Participant | null {
  const s = ctx.doc.sentences[k];
  if (!s) return null;
  const W = ctx.doc.words;
  const ms = mentionsIn(ctx, k, s.span.start, s.span.end);
  for (let i = s.first; i < s.last; i++) {
    const w = W[i] as Word;
    for (const ph of SOURCE_PHRASES) {
      if (w.bare !== ph[0] && w.norm !== ph[0]) continue;
      const m = ms.find((x) => x.start >= w.end && x.kind !== 'place');
      if (m && m.start - w.end < 6) return m;
      const nx = W[i + ph.length];
      if (nx && !nx.punct) {
        const st = nx.norm.startsWith('ل') && !nx.norm.startsWith('ال') ? nx.start + 1 : nx.start;
        let e = i + ph.length + 1;
        while (e < s.last && e - i < 5 && !(W[e] as Word).punct && !STOP.has((W[e] as Word).norm) && NISBA.test((W[e] as Word).norm)) e++;
        const end = (W[e - 1] as Word).end;
        return { start: st, end, text: ctx.doc.text.slice(st, end), kind: 'unnamed' };
      }
    }
    if (!w.punct && lookupForm(SPEECH_VERBS, w.norm)) {
      const after = ms.find((x) => x.start >= w.end && x.kind !== 'place');
      if (after && after.start - w.end < 30) return after;
      const before = ms.filter((x) => x.end <= w.start && x.kind !== 'place');
      const b = before[before.length - 1];
      if (b) return b;
    }
  }
  return null;
}
