import type { Span } from '../core/span.js';
import { firstWordAt, isDefinite, lookupForm, stemView, type Word } from './doc.js';
import { mentionsIn, type ExtractContext } from './context.js';
import { agrees, explicitSubject, sentenceSubject, titleReferent, verbGender, type Gender } from './speakers.js';
import { COMPLEMENTISERS, ORG_HEADS, SOURCE_PHRASES, SPEECH_VERBS, STOP, TITLES, UNNAMED_SOURCES } from './lexicon.js';
import type { Participant, Quote } from './types.js';

/** Longest direct quote accepted (characters); longer "quotes" are unbalanced marks. */
export const MAX_QUOTE_LENGTH = 1500;

const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"', '„': '“', '”': '“' };
/** The explicit subject of a speech verb (quote or not), a candidate for later pronoun-dropped verbs. */
interface Subject {
  readonly pos: number;
  readonly k: number;
  readonly speaker: Participant;
}

/** A speech verb without an explicit subject, resolved after all quotes are found (in text order). */
interface Pending {
  /** Offset of the verb. */
  readonly pos: number;
  /** Sentence index. */
  readonly k: number;
  readonly gender: Gender;
  /** The subject of the verb's sentence, when it has one. */
  readonly subject: Participant | null;
}

/** First words of the attribution phrases. */
const SOURCE_FIRST: ReadonlySet<string> = new Set(SOURCE_PHRASES.map((p) => p[0] as string));

/** A direct quote's raw span (content without the marks). */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Find balanced quotation-mark pairs (“ ” « » " " „ “). A pair never crosses a line break and
 * never exceeds {@link MAX_QUOTE_LENGTH}; an opening mark without its closer on the same line
 * is ignored (so unbalanced marks neither crash nor swallow paragraphs). Linear in the text.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  let lineEnd = -1;
  const marks = /[“«"„”]/g;
  while (i < text.length) {
    marks.lastIndex = i;
    const mm = marks.exec(text);
    if (!mm) break;
    i = mm.index;
    const c = text[i] as string;
    const close = CLOSERS[c] as string;
    if (lineEnd < i) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = text.length;
    }
    const limit = Math.min(lineEnd, i + 1 + MAX_QUOTE_LENGTH);
    let depth = 0;
    let j = i + 1;
    let found = -1;
    for (; j < limit; j++) {
      const d = text[j];
      if (d === close && depth === 0) {
        found = j;
        break;
      }
      if (c !== '"' && d === c) depth++;
      else if (c !== '"' && d === close) depth--;
    }
    if (found > i + 1) {
      out.push({ start: i + 1, end: found });
      i = found + 1;
    } else i++;
  }
  return out;
}

function sentenceIndexAt(ctx: ExtractContext, offset: number): number {
  const wi = firstWordAt(ctx.doc, offset);
  const k = ctx.doc.sentenceOf[Math.min(wi, ctx.doc.words.length - 1)] ?? -1;
  return k;
}

function isAgentish(ctx: ExtractContext, m: Participant): boolean {
  if (m.kind === 'place' || m.type === 'LOC') return false;
  const prev = ctx.doc.words[firstWordAt(ctx.doc, m.start) - 1];
  return !prev || !['الي', 'في', 'من', 'علي', 'مع', 'ضد', 'بين'].includes(prev.bare);
}

function wordsIn(ctx: ExtractContext, a: number, b: number): number {
  let c = 0;
  const W = ctx.doc.words;
  for (let i = firstWordAt(ctx.doc, a); i < W.length && (W[i] as Word).start < b; i++) if (!(W[i] as Word).punct) c++;
  return c;
}

