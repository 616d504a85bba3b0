import { normalizeMatch } from './normalize.js';

/**
 * Learned data for {@link romanize} (built by `scripts/build-translit.ts`, loaded by
 * `loadTranslit()` in `src/models/translit.ts`).
 */
export interface RomanizeTable {
  /** Whole-word dictionary: Arabic letters (see {@link romanizeLetters}) → Latin (lower case). */
  readonly dict: ReadonlyMap<string, string>;
  /**
   * Letter-in-context model: candidate Latin chunks (the letter's consonant plus the vowels
   * written after it) with log probabilities, for an Arabic letter `c` given its neighbours
   * `p` and `n` (`^`/`$` at the word's edges). Keys, most specific first: `pcn`, `*cn`, `pc*`,
   * `*c*`.
   */
  readonly ctx: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  /** Latin character n-gram counts (orders 1–{@link RomanizeTable.order}, `^` padding, `$` end). */
  readonly lm: ReadonlyMap<string, number>;
  /** The n-gram order of {@link RomanizeTable.lm}. */
  readonly order: number;
  /** Weight of the n-gram model against the chunk model. */
  readonly lmWeight: number;
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

function candidates(letters: string, i: number, table: RomanizeTable): readonly (readonly [string, number])[] {
  const c = letters[i] as string;
  const p = i === 0 ? '^' : (letters[i - 1] as string);
  const n = i === letters.length - 1 ? '$' : (letters[i + 1] as string);
  const ctx = table.ctx;
  return ctx.get(p + c + n) ?? ctx.get('*' + c + n) ?? ctx.get(p + c + '*') ?? ctx.get('*' + c + '*') ?? [[baseChunk(letters, i), 0]];
}

/** Log probability of character `ch` after `history` under the table's n-gram model (stupid backoff). */
function lmScore(table: RomanizeTable, history: string, ch: string): number {
  let penalty = 0;
  for (let k = Math.min(history.length, table.order - 1); k >= 0; k--) {
    const h = history.slice(history.length - k);
    const num = table.lm.get(h + ch);
    if (num !== undefined) {
      const den = k === 0 ? (table.lm.get('') ?? 1) : (table.lm.get(h) ?? num);
      return penalty + Math.log(num / den);
    }
    penalty += Math.log(0.4);
  }
  return penalty + Math.log(1e-6);
}

const BEAM = 8;

/**
 * Romanise one word of Arabic letters (as given by {@link romanizeLetters}) with the letter
 * model: a beam search over the candidate chunks of each letter, scored by the chunk model and
 * the Latin n-gram model. Without a table, the built-in letter map.
 */
export function romanizeWordByLetters(letters: string, table?: RomanizeTable): string {
  if (table === undefined) {
    let out = '';
    for (let i = 0; i < letters.length; i++) out += baseChunk(letters, i);
    return out;
  }
  const pad = '^'.repeat(Math.max(0, table.order - 1));
  let beam: { text: string; score: number }[] = [{ text: pad, score: 0 }];
  for (let i = 0; i < letters.length; i++) {
    const next: { text: string; score: number }[] = [];
    const seen = new Map<string, number>();
    for (const hyp of beam) {
      for (const [chunk, lp] of candidates(letters, i, table)) {
        let s = hyp.score + lp;
        let text = hyp.text;
        for (const ch of chunk) {
          s += table.lmWeight * lmScore(table, text, ch);
          text += ch;
        }
        const prev = seen.get(text);
        if (prev !== undefined && prev >= s) continue;
        seen.set(text, s);
        next.push({ text, score: s });
      }
    }
    next.sort((a, b) => b.score - a.score);
    const dedup: { text: string; score: number }[] = [];
    for (const h of next) {
      if (seen.get(h.text) !== h.score) continue;
      dedup.push(h);
      seen.set(h.text, Number.NaN); // keep the first (best) copy only
      if (dedup.length >= BEAM) break;
    }
    beam = dedup;
  }
  let bestText = '';
  let bestScore = -Infinity;
  for (const h of beam) {
    const s = h.score + table.lmWeight * lmScore(table, h.text, '$');
    if (s > bestScore) [bestText, bestScore] = [h.text, s];
  }
  return bestText.slice(pad.length);
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
  for (const tok of arabic.split(/\s+/)) {
    if (tok === '') continue;
    const norm = normalizeMatch(tok).trim();
    if (norm === '') continue;
    if (!ARABIC_LETTER.test(norm)) {
      out.push(tok);
      continue;
    }
    const letters = romanizeLetters(tok);
    const word = table?.dict.get(letters) ?? romanizeWordByLetters(letters, table);
    out.push(capitalise(word));
  }
  return out.join(' ');
}
