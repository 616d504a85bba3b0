import type { Stemmer } from './stem.js';

const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;

/**
 * Light stemming as in Apache Lucene's `ArabicStemmer` (Larkey et al.'s light-10 family): remove
 * at most one prefix (ال وال بال كال فال لل, or و when the word has at least four letters),
 * leaving at least two letters, then every suffix of ها ان ات ون ين يه ية ه ة ي that matches in
 * that order, each time leaving at least two letters. A search-oriented stripper, not a
 * morphological analyser; apply it to match-normalised text. Never throws.
 */
export function lightStem(word: string): string {
  let w = word;
  for (const p of PREFIXES) {
    if (p.length === 1 && w.length < 4) continue;
    if (w.length < p.length + 2) continue;
    if (w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length < s.length + 2) continue;
    if (w.endsWith(s)) w = w.slice(0, w.length - s.length);
  }
  return w;
}

/** {@link lightStem} behind the {@link Stemmer} interface. */
export const lightStemmer: Stemmer = { stem: lightStem };
