import { normalizeMatch } from '../arabic/normalize.js';
import { splitSentences } from '../arabic/sentences.js';
import { tokenize, type Token } from '../arabic/tokenize.js';
import type { Span } from '../core/span.js';
import type { FormLexicon, FormPos, LexEntry } from './lexicon.js';

/** A token of the article with its match-normalised form. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `normalizeMatch(text)`. */
  readonly norm: string;
  /** The form without a leading و/ف conjunction (when the rest is at least 2 letters), else `norm`. */
  readonly bare: string;
  readonly punct: boolean;
  /** Index of the clause inside its sentence (clauses split at ، ؛ : and حيث/بينما/فيما). */
  clause: number;
}

/** A sentence: its span and its words `[first, last)` (indices into {@link Doc.words}). */
export interface DocSentence {
  readonly span: Span;
  readonly first: number;
  readonly last: number;
}

/** The word/sentence view of an article the extractors share. */
export interface Doc {
  readonly text: string;
  readonly words: readonly Word[];
  readonly sentences: readonly DocSentence[];
  /** `sentenceOf[i]`: the sentence index of word i. */
  readonly sentenceOf: Int32Array;
}

const CLAUSE_PUNCT = new Set(['،', ',', '؛', ';', ':', '(', ')', '-', '–', '—']);
const CLAUSE_WORDS = new Set(['حيث', 'بينما', 'فيما', 'بعدما', 'وسط', 'عقب', 'اثر'].map((w) => normalizeMatch(w)));

/** Words that begin with و/ف as part of the stem (not the conjunction), normalised. */
const ROOT_WAW = new Set(['وزير', 'وزيره', 'وزراء', 'وزاره', 'وصل', 'وصلت', 'وصول', 'وقع', 'وقعت', 'وقعوا', 'وفد', 'وفقا', 'وكاله', 'وسط', 'وسائل', 'وضع', 'وقت', 'وطني', 'والي', 'ولايه', 'ولي', 'واشنطن', 'فرنسا', 'فلسطين', 'فيتنام', 'فريق', 'فرض', 'فرقه', 'فبراير', 'فوق', 'فقط', 'فيما', 'فترة', 'فتره', 'فلاديمير', 'وحده', 'وثيقه', 'وحدات', 'وارسو', 'فنزويلا', 'فنلندا', 'فيينا', 'فيلق', 'وصف', 'وصفت', 'وعد', 'وجه', 'وجهت', 'وافق', 'وافقت', 'واصل', 'واصلت', 'وقف', 'وفاه', 'وفيات', 'ورد', 'وردت', 'وضح']);

function bareOf(norm: string): string {
  if (ROOT_WAW.has(norm)) return norm;
  return (norm.startsWith('و') || norm.startsWith('ف')) && norm.length >= 4 ? norm.slice(1) : norm;
}

/**
 * Build the shared view from tokens and sentence spans (from the `tokens` annotation), or
 * tokenise and split the text when they are not given.
 */
export function buildDoc(text: string, tokens?: readonly Token[], sentences?: readonly Span[]): Doc {
  const toks = tokens ?? tokenize(text);
  const sents = sentences ?? splitSentences(text);
  const words: Word[] = toks.map((t) => {
    const norm = t.kind === 'arabic' ? normalizeMatch(t.text) : t.kind === 'latin' ? t.text.toLowerCase() : t.text;
    return { start: t.start, end: t.end, text: t.text, norm, bare: t.kind === 'arabic' ? bareOf(norm) : norm, punct: t.kind === 'punct', clause: 0 };
  });
  const sentenceOf = new Int32Array(words.length).fill(-1);
  const out: DocSentence[] = [];
  let i = 0;
  for (const s of sents) {
    while (i < words.length && (words[i] as Word).start < s.start) i++;
    const first = i;
    let clause = 0;
    while (i < words.length && (words[i] as Word).end <= s.end) {
      const w = words[i] as Word;
      if ((w.punct && CLAUSE_PUNCT.has(w.text)) || CLAUSE_WORDS.has(w.bare)) clause++;
      w.clause = clause;
      sentenceOf[i] = out.length;
      i++;
    }
    out.push({ span: s, first, last: i });
  }
  return { text, words, sentences: out, sentenceOf };
}

