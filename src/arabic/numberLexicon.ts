import { normalizeMatch } from './normalize.js';

/**
 * What a number word is, for the number grammar in `numbers.ts`.
 *
 * - `unit`: 0–10 (عشر/عشرة are also the tail of the teens, see {@link NumberWord.tail});
 * - `teenHead`: أحد/إحدى/اثنا/اثني…, only a number when the tail عشر/عشرة follows;
 * - `teen`: a one-word teen (colloquial حداشر, اتناشر…);
 * - `tens`: 20–90; `hundred`: 100–900 in one word;
 * - `scale`: ألف, مليون, مليار, تريليون in their singular, accusative, dual and plural forms;
 * - `vague`: عشرات, مئات (the plural scales are vague too when they stand alone);
 * - `few`: بضع/بضعة (three to nine);
 * - `fraction`: نصف, ربع, ثلث, ثلثا; `fractionPlural`: أرباع, أخماس… after a unit (ثلاثة أرباع);
 * - `ordinal`: أول … عاشر; `ordinalHead`: حادي, only with عشر or و + tens;
 * - `multiplier`: ضعف, ضعفين, أضعاف; `point`: فاصلة (decimal point).
 */
export type NumberWordKind =
  | 'unit'
  | 'teenHead'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'vague'
  | 'few'
  | 'fraction'
  | 'fractionPlural'
  | 'ordinal'
  | 'ordinalHead'
  | 'multiplier'
  | 'point';

/** Grammatical number of a scale or multiplier word. */
export type NumberWordForm = 'sg' | 'acc' | 'dual' | 'pl';

/** One entry of the number lexicon, keyed by its match-normalised form. */
export interface NumberWord {
  readonly kind: NumberWordKind;
  /** The value (for `scale`/`vague` the base: 1000 for ألف/آلاف, 10 for عشرات; for `fractionPlural` the denominator). */
  readonly value: number;
  /** Singular/accusative/dual/plural, for scales and multipliers. */
  readonly form?: NumberWordForm;
  /** عشر/عشرة: the tail of a teen (ثلاثة عشر). */
  readonly tail?: true;
  /** مئة/مائة/مية: can follow a unit as a separate word (ثلاث مئة). */
  readonly hundredWord?: true;
  /**
   * A colloquial form that is also a common MSA word (متين "solid", مية "water", تمن): a number
   * only inside a compound, or alone when the caller asks for colloquial numbers.
   */
  readonly colloquial?: true;
}

type Row = readonly [kind: NumberWordKind, value: number, words: string, extra?: Partial<Omit<NumberWord, 'kind' | 'value'>>];

