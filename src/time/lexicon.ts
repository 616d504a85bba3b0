/**
 * Words of Arabic temporal expressions, in match-normalised form (أ/إ/آ→ا, ة→ه, ى→ي, no
 * diacritics), written for Marsad. Number words cover what times and dates need (1–99,
 * cardinals and ordinals, masculine and feminine).
 */

/** A time unit. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

import { normalizeMatch } from '../arabic/normalize.js';

const set = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean).map((w) => normalizeMatch(w)));
/** A record with match-normalised keys. */
const norm = <T>(r: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [normalizeMatch(k), v]));
const normMap = <T>(m: Map<string, T>): ReadonlyMap<string, T> => new Map([...m].map(([k, v]) => [normalizeMatch(k), v]));

const CARDINAL_UNITS: Record<string, number> = norm({
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  احد: 1,
  احدي: 1,
});
const ORDINAL_UNITS: Record<string, number> = norm({
  اول: 1,
  اولي: 1,
  حادي: 1,
  حاديه: 1,
  ثاني: 2,
  ثان: 2,
  ثانيه: 2,
  ثالث: 3,
  ثالثه: 3,
  رابع: 4,
  رابعه: 4,
  خامس: 5,
  خامسه: 5,
  سادس: 6,
  سادسه: 6,
  سابع: 7,
  سابعه: 7,
  ثامن: 8,
  ثامنه: 8,
  تاسع: 9,
  تاسعه: 9,
  عاشر: 10,
  عاشره: 10,
});
const TENS: Record<string, number> = norm({
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
});
const HUNDREDS: Record<string, number> = norm({ مئه: 100, مائه: 100, مئتين: 200, مئتان: 200, مائتين: 200, مائتان: 200 });

/** A number word's reading. */
export interface NumberWord {
  readonly value: number;
  readonly ordinal: boolean;
}

function readNumberWord(w: string): NumberWord | undefined {
  const bare = w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
  const definite = bare !== w;
  const o = ORDINAL_UNITS[bare];
  if (o !== undefined) return { value: o, ordinal: true };
  const c = CARDINAL_UNITS[bare];
  if (c !== undefined && !(definite && (bare === 'احد' || bare === 'احدي'))) return { value: c, ordinal: false };
  const t = TENS[bare];
  if (t !== undefined) return { value: t, ordinal: definite };
  const h = HUNDREDS[bare];
  if (h !== undefined) return { value: h, ordinal: false };
  return undefined;
}

/** Every number word, with and without ال, and its reading (looked up once per word). */
const NUMBER_WORDS = new Map<string, NumberWord>();
for (const k of [...Object.keys(ORDINAL_UNITS), ...Object.keys(CARDINAL_UNITS), ...Object.keys(TENS), ...Object.keys(HUNDREDS)])
  for (const w of [k, `ال${k}`]) {
    const r = readNumberWord(w);
    if (r) NUMBER_WORDS.set(w, r);
  }

/** Reading of one number word (with or without the article ال), or undefined. */
export function numberWord(w: string): NumberWord | undefined {
  return NUMBER_WORDS.get(w);
}

/** True when `w` is a tens word (عشرون …), with or without ال. */
export function tensWord(w: string): number | undefined {
  const r = NUMBER_WORDS.get(w);
  return r && r.value >= 20 && r.value % 10 === 0 && r.value < 100 ? r.value : undefined;
}

/** Words that make a number "teen" after a unit (ثلاثة عشر). */
export const TEEN = set('عشر عشره');