/** The source after an attribution phrase starting at word index j: a mention there, or a head noun with its adjectives. */
function sourceAfter(ctx: ExtractContext, k: number, j: number): Participant | null {
  const W = ctx.doc.words;
  const s = ctx.doc.sentences[k];
  const w = W[j];
  if (!s || !w || j >= s.last || w.punct) return null;
  const ms = mentionsIn(ctx, k, w.start, s.span.end);
  const m = ms[0];
  if (m && m.start <= w.end && m.kind !== 'place') return m;
  const head = stemView(w.norm);
  const known = UNNAMED_SOURCES.has(head) || TITLES.has(head) || ORG_HEADS.has(head) || TITLES.has('ال' + head) || ORG_HEADS.has('ال' + head);
  let e = j + 1;
  while (e < s.last && e - j < 4) {
    const x = W[e] as Word;
    if (x.punct || STOP.has(x.norm) || !isDefinite(x.norm) && !/(?:ي|يه|يين|يون)$/.test(x.norm)) break;
    e++;
  }
  if (!known && e === j + 1 && !/^\p{Lu}/u.test(w.text)) return null;
  // Leave a ل/ب prefix out of the span.
  const off = w.norm !== head && /^[لب]/.test(w.norm) && !/^ال/.test(w.norm) ? 1 : 0;
  const start = w.start + off;
  const end = (W[e - 1] as Word).end;
  const kind = UNNAMED_SOURCES.has(head) ? 'unnamed' : known ? 'title' : 'named';
  return { start, end, text: ctx.doc.text.slice(start, end), kind };
}

function matchPhrase(W: readonly Word[], i: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const w = W[i + j];
    if (!w || (w.bare !== phrase[j] && w.norm !== phrase[j])) return false;
  }
  return true;
}

function trimSpan(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /[\s،,:؛.\-–]/.test(text[a] as string)) a++;
  while (b > a && /[\s،,:؛.\-–]/.test(text[b - 1] as string)) b--;
  return { start: a, end: b };
}

/**
 * Find quotes: direct quotes in balanced marks (see {@link findQuoteSpans}) that are introduced
 * by a speech cue or are at least three words long, and indirect speech after speech verbs with
 * a complementiser (قال إن، أكد أن، أشار إلى أن، وصف … بأنه) or around attribution phrases
 * (وفقًا لـ، بحسب، نقلًا عن). Speakers are mentions in the clause; a continuation verb
 * (أضاف، تابع) without a subject takes the previous quote's speaker; otherwise null.
 */
