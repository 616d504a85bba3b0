import type { LanguageResources } from '../arabic/resources.js';

/** A word of a text with its index term and its span in the ORIGINAL text. */
export interface TermToken {
  /** The index term (`LanguageResources.term`); empty for a word skipped as unable to match. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** The unstemmed base, for an over-stemmed word ({@link overStemmedBase}). */
  readonly base?: string;
}

const BASES = new WeakMap<LanguageResources, Map<string, string | null>>();

/**
 * The clitic-stripped, unstemmed base of a word whose stem lost too much to be trusted
 * (Snowball cuts كورونا to كور, the stem of كورية): the stem has at most 3 letters and the base
 * 5 or more, or the stem is 3+ letters shorter than the base. Null for other words. Such words
 * are also indexed by their base (column `bases`), and a query word of this kind matches the base.
 */
export function overStemmedBase(word: string, term: string, res: LanguageResources): string | null {
  const norm = res.normalizer.match(word);
  if (!(norm.length - term.length >= 3 || (term.length <= 3 && norm.length >= 5))) return null;
  let memo = BASES.get(res);
  if (!memo) {
    memo = new Map();
    BASES.set(res, memo);
  }
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const base = res.segmenter.segment(word).base;
  const out = base.length - term.length >= 3 || (term.length <= 3 && base.length >= 5) ? base : null;
  if (memo.size > 200_000) memo.clear();
  memo.set(word, out);
  return out;
}

/**
 * The index terms of a text, in order, with the span of the word each came from (diacritics,
 * tatweel and clitics included in the span). Punctuation and symbols give no term.
 */
export function termTokens(text: string, res: LanguageResources): TermToken[] {
  const out: TermToken[] = [];
  for (const t of res.tokenizer.tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'symbol') continue;
    const term = res.term(t.text);
    if (term !== null) out.push({ term, start: t.start, end: t.end });
  }
  return out;
}

/** What FTS5 indexes for a text: the terms, and the bases of over-stemmed words, space-separated. */
export interface IndexText {
  readonly terms: string;
  readonly bases: string;
}

/** The index terms of a text (and the bases of its over-stemmed words). */
export function indexText(text: string, res: LanguageResources): IndexText {
  const terms: string[] = [];
  const bases: string[] = [];
  for (const t of res.tokenizer.tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'symbol') continue;
    const term = res.term(t.text);
    if (term === null) continue;
    terms.push(term);
    if (t.kind === 'arabic') {
      const b = overStemmedBase(t.text, term, res);
      if (b !== null) bases.push(b);
    }
  }
  return { terms: terms.join(' '), bases: bases.join(' ') };
}
