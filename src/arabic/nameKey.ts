import { normalizeMatch } from './normalize.js';

/**
 * Rules for {@link nameKey}. The defaults ({@link DEFAULT_NAME_KEY_RULES}) were chosen on the
 * build half of the Wikidata/Google transliteration data (see `scripts/eval-namekeys.ts`);
 * other settings exist so that the trade-off can be measured.
 */
export interface NameKeyRules {
  /**
   * Letter classes: each letter in a key is replaced by its class representative. Letters not
   * listed stand for themselves. A learned table ({@link NameKeyTable}) may supply this.
   */
  readonly classes: Readonly<Record<string, string>>;
  /** Medial vowel letters (of ا و ي) that are dropped, because outlets write them or leave them out. */
  readonly dropMedial: string;
  /** Drop a word-final vowel letter (ا و ي) too (so كوريا = كوري). */
  readonly dropFinal: boolean;
  /** Drop a leading article ال when at least three letters remain (so المهدي = مهدي). */
  readonly stripArticle: boolean;
  /** Word-final ه after a consonant spells a final e like ي does (كاته = كاتي). */
  readonly finalHeAsYa: boolean;
  /** Drop ع (often written or left out in names of Arabic origin written by foreign sources). */
  readonly dropAin: boolean;
}

/**
 * Default letter classes: the spellings Arabic outlets use for one foreign sound.
 *
 * - g/k: ج غ ك ق and Persian گ (كوانغ / جوانج, سيرغي / سيرجي, جونغ / جونج);
 * - t: ت ط ث (ث for "th": كاثرين / كاترين); d: د ض;
 * - s/z: س ص ز ذ ظ (لوبيز / لوبيس, هيرتز / هيرتس);
 * - Persian letters: پ→ب, ڤ→ف, چ→ش (as تش, see {@link nameKey}), ژ→ك (with ج).
 *
 * ح, ه, ع and the other letters stand for themselves: they separate names of Arabic origin
 * (حسن, عباس) and are stable in foreign names. Measured on the build half (see
 * `scripts/eval-namekeys.ts --tune`): ث with ت beats ث with س, and merging ز with س adds about
 * four points of recall for a barely measurable rise in false merges.
 */
export const DEFAULT_CLASSES: Readonly<Record<string, string>> = {
  ج: 'ك',
  غ: 'ك',
  ق: 'ك',
  گ: 'ك',
  ژ: 'ك',
  ط: 'ت',
  ث: 'ت',
  ض: 'د',
  ص: 'س',
  ز: 'س',
  ذ: 'س',
  ظ: 'س',
  پ: 'ب',
  ڤ: 'ف',
  چ: 'ش',
};

/** The default rules of {@link nameKey}. */
export const DEFAULT_NAME_KEY_RULES: NameKeyRules = {
  classes: DEFAULT_CLASSES,
  dropMedial: 'اوي',
  dropFinal: false,
  stripArticle: true,
  finalHeAsYa: true,
  dropAin: false,
};

/** Learned data for {@link nameKey} (see `src/models/translit.ts`). */
export interface NameKeyTable {
  /** Letter classes learned from variant spellings; replaces {@link DEFAULT_CLASSES}. */
  readonly classes?: Readonly<Record<string, string>>;
}

const ARABIC_LETTER = /[\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF]/;

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || code === 0x067e || code === 0x0686 || code === 0x0698 || code === 0x06a4 || code === 0x06af;
}
const VOWELS = 'اوي';
const TOKEN_SPLIT = /[\s\-‐-―_/.,;:!?()[\]{}"'«»“”‘’`|]+/u;

/** Fold a Latin token: lower case, no diacritics, letters and digits only. */
function latinToken(t: string): string {
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The key of one token (already match-normalised). Exported for the evaluation script; use
 * {@link nameKeyTokens}.
 */
export function tokenKey(token: string, rules: NameKeyRules = DEFAULT_NAME_KEY_RULES): string {
  if (!ARABIC_LETTER.test(token)) return latinToken(token);
  // Arabic letters only (digits and Latin inside an Arabic token are dropped).
  let s = '';
  for (let i = 0; i < token.length; i++) if (isArabicLetter(token.charCodeAt(i))) s += token[i];
  if (rules.stripArticle && s.startsWith('ال') && s.length >= 5) s = s.slice(2);
  // Digraphs for one foreign sound.
  s = s.replace(/تش/g, 'ش').replace(/دج/g, 'ج');
  // Lone hamza carries no letter.
  s = s.replace(/ء/g, '');
  if (rules.dropAin) s = s.replace(/ع/g, '');
  // Word-final ه after a vowel letter (أندريه = أندري, كافاناه = كافانا).
  s = s.replace(/([اوي])ه$/, '$1');
  if (rules.dropFinal && s.length > 2) s = s.replace(/ه$/, '');
  else if (rules.finalHeAsYa && s.length > 2) s = s.replace(/ه$/, 'ي');
  if (s === '') return '';
  const letters = [...s];
  let out = '';
  let prev = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] as string;
    const next = letters[i + 1];
    if (VOWELS.includes(ch)) {
      const initial = i === 0;
      const final = next === undefined;
      // و and ي before another vowel letter, or at the start, are consonants (w, v, y).
      const consonantal = ch !== 'ا' && (initial || (next !== undefined && VOWELS.includes(next)));
      if (!consonantal) {
        if (final ? rules.dropFinal : !initial && rules.dropMedial.includes(ch)) continue;
        if (initial && ch === 'ا' && letters.length > 1) continue; // initial alef is a vowel seat
      }
    }
    const c = rules.classes[ch] ?? ch;
    if (c === prev) continue; // doubled letters (and letters that fold to the same class)
    out += c;
    prev = c;
  }
  return out;
}