export function extractQuotes(ctx: ExtractContext): Quote[] {
  const { doc } = ctx;
  const W = doc.words;
  const text = doc.text;
  const out: Quote[] = [];
  const direct = findQuoteSpans(text);
  const pending = new Map<Quote, Pending>();
  const subjects: Subject[] = [];
  /** The speaker of the verb at word i: its explicit subject, or null with the verb left pending. */
  const speakerOf = (k: number, i: number, limit: number, hit: NonNullable<ReturnType<typeof lookupForm<string>>>): { speaker: Participant | null; p: Pending | null } => {
    const speaker = explicitSubject(ctx, k, i, limit);
    if (speaker) return { speaker, p: null };
    const w = W[i] as Word;
    const gender = verbGender(w, hit);
    return { speaker: null, p: { pos: w.start, k, gender, subject: sentenceSubject(ctx, k, i, gender) } };
  };
  const covered = direct.length > 0 ? new Uint8Array(text.length + 1) : null;
  // Only quotes of three words or more block cue searches (a name in quotation marks does not).
  if (covered) for (const q of direct) if (text.slice(q.start, q.end).trim().split(/\s+/).length >= 3) covered.fill(1, q.start, q.end);
  const quoteCovers = (off: number): boolean => covered !== null && covered[off] === 1;

  // Indirect speech.
  const seen = new Set<string>();
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (!s || s.first >= s.last) continue;
    const key = text.slice(s.span.start, s.span.end).trim();
    if (seen.has(key)) continue;
    seen.add(key);
    let done = false;
    let resume = -1;
    for (let i = s.first; i < s.last && !done; i++) {
      const w = W[i] as Word;
      if (w.punct || w.start < resume || quoteCovers(w.start)) continue;
      // Attribution phrases (most words cannot start one).
      if (SOURCE_FIRST.has(w.bare) || SOURCE_FIRST.has(w.norm)) for (const ph of SOURCE_PHRASES) {
        if (!matchPhrase(W, i, ph)) continue;
        let j = i + ph.length;
        // وفقا لـ: the ل is either a separate word or a prefix.
        if (W[j] && ((W[j] as Word).norm === 'ل' || (W[j] as Word).norm === 'لـ')) j++;
        const src = sourceAfter(ctx, k, j);
        if (!src) break;
        const nearStart = wordsIn(ctx, s.span.start, w.start) <= 2;
        const span = nearStart ? trimSpan(text, src.end, s.span.end) : trimSpan(text, s.span.start, w.start);
        if (span.end - span.start < 10 || direct.some((q) => q.start >= span.start && q.start < span.end)) break;
        out.push({ ...span, text: text.slice(span.start, span.end), direct: false, speaker: src, cue: text.slice(w.start, (W[i + ph.length - 1] as Word).end), sentence: s.span });
        done = true;
        break;
      }
      if (done) break;
      const hit = lookupForm(SPEECH_VERBS, w.norm);
      if (!hit) continue;
      // Every speech verb's explicit subject is a candidate speaker for later pronoun-dropped verbs.
      if (hit.entry.value !== 'participle') {
        const subj = explicitSubject(ctx, k, i, s.span.end);
        if (subj) subjects.push({ pos: w.start, k, speaker: subj });
      }
      // Complementiser within 8 words.
      for (let j = i + 1; j < Math.min(s.last, i + 15); j++) {
        const c = W[j] as Word;
        if (c.punct && c.text !== '،' && c.text !== ',' && !(c.text === ':' && W[j + 1] && COMPLEMENTISERS.has((W[j + 1] as Word).norm))) break;
        const isComp = COMPLEMENTISERS.has(c.norm) && (c.norm !== 'عن' || w.bare.includes('عرب'));
        const isNaql = c.norm === 'عن' && (hit.entry.lemma === 'نقل' || w.bare.startsWith('نقل'));
        if (isNaql) {
          const src = sourceAfter(ctx, k, j + 1);
          if (src) {
            const span = trimSpan(text, src.end, s.span.end);
            if (span.end - span.start >= 10 && !direct.some((q) => q.start >= span.start && q.start < span.end)) {
              out.push({ ...span, text: text.slice(span.start, span.end), direct: false, speaker: src, cue: w.text, sentence: s.span });
              done = true;
            }
          }
          break;
        }
        if (!isComp) continue;
        // The content runs to the sentence end, or to the next direct quote or speech verb.
        let stop = s.span.end;
        const dq = direct.find((q) => q.start > c.end && q.start < stop);
        if (dq) stop = text.lastIndexOf('،', dq.start) > c.end ? text.lastIndexOf('،', dq.start) : dq.start - 1;
        for (let v = j + 2; v < s.last; v++) {
          const vw = W[v] as Word;
          if (vw.start >= stop) break;
          const prevW = W[v - 1] as Word;
          if (prevW.punct && (prevW.text === '،' || prevW.text === ',') && lookupForm(SPEECH_VERBS, vw.norm)) {
            stop = prevW.start;
            break;
          }
        }
        const span = trimSpan(text, c.end, stop);
        if (span.end - span.start < 8) break;
        const r = speakerOf(k, i, c.start, hit);
        const quote: Quote = { ...span, text: text.slice(span.start, span.end), direct: false, speaker: r.speaker, cue: w.text, sentence: s.span };
        if (r.p) pending.set(quote, r.p);
        out.push(quote);
        resume = span.end;
        break;
      }
    }
  }
  // Direct quotes.
  for (const q of direct) {
    const k = sentenceIndexAt(ctx, q.start);
    const s = doc.sentences[k];
    if (!s) continue;
    const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
    const qi = firstWordAt(doc, q.start);
    const nWords = wordsIn(ctx, q.start, q.end);
    let cueAt = -1;
    let speaker: Participant | null = null;
    let cue: string | null = null;
    let colon = false;
    let pend: Pending | null = null;
    // Cue before: a speech verb within 12 words before the quote on the same line, or within 30 in the same sentence.
    for (let i = qi - 1; i >= 0 && i >= qi - 30; i--) {
      const w = W[i] as Word;
      if (w.start < lineStart || (i < qi - 13 && doc.sentenceOf[i] !== k)) break;
      if (w.text === ':') colon = true;
      if (quoteCovers(w.start)) {
        // A second quote of the sentence after the first (… "…" لكنه "…"): the same speaker.
        if (doc.sentenceOf[i] === k && qi - i <= 4) pend = { pos: q.start, k, gender: null, subject: null };
        break;
      }
      const hit = w.punct ? null : lookupForm(SPEECH_VERBS, w.norm);
      if (hit) {
        cue = w.text;
        cueAt = i;
        const vk = doc.sentenceOf[i] ?? -1;
        const r = speakerOf(vk >= 0 ? vk : k, i, q.start, hit);
        speaker = r.speaker;
        pend = r.p;
        break;
      }
    }
    if (!cue && colon) {
      // "X: «…»"
      const ms = mentionsIn(ctx, k, Math.max(lineStart, s.span.start), q.start).filter((m) => isAgentish(ctx, m));
      const m = ms[ms.length - 1];
      if (m) {
        speaker = m;
        cue = ':';
      }
    }
    if (!cue) {
      // Cue after: «…»، قال X
      const ai = firstWordAt(doc, q.end);
      for (let i = ai; i < Math.min(W.length, ai + 4); i++) {
        const w = W[i] as Word;
        if (w.start > text.indexOf('\n', q.end) && text.indexOf('\n', q.end) >= 0) break;
        const hit = w.punct ? null : lookupForm(SPEECH_VERBS, w.norm);
        if (hit) {
          cue = w.text;
          const vk = doc.sentenceOf[i] ?? k;
          const sv = doc.sentences[vk];
          const lim = sv ? sv.span.end : q.end + 200;
          const ms = mentionsIn(ctx, vk, w.end, lim).filter((m) => isAgentish(ctx, m));
          const m = ms[0];
          if (m && wordsIn(ctx, w.end, m.start) <= 2) speaker = m;
          break;
        }
      }
    }
    // A name or title in quotation marks: short and not right after a colon, speech verb or complementiser.
    const before = W[qi - 1];
    const introduced = before !== undefined && (before.text === ':' || COMPLEMENTISERS.has(before.norm) || lookupForm(SPEECH_VERBS, before.norm) !== null);
    if (nWords < 3 && !(cue && (introduced || (speaker !== null && cueAt >= 0 && qi - cueAt <= 5)))) continue;
    const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), direct: true, speaker, cue, sentence: s.span };
    if (pend) pending.set(quote, pend);
    out.push(quote);
  }
  out.sort((a, b) => a.start - b.start);
  return resolvePending(ctx, out, pending, subjects);
}