// Words are written in ordinary spelling and normalised at load time, so that the keys always
// match `normalizeMatch` output (ة→ه, ى→ي, أ/إ/آ→ا).
const ROWS: readonly Row[] = [
  ['unit', 0, 'صفر'],
  ['unit', 1, 'واحد واحدة واحدا'],
  ['unit', 2, 'اثنان اثنين اثنتان اثنتين ثنتان ثنتين اتنين'],
  ['unit', 3, 'ثلاث ثلاثة تلات تلاتة'],
  ['unit', 4, 'أربع أربعة'],
  ['unit', 5, 'خمس خمسة'],
  ['unit', 6, 'ست ستة'],
  ['unit', 7, 'سبع سبعة'],
  ['unit', 8, 'ثمان ثماني ثمانية تمانية تمنية'],
  ['unit', 8, 'تمن', { colloquial: true }],
  ['unit', 9, 'تسع تسعة'],
  ['unit', 10, 'عشر عشرة', { tail: true }],
  ['teenHead', 1, 'أحد إحدى'],
  ['teenHead', 2, 'اثنا اثني اثنتا اثنتي'],
  ['teen', 11, 'حداشر احداشر'],
  ['teen', 12, 'اتناشر اطناشر'],
  ['teen', 13, 'تلتاشر تلطاشر'],
  ['teen', 14, 'اربعتاشر اربعطاشر'],
  ['teen', 15, 'خمستاشر خمسطاشر'],
  ['teen', 16, 'ستاشر سطاشر'],
  ['teen', 17, 'سبعتاشر سبعطاشر'],
  ['teen', 18, 'تمنتاشر تمنطاشر'],
  ['teen', 19, 'تسعتاشر تسعطاشر'],
  ['tens', 20, 'عشرون عشرين'],
  ['tens', 30, 'ثلاثون ثلاثين تلاتين'],
  ['tens', 40, 'أربعون أربعين'],
  ['tens', 50, 'خمسون خمسين'],
  ['tens', 60, 'ستون ستين'],
  ['tens', 70, 'سبعون سبعين'],
  ['tens', 80, 'ثمانون ثمانين تمانين'],
  ['tens', 90, 'تسعون تسعين'],
  ['hundred', 100, 'مئة مائة', { hundredWord: true }],
  ['hundred', 100, 'مية', { hundredWord: true, colloquial: true }],
  ['hundred', 200, 'مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي ميتين'],
  ['hundred', 200, 'متين', { colloquial: true }],
  ['hundred', 300, 'ثلاثمئة ثلاثمائة ثلثمئة ثلثمائة تلتمية تلاتمية'],
  ['hundred', 400, 'أربعمئة أربعمائة ربعمية اربعمية'],
  ['hundred', 500, 'خمسمئة خمسمائة خمسمية'],
  ['hundred', 600, 'ستمئة ستمائة ستمية'],
  ['hundred', 700, 'سبعمئة سبعمائة سبعمية'],
  ['hundred', 800, 'ثمانمئة ثمانمائة ثمنمئة ثمنمائة ثمانيمئة ثمانيمائة تمنمية تمانمية'],
  ['hundred', 900, 'تسعمئة تسعمائة تسعمية'],
  ['scale', 1e3, 'ألف', { form: 'sg' }],
  ['scale', 1e3, 'ألفا', { form: 'acc' }],
  ['scale', 1e3, 'ألفان ألفين ألفي', { form: 'dual' }],
  ['scale', 1e3, 'آلاف ألوف', { form: 'pl' }],
  ['scale', 1e6, 'مليون', { form: 'sg' }],
  ['scale', 1e6, 'مليونا', { form: 'acc' }],
  ['scale', 1e6, 'مليونان مليونين مليوني', { form: 'dual' }],
  ['scale', 1e6, 'ملايين', { form: 'pl' }],
  ['scale', 1e9, 'مليار بليون', { form: 'sg' }],
  ['scale', 1e9, 'مليارا بليونا', { form: 'acc' }],
  ['scale', 1e9, 'ملياران مليارين ملياري بليونان بليونين', { form: 'dual' }],
  ['scale', 1e9, 'مليارات بلايين', { form: 'pl' }],
  ['scale', 1e12, 'تريليون ترليون', { form: 'sg' }],
  ['scale', 1e12, 'تريليونا ترليونا', { form: 'acc' }],
  ['scale', 1e12, 'تريليونان تريليونين ترليونين', { form: 'dual' }],
  ['scale', 1e12, 'تريليونات ترليونات', { form: 'pl' }],
  ['vague', 10, 'عشرات'],
  ['vague', 100, 'مئات'],
  ['few', 3, 'بضع بضعة'],
  ['fraction', 1 / 2, 'نصف'],
  ['fraction', 1 / 4, 'ربع'],
  ['fraction', 1 / 3, 'ثلث'],
  ['fraction', 2 / 3, 'ثلثا ثلثي ثلثين'],
  ['fractionPlural', 3, 'أثلاث'],
  ['fractionPlural', 4, 'أرباع'],
  ['fractionPlural', 5, 'أخماس'],
  ['fractionPlural', 10, 'أعشار'],
  ['ordinal', 1, 'أول أولى'],
  ['ordinal', 2, 'ثاني ثان ثانية'],
  ['ordinal', 3, 'ثالث ثالثة'],
  ['ordinal', 4, 'رابع رابعة'],
  ['ordinal', 5, 'خامس خامسة'],
  ['ordinal', 6, 'سادس سادسة'],
  ['ordinal', 7, 'سابع سابعة'],
  ['ordinal', 8, 'ثامن ثامنة'],
  ['ordinal', 9, 'تاسع تاسعة'],
  ['ordinal', 10, 'عاشر عاشرة'],
  ['ordinalHead', 1, 'حادي حادية'],
  ['multiplier', 2, 'ضعف', { form: 'sg' }],
  ['multiplier', 2, 'ضعفان ضعفين ضعفي', { form: 'dual' }],
  // ضعفا is also the accusative of ضَعف "weakness": a multiplier only after a number (عشرين ضعفا).
  ['multiplier', 2, 'ضعفا', { form: 'acc' }],
  ['multiplier', 3, 'أضعاف', { form: 'pl' }],
  ['point', 0, 'فاصلة'],
];

