import type { LanguageResources } from '../arabic/resources.js';
import { overStemmedBase, type TermToken } from './terms.js';
import type { Highlight, QueryClause, Snippet } from './types.js';

/** What counts as a match when highlighting: single terms, term sequences, prefixes. */
export interface TermMatcher {
  readonly singles: ReadonlySet<string>;
  /** Sequences of 2+ terms (phrases, multi-word aliases). */
  readonly phrases: readonly (readonly string[])[];
  readonly prefixes: readonly string[];
  /** Unstemmed bases of over-stemmed query words (matched against the words' bases). */
  readonly bases: ReadonlySet<string>;
}

/** The matcher of a query's positive clauses (with their expansions). */
export function termMatcher(groups: readonly (readonly QueryClause[])[]): TermMatcher {
  const singles = new Set<string>();
  const phrases: string[][] = [];
  const prefixes: string[] = [];
  const bases = new Set<string>();
  const seq = (terms: readonly string[]): void => {
    if (terms.length === 1) singles.add(terms[0]!);
    else if (terms.length > 1) phrases.push([...terms]);
  };
  for (const g of groups) {
    for (const c of g) {
      if (c.kind === 'prefix') prefixes.push(...c.terms);
      else if (c.exact === true) for (const t of c.terms) bases.add(t);
      else if (c.kind === 'phrase') seq(c.terms);
      else for (const t of c.terms) singles.add(t);
      for (const e of c.expansions) seq(e);
    }
  }
  return { singles, phrases, prefixes, bases };
}

/** First letters every word matching the matcher must contain (after match normalisation). */
function anchors(m: TermMatcher): string[] {
  const out = new Set<string>();
  const add = (t: string): void => {
    // The stem's start is in the word after its clitics; its last letter may differ (ة/ت → ه).
    out.add(t.slice(0, Math.max(1, Math.min(3, t.length - 1))));
  };
  for (const t of m.singles) add(t);
  for (const p of m.phrases) for (const t of p) add(t);
  for (const p of m.prefixes) add(p);
  for (const b of m.bases) add(b);
  return [...out];
}

/**
 * The index terms of `text` as `termTokens` gives them, except that words which cannot match
 * `m` (they contain none of its anchors) get an empty term without being analysed: snippets of
 * long articles then cost a tokenisation, not a stemming of every word.
 */
export function candidateTermTokens(text: string, res: LanguageResources, m: TermMatcher): TermToken[] {
  const keys = anchors(m);
  const out: TermToken[] = [];
  for (const t of res.tokenizer.tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'symbol') continue;
    const norm = res.normalizer.match(t.text);
    let maybe = false;
    for (const k of keys) {
      if (norm.includes(k)) {
        maybe = true;
        break;
      }
    }
    if (!maybe) {
      out.push({ term: '', start: t.start, end: t.end });
      continue;
    }
    const term = res.term(t.text);
    if (term === null) continue;
    const base = m.bases.size > 0 && t.kind === 'arabic' ? overStemmedBase(t.text, term, res) : null;
    out.push(base !== null ? { term, start: t.start, end: t.end, base } : { term, start: t.start, end: t.end });
  }
  return out;
}

/** A matched word run: its span in the text and the query term (or phrase) it matched. */
export interface MatchSpan {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/** The spans of `text` that match, in text order (words of a phrase are one span each). */
export function matchSpans(tokens: readonly TermToken[], m: TermMatcher): MatchSpan[] {
  const marked: (string | undefined)[] = new Array<string | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.term;
    if (t === '') continue;
    const b = tokens[i]!.base;
    if (b !== undefined && m.bases.has(b)) marked[i] = b;
    else if (m.singles.has(t)) marked[i] = t;
    else for (const p of m.prefixes) if (t.startsWith(p)) marked[i] = `${p}*`;
  }
  for (const p of m.phrases) {
    const first = p[0]!;
    for (let i = 0; i + p.length <= tokens.length; i++) {
      if (tokens[i]!.term !== first) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = tokens[i + k]!.term === p[k];
      if (!ok) continue;
      const key = p.join(' ');
      for (let k = 0; k < p.length; k++) marked[i + k] = key;
    }
  }
  const out: MatchSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = marked[i];
    if (key !== undefined) out.push({ start: tokens[i]!.start, end: tokens[i]!.end, key });
  }
  return out;
}

/** Highlights of a short text (a title): every matching word. */
export function highlightText(text: string, m: TermMatcher, res: LanguageResources): Highlight[] {
  return matchSpans(candidateTermTokens(text, res, m), m).map((s) => [s.start, s.end] as const);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}

/**
 * A passage of about `width` characters of the ORIGINAL text, placed where the most distinct
 * query terms (then the most matches) fall, cut at spaces, with the matches as highlights relative
 * to the passage. Without matches: the text's beginning.
 */
export function makeSnippet(text: string, spans: readonly MatchSpan[], width = 240): Snippet {
  let bestFrom = 0;
  let bestTo = 0;
  if (spans.length > 0) {
    let bestDistinct = -1;
    let bestCount = -1;
    const limit = Math.min(spans.length, 400);
    for (let i = 0; i < limit; i++) {
      const from = spans[i]!.start;
      const keys = new Set<string>();
      let j = i;
      while (j < spans.length && spans[j]!.end - from <= width) {
        keys.add(spans[j]!.key);
        j++;
      }
      const count = j - i;
      if (keys.size > bestDistinct || (keys.size === bestDistinct && count > bestCount)) {
        bestDistinct = keys.size;
        bestCount = count;
        bestFrom = i;
        bestTo = Math.max(i + 1, j);
      }
    }
  }
  let start = 0;
  if (spans.length > 0) {
    const first = spans[bestFrom]!;
    const last = spans[bestTo - 1]!;
    const used = last.end - first.start;
    // Centre the matches: spend about a third of the spare room before them.
    start = Math.max(0, first.start - Math.max(20, Math.floor((width - used) / 3)));
  }
  let end = Math.min(text.length, start + width);
  if (spans.length > 0) end = Math.max(end, Math.min(text.length, spans[bestTo - 1]!.end));
  // Cut at spaces: start after a space (at most 20 characters back), end before one.
  if (start > 0) {
    let s = start;
    while (s > 0 && start - s < 20 && !isSpace(text.charCodeAt(s - 1))) s--;
    if (s > 0 && !isSpace(text.charCodeAt(s - 1))) {
      s = start;
      while (s < text.length && !isSpace(text.charCodeAt(s))) s++;
      s = Math.min(s + 1, spans.length > 0 ? spans[bestFrom]!.start : text.length);
    }
    start = s;
  }
  if (end < text.length) {
    let e = end;
    while (e < text.length && e < end + 20 && !isSpace(text.charCodeAt(e))) e++;
    end = e;
  }
  const passage = text.slice(start, end);
  const highlights: Highlight[] = [];
  for (const s of spans) if (s.start >= start && s.end <= end) highlights.push([s.start - start, s.end - start]);
  return { text: passage, start, highlights, cutStart: start > 0, cutEnd: end < text.length };
}
