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
  const m = normalizeMatch(line);
  // One pass for the common characters (ASCII, Arabic letters); the regular expressions below
  // give the same result and handle everything else.
  let out = '';
  let pendingSpace = false;
  let inDigits = false;
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    let kind: 0 | 1 | 2; // 0 separator, 1 letter, 2 digit
    if (c >= 0x30 && c <= 0x39) kind = 2;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a)) kind = 1;
    else if (c < 0x80 || (c >= 0x0600 && c <= 0x061f) || c === 0x066a || c === 0x066b || c === 0x066c || c === 0x066d) kind = 0;
    else return lineKeySlow(m);
    if (kind === 0) {
      pendingSpace = out.length > 0;
      inDigits = false;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
      inDigits = false;
    }
    if (kind === 2) {
      if (!inDigits) out += '#';
      inDigits = true;
    } else {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : m[i];
      inDigits = false;
    }
  }
  return out;
}

function lineKeySlow(normalized: string): string {
  return normalized.replace(NON_WORD, ' ').replace(DIGITS, '#').trim().toLowerCase();
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