function buildLexicon(): ReadonlyMap<string, NumberWord> {
  const m = new Map<string, NumberWord>();
  for (const [kind, value, words, extra] of ROWS) {
    for (const w of words.split(' ')) {
      const key = normalizeMatch(w);
      if (!m.has(key)) m.set(key, { kind, value, ...extra });
    }
  }
  return m;
}

/** The number lexicon: match-normalised word → entry. */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = buildLexicon();

/** A proclitic string that may precede a number word, and what it carries. */
export interface NumberProclitic {
  /** The normalised letters. */
  readonly letters: string;
  /** Starts with the conjunction و. */
  readonly conj: boolean;
  /** Contains the article (ال, or لل = ل + ال). */
  readonly def: boolean;
  /** How many letters to leave out of a mention's span (conjunctions and prepositions, not the article). */
  readonly skip: number;
}

function proclitic(letters: string): NumberProclitic {
  const def = letters.endsWith('ال') || letters.endsWith('لل');
  const skip = letters.endsWith('ال') ? letters.length - 2 : letters.length;
  return { letters, conj: letters.startsWith('و'), def, skip };
}

/** Proclitic strings, shortest first (the bare word is tried before any of them). */
// The preposition ك is left out: كمية "quantity" and كميات would read as ك + مية / مئات.
export const NUMBER_PROCLITICS: readonly NumberProclitic[] = [
  'و', 'ف', 'ب', 'ل',
  'ال', 'وب', 'ول', 'فب', 'فل', 'لل',
  'وال', 'فال', 'بال', 'ولل', 'فلل',
  'وبال', 'فبال',
].map(proclitic);

/** A word read as a number word: the entry and the proclitics in front of it. */
export interface NumberWordReading {
  readonly entry: NumberWord;
  /** The bare form (without proclitics). */
  readonly stem: string;
  readonly clitic: NumberProclitic | null;
}

const BARE: NumberProclitic = { letters: '', conj: false, def: false, skip: 0 };
const cache = new Map<string, NumberWordReading | null>();
const CACHE_LIMIT = 50_000;
/** Longest lexicon key plus the longest proclitic: no longer word can be a number word. */
const MAX_WORD = Math.max(...[...NUMBER_WORDS.keys()].map((k) => k.length)) + 4;

/** The last three code units of a string as one number (for the quick filter). */
function tail3(w: string): number {
  const n = w.length;
  return (w.charCodeAt(n - 3) * 0x10000 + w.charCodeAt(n - 2)) * 0x10000 + w.charCodeAt(n - 1);
}

/** Endings of the lexicon's keys: a word can only be a number word if it ends like one. */
const TAILS3 = new Set<number>();
const SHORT_KEYS = new Set<string>();
for (const k of NUMBER_WORDS.keys()) {
  if (k.length >= 3) TAILS3.add(tail3(k));
  else SHORT_KEYS.add(k);
}
const SHORT_TAIL = new Set<number>([...SHORT_KEYS].map((k) => k.charCodeAt(0) * 0x10000 + k.charCodeAt(1)));

/**
 * Read a match-normalised Arabic word as a number word, stripping proclitics (و ف ب ل ال
 * and their combinations) when the bare word is not in the lexicon. Two-letter stems (ست)
 * take only the conjunction و, so that لست "I am not" is not read as six; colloquial stems
 * (مية، متين) take no proclitic but و.
 */
export function readNumberWord(form: string): NumberWordReading | null {
  const len = form.length;
  if (len > MAX_WORD || len < 2) return null;
  // Quick filter without touching the cache: most words cannot end like a number word.
  if ((len < 3 || !TAILS3.has(tail3(form))) && !SHORT_TAIL.has(form.charCodeAt(len - 2) * 0x10000 + form.charCodeAt(len - 1))) return null;
  const hit = cache.get(form);
  if (hit !== undefined) return hit;
  let found: NumberWordReading | null = null;
  const bare = NUMBER_WORDS.get(form);
  if (bare) found = { entry: bare, stem: form, clitic: null };
  else {
    for (const p of NUMBER_PROCLITICS) {
      if (!form.startsWith(p.letters)) continue;
      const stem = form.slice(p.letters.length);
      if (stem.length < 2 || (stem.length === 2 && p.letters !== 'و')) continue;
      const e = NUMBER_WORDS.get(stem);
      if (e && !(e.colloquial && p.letters !== 'و')) {
        found = { entry: e, stem, clitic: p };
        break;
      }
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, found);
  return found;
}

/** The clitic of a reading, or the empty one. */
export function cliticOf(r: NumberWordReading): NumberProclitic {
  return r.clitic ?? BARE;
}