/** Unit nouns: singular, plural and dual forms → unit and count (dual = 2). */
export const UNIT_WORDS: ReadonlyMap<string, { unit: Unit; n?: number; plural?: boolean }> = normMap(new Map<
  string,
  { unit: Unit; n?: number; plural?: boolean }
>([
  ...['ثانيه', 'ثواني', 'ثوان', 'الثانيه', 'الثواني'].map((w) => [w, { unit: 'second' as Unit }] as const),
  ['ثانيتين', { unit: 'second', n: 2 }],
  ['ثانيتان', { unit: 'second', n: 2 }],
  ['لحظه', { unit: 'second' }],
  ...['دقيقه', 'دقائق', 'دقايق', 'الدقيقه', 'الدقائق'].map((w) => [w, { unit: 'minute' as Unit }] as const),
  ['دقيقتين', { unit: 'minute', n: 2 }],
  ['دقيقتان', { unit: 'minute', n: 2 }],
  ...['ساعه', 'ساعات', 'الساعات'].map((w) => [w, { unit: 'hour' as Unit }] as const),
  ['ساعتين', { unit: 'hour', n: 2 }],
  ['الساعتين', { unit: 'hour', n: 2 }],
  ['اليومين', { unit: 'day', n: 2 }],
  ['الاسبوعين', { unit: 'week', n: 2 }],
  ['الشهرين', { unit: 'month', n: 2 }],
  ['العامين', { unit: 'year', n: 2 }],
  ['السنتين', { unit: 'year', n: 2 }],
  ['ساعتان', { unit: 'hour', n: 2 }],
  ...['يوم', 'ايام', 'الايام', 'يوما'].map((w) => [w, { unit: 'day' as Unit }] as const),
  ['يومين', { unit: 'day', n: 2 }],
  ['يومان', { unit: 'day', n: 2 }],
  ...['اسبوع', 'اسابيع', 'الاسابيع', 'اسبوعا'].map((w) => [w, { unit: 'week' as Unit }] as const),
  ['اسبوعين', { unit: 'week', n: 2 }],
  ['اسبوعان', { unit: 'week', n: 2 }],
  ...['شهر', 'اشهر', 'شهور', 'الاشهر', 'الشهور', 'شهرا'].map((w) => [w, { unit: 'month' as Unit }] as const),
  ['شهرين', { unit: 'month', n: 2 }],
  ['شهران', { unit: 'month', n: 2 }],
  ...['سنه', 'سنوات', 'سنين', 'السنوات', 'عام', 'اعوام', 'الاعوام', 'عاما', 'سنه'].map(
    (w) => [w, { unit: 'year' as Unit }] as const,
  ),
  ['سنتين', { unit: 'year', n: 2 }],
  ['سنتان', { unit: 'year', n: 2 }],
  ['عامين', { unit: 'year', n: 2 }],
  ['عامان', { unit: 'year', n: 2 }],
  ...['عقد', 'عقود', 'عقدا'].map((w) => [w, { unit: 'decade' as Unit }] as const),
  ['عقدين', { unit: 'decade', n: 2 }],
  ...['قرن', 'قرون', 'قرنا'].map((w) => [w, { unit: 'century' as Unit }] as const),
  ['قرنين', { unit: 'century', n: 2 }],
]));

/** Explicit "past" markers after a unit or name. */
export const PAST = set('الماضي الماضيه الماض السابق السابقه المنصرم المنصرمه الفائت الفائته المنقضي الفارط الفارطه الماضيين الماضيتين الاخيرين الاخيرتين');
/** Explicit "next" markers. */
export const NEXT = set('القادم القادمه المقبل المقبله التالي التاليه الجاي الجايه الآتي الاتي المقبلين المقبلتين القادمين القادمتين');
/** "This/current" markers. */
export const THIS = set('الحالي الحاليه الجاري الجاريه');
/** "Last (in a sequence)" words. */
export const LAST_WORDS = set('اخر الاخير الاخيره');
/** "Recent" words: الأسابيع الأخيرة. */
export const RECENT = set('الاخيره الاخير');

/** Words for "now". */
export const NOW = set('الان حالا الحين');
/** Yesterday. */
export const YESTERDAY = set('امس الامس البارحه امبارح');
/** Tomorrow. */
export const TOMORROW = set('غدا غد الغد بكره بكرا');

/** Day parts, with the hour range they imply. */
export const DAY_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'noon' | 'night'> = normMap(new Map<string, 'am' | 'pm' | 'noon' | 'night'>([
  ['صباحا', 'am'],
  ['صباح', 'am'],
  ['الصباح', 'am'],
  ['الصبح', 'am'],
  ['صبحا', 'am'],
  ['فجرا', 'am'],
  ['الفجر', 'am'],
  ['فجر', 'am'],
  ['ص', 'am'],
  ['ظهرا', 'noon'],
  ['الظهر', 'noon'],
  ['عصرا', 'pm'],
  ['العصر', 'pm'],
  ['مساء', 'pm'],
  ['مساءا', 'pm'],
  ['المساء', 'pm'],
  ['م', 'pm'],
  ['ليلا', 'night'],
  ['الليل', 'night'],
  ['العشاء', 'pm'],
  ['المغرب', 'pm'],
  ['مغربا', 'pm'],
]));

/** Vague quantity words: بضعة أيام, عدة أشهر. */
export const FEW = set('بضعه بضع عده');
/** Approximation words before a number or unit. */
export const APPROX = set('نحو حوالي قرابه زهاء قرابة تقريبا بحدود حدود');