/** A hit of a form lexicon on a word. */
export interface LexHit<T> {
  readonly entry: LexEntry<T>;
  readonly pos: FormPos;
  /** The word had a future prefix س. */
  readonly future: boolean;
}

/** Words that clitic stripping would wrongly read as a lexicon form (وزارة → و+زار+ه). */
const NOT_FORMS = new Set(['وزاره', 'الوزاره', 'وزير', 'الوزير', 'وزيره', 'وزراء', 'الوزراء', 'بوزاره', 'لوزاره', 'وزارات', 'فيصل', 'الوصل', 'سلام', 'سلامه', 'والي']);

const SUFFIXES = ['هما', 'هم', 'ها', 'ه', 'كم', 'نا', 'ني', 'ك'];

/**
 * Look a word up in a form lexicon, trying clitic strippings: conjunctions و/ف, future س,
 * prepositions ب/ل/ك, the article ال (and لل), and object/possessive pronoun suffixes.
 */
export function lookupForm<T>(lex: FormLexicon<T>, norm: string): LexHit<T> | null {
  let memo = MEMO.get(lex) as Map<string, LexHit<T> | null> | undefined;
  if (!memo) {
    memo = new Map();
    MEMO.set(lex, memo as Map<string, unknown>);
  }
  // Most words cannot be a form: no lexicon form starts with the trigram at offset 0 or right
  // after a clitic prefix (و/ف، س، ب/ل/ك، ال، لل…), where every candidate below starts. Checked
  // before the memo (a memo look-up of a fresh string costs about as much as the look-up itself).
  const starts = startsOf(lex as FormLexicon<unknown>);
  if (starts !== null && norm.length >= 3) {
    let any = starts.has(tri(norm, 0));
    for (let o = 1; o <= 4 && !any; o++) if (clitics(norm, o) && starts.has(tri(norm, o))) any = true;
    if (!any) return null;
  }
  const m = memo.get(norm);
  if (m !== undefined) return m;
  if (memo.size > 200000) memo.clear();
  const r = lookupUncached(lex, norm);
  memo.set(norm, r);
  return r;
}

/** Per-lexicon memo of {@link lookupForm} results (bounded; cleared when full). */
const MEMO = new Map<FormLexicon<unknown>, Map<string, unknown>>();

/** Trigram code of `s` at offset o (three UTF-16 units), or -1. */
function tri(s: string, o: number): number {
  if (o + 3 > s.length) return -1;
  // 10 bits per unit (a small integer; collisions only let a word through to the full look-up).
  return ((s.charCodeAt(o) & 0x3ff) << 20) | ((s.charCodeAt(o + 1) & 0x3ff) << 10) | (s.charCodeAt(o + 2) & 0x3ff);
}

const PREFIXES = new Set(['و', 'ف', 'س', 'ب', 'ل', 'ك', 'ال', 'لل', 'وس', 'فس', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'وبال', 'فبال', 'وكال', 'فكال']);
const PREFIX_CODES = new Set([...PREFIXES].map((p) => prefixCode(p, p.length)));

/** A small integer for the first `o` (≤ 4) units of `s`. */
function prefixCode(s: string, o: number): number {
  let c = o;
  for (let i = 0; i < o; i++) c = c * 64 + (s.charCodeAt(i) & 0x3f);
  return c;
}

/** True when the first `o` letters of `s` are a clitic sequence lookupUncached strips (و/ف، س، ب/ل/ك، ال، لل and combinations). */
function clitics(s: string, o: number): boolean {
  return o < s.length && PREFIX_CODES.has(prefixCode(s, o));
}

/** Per lexicon: the trigram codes a form can start with (with ت/ا variants of a third letter ه/ي), or null when a form is shorter than three letters. */
const STARTS = new WeakMap<FormLexicon<unknown>, Set<number> | null>();

