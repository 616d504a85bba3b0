import type { LanguageResources } from '../arabic/resources.js';

/** A word of a text with its index term and its span in the ORIGINAL text. */
export interface TermToken {
  /** The index term (`LanguageResources.term`). */
  readonly term: string;
  readonly start: number;
  readonly end: number;
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

/** The index terms of a text as one space-separated string (what FTS5 indexes). */
export function termString(text: string, res: LanguageResources): string {
  let s = '';
  for (const t of res.tokenizer.tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'symbol') continue;
    const term = res.term(t.text);
    if (term === null) continue;
    s = s.length === 0 ? term : `${s} ${term}`;
  }
  return s;
}
