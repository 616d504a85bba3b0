import type { Span } from '../core/span.js';
import { firstWordAt, isDefinite, lookupForm, stemView, type Word } from './doc.js';
import { mentionsIn, type ExtractContext } from './context.js';
import { bareNameAt } from './mentions.js';
import { COMPLEMENTISERS, ORG_HEADS, SOURCE_PHRASES, SPEECH_VERBS, STOP, TITLES, UNNAMED_SOURCES } from './lexicon.js';
import type { Participant, Quote } from './types.js';

/** Longest direct quote accepted (characters); longer "quotes" are unbalanced marks. */
export const MAX_QUOTE_LENGTH = 1500;

const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"', '„': '“', '”': '“' };
const CONTINUATION = new Set(['اضاف', 'تابع', 'اوضح', 'مضي', 'استطرد', 'يضيف', 'تضيف', 'اضافت', 'تابعت', 'اوضحت', 'مضت', 'ختم', 'اختتم', 'قال', 'قالت', 'اكد', 'اكدت']);

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

/** A speech verb's speaker: the mention after the verb (VSO) before `limit`, else the nearest one before it in the sentence. */
function speakerOfVerb(ctx: ExtractContext, k: number, vi: number, limit: number): Participant | null {
  const s = ctx.doc.sentences[k];
  if (!s) return null;
  const v = ctx.doc.words[vi] as Word;
  // "قال X Y إن …" / "وقال X:": the words between the verb and a complementiser or colon.
  // Also "وأكد X، في تصريح …، أن …": the words before the first comma, when a complementiser follows soon.
  let nameEnd = -1;
  for (let j = vi + 1; j < Math.min(s.last, vi + 15); j++) {
    const x = ctx.doc.words[j] as Word;
    const isComma = x.text === '،' || x.text === ',';
    if (isComma && j > vi + 1 && nameEnd < 0 && j <= vi + 5) {
      nameEnd = j;
      continue;
    }
    if (x.punct && x.text !== ':' && !isComma) break;
    if (j > vi + 1 && (COMPLEMENTISERS.has(x.norm) || x.text === ':')) {
      const a = ctx.doc.words[vi + 1] as Word;
      const b = ctx.doc.words[(nameEnd > 0 ? nameEnd : j) - 1] as Word;
      if (b.end > limit) break;
      return { start: a.start, end: b.end, text: ctx.doc.text.slice(a.start, b.end), kind: 'named' };
    }
    if (nameEnd < 0 && (STOP.has(x.norm) || STOP.has(x.bare) || !/^[\p{L}"“”«»]/u.test(x.text))) break;
  }
  const ms = mentionsIn(ctx, k, s.span.start, s.span.end);
  const after = ms.find((m) => m.start >= v.end && m.end <= limit && isAgentish(ctx, m));
  const bareAfter = bareNameAt(ctx.doc, vi + 1, s.last);
  if (bareAfter && bareAfter.end <= limit && (!after || bareAfter.end <= after.start)) return bareAfter;
  if (after && wordsIn(ctx, v.end, after.start) <= 3) return after;
  // A definite surname right after the verb and before أن/إن or a comma (وأكد الصفيان أن).
  const n1 = ctx.doc.words[vi + 1];
  const n2 = ctx.doc.words[vi + 2];
  if (n1 && n2 && vi + 2 < s.last && isDefinite(n1.norm) && !STOP.has(n1.norm) && !n1.punct && (COMPLEMENTISERS.has(n2.norm) || n2.text === '،' || n2.text === ',' || n2.norm === 'في')) {
    return { start: n1.start, end: n1.end, text: n1.text, kind: 'named' };
  }
  const before = ms.filter((m) => m.end <= v.start && isAgentish(ctx, m));
  const b = before[before.length - 1];
  const participle = lookupForm(SPEECH_VERBS, v.norm)?.entry.value === 'participle';
  if (b && (participle || (wordsIn(ctx, b.end, v.start) <= 6 && !hasClauseBreak(ctx, b.end, v.start)))) return b;
  const pw = ctx.doc.words[vi - 1];
  if (pw && vi - 1 >= s.first && !participle) {
    const bareBefore = bareNameAt(ctx.doc, vi - 1, vi);
    if (bareBefore) return bareBefore;
  }
  return null;
}

function hasClauseBreak(ctx: ExtractContext, a: number, b: number): boolean {
  const W = ctx.doc.words;
  for (let i = firstWordAt(ctx.doc, a); i < W.length && (W[i] as Word).start < b; i++) {
    const w = W[i] as Word;
    if (w.punct && (w.text === '،' || w.text === ',' || w.text === '؛' || w.text === ':')) return true;
    if (COMPLEMENTISERS.has(w.norm)) return true;
  }
  return false;
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
  const said: { pos: number; speaker: Participant; sentence: number }[] = [];
  const prevSpeaker = (pos: number, k: number): Participant | null => {
    let best: { pos: number; speaker: Participant; sentence: number } | null = null;
    for (const x of said) if (x.pos < pos && k - x.sentence <= 3 && (!best || x.pos > best.pos)) best = x;
    return best ? best.speaker : null;
  };
  const covered = direct.length > 0 ? new Uint8Array(text.length + 1) : null;
  if (covered) for (const q of direct) covered.fill(1, q.start, q.end);
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
      // Attribution phrases.
      for (const ph of SOURCE_PHRASES) {
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
      // Complementiser within 8 words.
      for (let j = i + 1; j < Math.min(s.last, i + 15); j++) {
        const c = W[j] as Word;
        if (c.punct && c.text !== '،' && c.text !== ',') break;
        const isComp = COMPLEMENTISERS.has(c.norm) && (c.norm !== 'عن' || w.bare.includes('عرب'));
        const isNaql = c.norm === 'عن' && (hit.entry.lemma === 'نقل' || w.bare.startsWith('نقل'));
        if (isNaql) {
          const src = sourceAfter(ctx, k, j + 1);
          if (src) {
            const span = trimSpan(text, src.end, s.span.end);
            if (span.end - span.start >= 10 && !direct.some((q) => q.start >= span.start && q.start < span.end)) {
              out.push({ ...span, text: text.slice(span.start, span.end), direct: false, speaker: src, cue: w.text, sentence: s.span });
              said.push({ pos: w.start, speaker: src, sentence: k });
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
        let speaker = speakerOfVerb(ctx, k, i, c.start);
        if (!speaker && (CONTINUATION.has(w.bare) || w.bare !== w.norm || hit.entry.value === 'participle')) speaker = prevSpeaker(w.start, k);
        if (speaker) said.push({ pos: w.start, speaker, sentence: k });
        out.push({ ...span, text: text.slice(span.start, span.end), direct: false, speaker, cue: w.text, sentence: s.span });
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
    // Cue before: a speech verb within 12 words before the quote on the same line.
    let speaker: Participant | null = null;
    let cue: string | null = null;
    let colon = false;
    for (let i = qi - 1; i >= 0 && i >= qi - 13; i--) {
      const w = W[i] as Word;
      if (w.start < lineStart) break;
      if (w.text === ':') colon = true;
      if (quoteCovers(w.start)) break;
      const hit = w.punct ? null : lookupForm(SPEECH_VERBS, w.norm);
      if (hit) {
        cue = w.text;
        const vk = doc.sentenceOf[i] ?? -1;
        speaker = speakerOfVerb(ctx, vk >= 0 ? vk : k, i, q.start);
        if (!speaker && (CONTINUATION.has(w.bare) || w.bare !== w.norm || hit.entry.value === 'participle')) speaker = prevSpeaker(w.start, k);
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
    if (nWords < 3 && !(cue && introduced)) continue;
    if (speaker) said.push({ pos: q.start, speaker, sentence: k });
    out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), direct: true, speaker, cue, sentence: s.span });
  }

  return out.sort((a, b) => a.start - b.start);
}