function startsOf(lex: FormLexicon<unknown>): Set<number> | null {
  let set = STARTS.get(lex);
  if (set !== undefined) return set;
  set = new Set<number>();
  for (const key of lex.keys()) {
    if (key.length < 3) {
      set = null;
      break;
    }
    set.add(tri(key, 0));
    if (key[2] === 'ه') set.add(tri(key.slice(0, 2) + 'ت', 0));
    if (key[2] === 'ي') set.add(tri(key.slice(0, 2) + 'ا', 0));
  }
  STARTS.set(lex, set);
  return set;
}

function lookupUncached<T>(lex: FormLexicon<T>, norm: string): LexHit<T> | null {
  const direct = lex.get(norm);
  if (direct) return { ...direct, future: false };
  if (NOT_FORMS.has(norm)) return null;

  const seen: [string, boolean][] = [[norm, false]];
  if ((norm.startsWith('و') || norm.startsWith('ف')) && norm.length > 3 && !ROOT_WAW.has(norm)) seen.push([norm.slice(1), false]);
  const n0 = seen.length;
  for (let k = 0; k < n0; k++) {
    const [c] = seen[k] as [string, boolean];
    if (c.startsWith('س') && c.length > 4 && 'يتنا'.includes(c[1] as string)) seen.push([c.slice(1), true]);
    if (c.startsWith('لل') && c.length > 4) seen.push([c.slice(2), false]);
    if ((c.startsWith('بال') || c.startsWith('كال')) && c.length > 5) seen.push([c.slice(3), false]);
    if (c.startsWith('ال') && c.length > 4) seen.push([c.slice(2), false]);
    else if ((c.startsWith('ب') || c.startsWith('ل')) && c.length > 4) seen.push([c.slice(1), false]);
  }
  const n1 = seen.length;
  for (let k = 0; k < n1; k++) {
    const [c, f] = seen[k] as [string, boolean];
    for (const suf of SUFFIXES) {
      if (c.endsWith(suf) && c.length - suf.length >= 3) {
        const base = c.slice(0, -suf.length);
        seen.push([base, f]);
        if (base.endsWith('ت')) seen.push([base.slice(0, -1) + 'ه', f]);
        if (base.endsWith('ا')) seen.push([base.slice(0, -1) + 'ي', f]);
        break;
      }
    }
  }
  for (let k = 1; k < seen.length; k++) {
    const [c, f] = seen[k] as [string, boolean];
    const hit = lex.get(c);
    if (hit) return { ...hit, future: f };
  }
  // Accusative tanween alif (اجتماعًا → اجتماع), nouns only.
  for (const [c] of seen) {
    if (c.length > 4 && c.endsWith('ا')) {
      const hit = lex.get(c.slice(0, -1));
      if (hit && hit.pos === 'noun') return { ...hit, future: false };
    }
  }
  return null;
}

/** The word without clitics و/ف, ب/ل/ك and ال, for prefix tests against stems. */
export function stemView(norm: string): string {
  let c = norm;
  if ((c.startsWith('و') || c.startsWith('ف')) && c.length > 3) c = c.slice(1);
  if (c.startsWith('لل') && c.length > 4) return c.slice(2);
  if ((c.startsWith('بال') || c.startsWith('كال')) && c.length > 5) return c.slice(3);
  if (c.startsWith('ال') && c.length > 3) return c.slice(2);
  if ((c.startsWith('ب') || c.startsWith('ل')) && c.length > 4) return c.slice(1);
  return c;
}

/** True when the word is definite (ال, وال, بال, لل…). */
export function isDefinite(norm: string): boolean {
  return /^(?:[وف]?(?:ال|بال|كال|لل))/.test(norm) && norm.length > 3;
}

/** Index of the first word whose start is at or after `offset` (binary search). */
export function firstWordAt(doc: Doc, offset: number): number {
  const W = doc.words;
  let lo = 0;
  let hi = W.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((W[mid] as Word).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
