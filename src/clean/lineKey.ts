import { normalizeMatch } from '../arabic/normalize.js';

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DIGITS = /\p{Nd}+/gu;

/**
 * A normalised key for a line, used to compare lines (title repeats, template lines): match-level
 * Arabic normalisation, punctuation and symbols dropped, runs of digits folded to `#`, spaces
 * collapsed, lower case. Two lines that differ only in hamza seats, diacritics, punctuation or
 * numbers get the same key.
 */
export function lineKey(line: string): string {
  return normalizeMatch(line).replace(NON_WORD, ' ').replace(DIGITS, '#').trim().toLowerCase();
}

/** The words of a key (split on spaces). */
export function keyWords(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/**
 * Similarity of two keys in [0, 1]: Dice coefficient over their word sets. Used to spot a
 * headline repeated with small edits.
 */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = new Set(keyWords(a));
  const wb = new Set(keyWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let both = 0;
  for (const w of wa) if (wb.has(w)) both++;
  return (2 * both) / (wa.size + wb.size);
}