/**
 * Split a name into tokens (on spaces, hyphens and punctuation) after match-level
 * normalisation. Empty tokens are dropped.
 */
export function nameTokens(name: string): string[] {
  return normalizeMatch(name)
    .split(TOKEN_SPLIT)
    .filter((t) => t !== '');
}

function rulesFor(table: NameKeyTable | undefined, rules: NameKeyRules | undefined): NameKeyRules {
  const r = rules ?? DEFAULT_NAME_KEY_RULES;
  return table?.classes !== undefined ? { ...r, classes: table.classes } : r;
}

/**
 * The per-token keys of a name (see {@link nameKey}); tokens whose key is empty are dropped.
 *
 * @example nameKeyTokens('كيم جونغ أون') // three keys, the last equal to nameKeyTokens('اون')[0]
 */
export function nameKeyTokens(name: string, table?: NameKeyTable, rules?: NameKeyRules): string[] {
  const r = rulesFor(table, rules);
  const out: string[] = [];
  for (const t of nameTokens(name)) {
    const k = tokenKey(t, r);
    if (k !== '') out.push(k);
  }
  return out;
}

/**
 * A key for an Arabic rendering of a (foreign) name, equal for the spelling variants Arabic
 * outlets use and (mostly) different for different names.
 *
 * Per token, after match-level normalisation (diacritics, tatweel, hamza seats, ة→ه, ى→ي):
 * a leading article ال is dropped when three or more letters remain (الشمالية = شمالية); تش→ش,
 * دج→ج; a lone ء is dropped; final ه after a vowel letter is dropped (أندريه = أندري, and so a
 * feminine nisba الشمالية = الشمالي); the first letter and final vowel letters are kept, a
 * medial ا/و/ي that is a vowel (not before another vowel letter) is dropped, as is an initial
 * alef seat (أوكرانيا = اوكرانيا = اكرانيا); letters fold to classes ({@link DEFAULT_CLASSES});
 * doubled letters collapse. Token keys are concatenated **without** a separator so that names
 * written split or joined agree (بيونغ يانغ = بيونغيانغ); use {@link nameKeyTokens} for the
 * per-token keys and {@link nameKeyMatches} to compare a short form with a long form.
 * Latin tokens are kept lower-cased without diacritics. Never throws; returns '' when the name
 * has no letters.
 *
 * Article and nisba: the article goes because outlets write Arabic-origin surnames with and
 * without it (العطار / عطار); a foreign name that starts with ال (البرت) loses it too, which is
 * harmless because every spelling loses it alike. Final vowel letters are kept, so كوريا ≠ كوري,
 * but the feminine ending folds onto the masculine (الشمالية = الشمالي). Measured trade-offs of
 * each rule: `npx tsx scripts/eval-namekeys.ts --tune`.
 */
export function nameKey(name: string, table?: NameKeyTable, rules?: NameKeyRules): string {
  return nameKeyTokens(name, table, rules).join('');
}

/** Result of {@link nameKeyMatches}. */
export type NameKeyMatch = 'same' | 'contained' | 'different';

/**
 * Compare two names by their keys: `same` when the keys are equal; `contained` when the
 * shorter name's token keys appear as a contiguous run of the longer name's token keys (or, for
 * a name written joined, when its key equals the concatenation of such a run) — e.g. a surname
 * alone against a full name; otherwise `different`. Empty names are `different` from
 * everything.
 */
export function nameKeyMatches(a: string, b: string, table?: NameKeyTable, rules?: NameKeyRules): NameKeyMatch {
  const ta = nameKeyTokens(a, table, rules);
  const tb = nameKeyTokens(b, table, rules);
  if (ta.length === 0 || tb.length === 0) return 'different';
  const ka = ta.join('');
  const kb = tb.join('');
  if (ka === kb) return 'same';
  const [short, long] = ka.length <= kb.length ? [ka, tb] : [kb, ta];
  for (let i = 0; i < long.length; i++) {
    let acc = '';
    for (let j = i; j < long.length; j++) {
      acc += long[j];
      if (acc === short) return 'contained';
      if (acc.length >= short.length) break;
    }
  }
  return 'different';
}
