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
  /**
   * Display names: Arabic letters of a word → its most attested English form in the
   * transliteration pairs (all of them, so it is for display by {@link romanizeName}, never for
   * evaluating {@link romanize}). Optional.
   */
  readonly names?: ReadonlyMap<string, string>;
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

/** True when the word's last Arabic letter is a ta marbuta (ة), which match normalisation turns into ه. */
function endsInTaMarbuta(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i] as string;
    if (c === 'ة' || c === 'ﺓ' || c === 'ﺔ') return true;
    if (ARABIC_LETTER.test(c)) return false;
  }
  return false;
}

/**
 * A romanised word whose Arabic ends in a ta marbuta ends in a (مدينة → madina, not madin or
 * madineh): a final h or e the model chose is replaced, and an a is added after a consonant.
 */
function taMarbutaEnding(latin: string): string {
  const base = latin.replace(/(?:eh|ah|h|e)$/u, '');
  if (base === '') return latin;
  return /[aiou]$/u.test(base) ? base + (base.endsWith('a') ? '' : 'a') : `${base}a`;
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
    const known = table?.dict.get(letters);
    const word = known ?? romanizeWordByLetters(letters, table);
    out.push(capitalise(known === undefined && endsInTaMarbuta(tok) ? taMarbutaEnding(word) : word));
  }
  return out.join(' ');
}

/** Arabic letters of the compound head عبد (عبدالعزيز, عبد الله). */
const ABD = 'عبد';

/**
 * The display form of one Arabic word of a name: for a word with the article whose rest is a
 * display name, `al-` and that name (الفيصل → al-Faisal); else the most attested English form
 * of the word in the table's display names ({@link RomanizeTable.names}); else for a joined
 * `عبدال…` compound the form of عبد joined to the rest without its article (عبدالعزيز →
 * Abdulaziz, عبدالله → Abdullah); else `al-` and the romanised rest; else {@link romanize}. Never throws; '' for a word without letters.
 */
export function romanizeNameWord(word: string, table?: RomanizeTable): string {
  const letters = romanizeLetters(word);
  if (letters === '') return romanize(word, table);
  const names = table?.names;
  const article = letters.startsWith('ال') && letters.length > 4;
  const restHit = article ? names?.get(letters.slice(2)) : undefined;
  if (restHit !== undefined) return `al-${capitalise(restHit)}`;
  const hit = names?.get(letters);
  if (hit !== undefined) return capitalise(hit);
  if (letters.startsWith(ABD + 'ال') && letters.length > 6) {
    const head = names?.get(ABD) ?? 'abdul';
    const restLetters = letters.slice(5);
    // عبدالله: the theophoric compound reads -ullah, not -ul + a romanised لـه.
    if (restLetters === 'له') return capitalise(head.endsWith('l') ? `${head}lah` : `${head}ullah`);
    const rest = names?.get(restLetters) ?? romanize(restLetters, table).toLowerCase();
    return capitalise(`${head}${rest}`);
  }
  if (article) {
    const restLetters = letters.slice(2);
    const rest = romanize(endsInTaMarbuta(word) ? `${restLetters.slice(0, -1)}ة` : restLetters, table);
    // A doubled l read by the model (Allah) is no article.
    if (!/^[ae]ll/iu.test(romanize(word, table))) return `al-${capitalise(rest)}`;
  }
  return romanize(word, table);
}

/**
 * The display form of a name: {@link romanizeNameWord} word by word, a spaced `عبد ال…` written
 * as one compound (عبد الله → Abdullah); a leading `al-` capitalised. Non-Arabic words are kept.
 *
 * @example romanizeName('عبد العزيز', table) // 'Abdulaziz' with display names
 */
export function romanizeName(name: string, table?: RomanizeTable): string {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (romanizeLetters(w) === ABD && next !== undefined && romanizeLetters(next).startsWith('ال')) {
      out.push(romanizeNameWord(w + next, table));
      i++;
      continue;
    }
    const r = romanizeNameWord(w, table);
    if (r !== '') out.push(r);
  }
  return out.join(' ').replace(/^al-/u, 'Al-');
}
