import { normalizeMatch } from './normalize.js';

/**
 * Learned data for {@link romanize} (built by `scripts/build-translit.ts`, loaded by
 * `loadTranslit()` in `src/models/translit.ts`).
 */
export interface RomanizeTable {
  /** Whole-word dictionary: match-normalised Arabic word → Latin (lower case). */
  readonly dict: ReadonlyMap<string, string>;
  /**
   * Letter-in-context model: the Latin chunk (the letter's consonant plus the vowels that
   * follow it) for an Arabic letter `c` given its neighbours `p` and `n` (`^`/`$` at the word's
   * edges). Keys, most specific first: `pcn`, `*cn`, `pc*`, `*c*`.
   */
  readonly ctx: ReadonlyMap<string, string>;
}

/** Built-in chunks for letters, used without a table or for letters the table lacks. */
const BASE: Readonly<Record<string, string>> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'u',
  ي: 'i',
  ء: '',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
  ژ: 'zh',
};

const ARABIC_LETTER = /[\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF]/;
const VOWEL_LETTERS = 'اوي';

/**
 * The letters of an Arabic word as {@link romanize} sees them: match-normalised, Arabic letters
 * only. Exported for the build script so that training and use agree.
 */
export function romanizeLetters(word: string): string {
  let s = '';
  for (const ch of normalizeMatch(word)) if (ARABIC_LETTER.test(ch)) s += ch;
  return s;
}

function baseChunk(letters: string, i: number): string {
  const c = letters[i] as string;
  if (c === 'و' || c === 'ي') {
    const next = letters[i + 1];
    const consonantal = i === 0 || (next !== undefined && VOWEL_LETTERS.includes(next));
    if (consonantal) return c === 'و' ? 'w' : 'y';
  }
  return BASE[c] ?? '';
}

/** Romanise one word of Arabic letters (as given by {@link romanizeLetters}) with the letter model. */
export function romanizeWordByLetters(letters: string, table?: RomanizeTable): string {
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] as string;
    const p = i === 0 ? '^' : (letters[i - 1] as string);
    const n = i === letters.length - 1 ? '$' : (letters[i + 1] as string);
    const ctx = table?.ctx;
    const chunk =
      ctx?.get(p + c + n) ?? ctx?.get('*' + c + n) ?? ctx?.get(p + c + '*') ?? ctx?.get('*' + c + '*') ?? baseChunk(letters, i);
    out += chunk;
  }
  return out;
}

function capitalise(w: string): string {
  return w === '' ? w : w[0]!.toUpperCase() + w.slice(1);
}

/**
 * Romanise an Arabic name (or any Arabic text) for display and for matching English forms:
 * each Arabic word is looked up in the table's whole-word dictionary (learned pairs), else
 * spelled letter by letter with the learned letter-in-context model (which supplies the short
 * vowels Arabic leaves out), else with a built-in letter map. Non-Arabic tokens are kept as
 * they are; words are capitalised. Never throws; '' for empty input.
 *
 * @example romanize('سيرغي لافروف', table) // 'Sergei Lavrov' with the shipped table
 */
export function romanize(arabic: string, table?: RomanizeTable): string {
  const out: string[] = [];
  for (const tok of normalizeMatch(arabic).split(/\s+/)) {
    if (tok === '') continue;
    if (!ARABIC_LETTER.test(tok)) {
      out.push(tok);
      continue;
    }
    const letters = romanizeLetters(tok);
    const word = table?.dict.get(letters) ?? romanizeWordByLetters(letters, table);
    out.push(capitalise(word));
  }
  return out.join(' ');
}