/** Paragraph index of each offset: the number of line breaks before it (binary search over break offsets). */
function paragraphIndex(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (i === 0 || text[i - 1] !== '\n') breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Give pronoun-dropped speech verbs (`وأضاف`، `وأكد أن`، `مشيرًا إلى أن`) a speaker, in text
 * order (and a bare title speaker its named referent, see {@link titleReferent}): an earlier speaker of the same sentence, else the subject of the sentence, else the
 * last speaker of the same paragraph or, when the verb opens its paragraph, of the previous one
 * (within three sentences) — each only when it agrees with the verb's gender. Otherwise null.
 */
function resolvePending(ctx: ExtractContext, quotes: Quote[], pending: ReadonlyMap<Quote, Pending>, subjects: readonly Subject[]): Quote[] {
  const para = paragraphIndex(ctx.doc.text);
  const history: { pos: number; k: number; para: number; speaker: Participant }[] = [];
  const out: Quote[] = [];
  let si = 0;
  for (const q of quotes) {
    const p = pending.get(q);
    let speaker = q.speaker;
    const pos = p ? p.pos : q.start;
    for (; si < subjects.length && (subjects[si] as Subject).pos < pos; si++) {
      const x = subjects[si] as Subject;
      history.push({ pos: x.pos, k: x.k, para: para(x.pos), speaker: x.speaker });
    }
    if (p && !speaker) {
      const pp = para(pos);
      let sameSentence: (typeof history)[number] | undefined;
      for (let h = history.length - 1; h >= 0 && !sameSentence; h--) {
        const x = history[h] as (typeof history)[number];
        if (x.k < p.k) break;
        if (x.k === p.k && x.pos < pos) sameSentence = x;
      }
      if (sameSentence && agrees(p.gender, sameSentence.speaker)) speaker = sameSentence.speaker;
      else if (p.subject) speaker = p.subject;
      else {
        const lineStart = ctx.doc.text.lastIndexOf('\n', pos - 1) + 1;
        const opensParagraph = ctx.doc.text.slice(lineStart, pos).trim().length === 0;
        const last = history[history.length - 1];
        if (last && p.k - last.k <= 3 && (last.para === pp || (opensParagraph && last.para === pp - 1)) && agrees(p.gender, last.speaker)) speaker = last.speaker;
      }
    }
    const ref = speaker ? titleReferent(speaker, history.slice(-50).map((h) => h.speaker)) : null;
    if (speaker) history.push({ pos, k: p ? p.k : sentenceIndexAt(ctx, q.start), para: para(pos), speaker });
    const base = speaker === q.speaker ? q : { ...q, speaker };
    out.push(ref ? { ...base, speakerRef: ref } : base);
  }
  return out;
}
