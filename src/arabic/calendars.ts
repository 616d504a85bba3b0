import { normalize, normalizeMatch, type Normalized } from './normalize.js';
import { GREGORIAN_MONTH_NAMES, UQ_FIRST_YEAR, UQ_MONTH_MASKS, UQ_YEAR_STARTS, WEEKDAY_NAMES } from './calendarData.js';

/** A calendar date (month 1–12, day 1–31). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A Gregorian date converted from a Hijri one, with how it was obtained. */
export interface ConvertedDate extends CalendarDate {
  /**
   * `umalqura`: from the Umm al-Qura table (1300–1500 AH); `tabular`: the arithmetic Islamic
   * calendar (outside the table; may be a day or two off); `overflow`: day 30 of a 29-day month
   * in the Umm al-Qura table, taken as the day after the 29th (local sighting often differs).
   */
  readonly method: 'umalqura' | 'tabular' | 'overflow';
}

// --- day numbers -------------------------------------------------------------------------

/** Days since 1970-01-01 of a proleptic Gregorian date (no validation). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The Gregorian date of a day number (days since 1970-01-01). */
export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Number of days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day is a real Gregorian date (years 1–9999). */
export function isValidGregorian(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Day of the week of a Gregorian date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

// --- Hijri -------------------------------------------------------------------------------

const UQ_LAST_YEAR = UQ_FIRST_YEAR + UQ_YEAR_STARTS.length - 1;
/** Day number of 1 Muharram 1 AH in the tabular (civil) Islamic calendar (16 July 622 Julian). */
const TABULAR_EPOCH = dayNumber(622, 7, 19);

function tabularToDay(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + TABULAR_EPOCH - 1;
}

function uqMonthLength(y: number, m: number): number {
  const mask = UQ_MONTH_MASKS[y - UQ_FIRST_YEAR] ?? 0;
  return mask & (1 << (m - 1)) ? 30 : 29;
}

/** Length (29 or 30) of a Hijri month in the Umm al-Qura table, or of the tabular calendar outside it. */
export function hijriMonthLength(year: number, month: number): number {
  if (year >= UQ_FIRST_YEAR && year <= UQ_LAST_YEAR) return uqMonthLength(year, month);
  return tabularToDay(year, month + 1, 1) - tabularToDay(year, month, 1);
}

/**
 * Convert a Hijri date to Gregorian: Umm al-Qura for 1300–1500 AH (table built from ICU by
 * `scripts/build-calendars.ts`), the tabular Islamic calendar outside. Returns `null` for an
 * impossible date (month outside 1–12, day outside 1–30, year < 1). Day 30 of a month that has
 * 29 days in the table is accepted as the following day (`method: 'overflow'`), as dateparser does.
 */
export function hijriToGregorian(year: number, month: number, day: number): ConvertedDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || month < 1 || month > 12 || day < 1 || day > 30)
    return null;
  if (year >= UQ_FIRST_YEAR && year <= UQ_LAST_YEAR) {
    let n = UQ_YEAR_STARTS[year - UQ_FIRST_YEAR] ?? 0;
    for (let m = 1; m < month; m++) n += uqMonthLength(year, m);
    const method = day > uqMonthLength(year, month) ? 'overflow' : 'umalqura';
    return { ...fromDayNumber(n + day - 1), method };
  }
  return { ...fromDayNumber(tabularToDay(year, month, day)), method: 'tabular' };
}

/** Convert a Gregorian date to Hijri (Umm al-Qura inside 1300–1500 AH, tabular outside); `null` if invalid. */
export function gregorianToHijri(year: number, month: number, day: number): CalendarDate | null {
  if (!isValidGregorian(year, month, day)) return null;
  const n = dayNumber(year, month, day);
  const first = UQ_YEAR_STARTS[0] ?? 0;
  const lastStart = UQ_YEAR_STARTS[UQ_YEAR_STARTS.length - 1] ?? 0;
  if (n >= first && n < lastStart + 355) {
    let i = UQ_YEAR_STARTS.length - 1;
    while (i > 0 && (UQ_YEAR_STARTS[i] ?? 0) > n) i--;
    let rest = n - (UQ_YEAR_STARTS[i] ?? 0);
    const y = UQ_FIRST_YEAR + i;
    for (let m = 1; m <= 12; m++) {
      const len = uqMonthLength(y, m);
      if (rest < len) return { year: y, month: m, day: rest + 1 };
      rest -= len;
    }
  }
  // tabular
  let y = Math.floor(((n - TABULAR_EPOCH) * 30) / 10631) + 1;
  while (tabularToDay(y + 1, 1, 1) <= n) y++;
  while (tabularToDay(y, 1, 1) > n) y--;
  let m = 1;
  while (m < 12 && tabularToDay(y, m + 1, 1) <= n) m++;
  return { year: y, month: m, day: n - tabularToDay(y, m, 1) + 1 };
}

// --- names -------------------------------------------------------------------------------

const key = (w: string): string => normalizeMatch(w).replace(/\s+/g, ' ').trim();

const GREGORIAN = new Map<string, number>();
for (const [name, month] of GREGORIAN_MONTH_NAMES) GREGORIAN.set(key(name), month);

/** Hijri month names (Marsad's list, with common spellings), month number. */
const HIJRI_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['محرم', 1],
  ['المحرم', 1],
  ['محرّم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3],
  ['ربيع أول', 3],
  ['ربيع الاول', 3],
  ['ربيع الآخر', 4],
  ['ربيع الاخر', 4],
  ['ربيع الثاني', 4],
  ['ربيع ثاني', 4],
  ['ربيع آخر', 4],
  ['جمادى الأولى', 5],
  ['جمادى الأول', 5],
  ['جمادي الأولى', 5],
  ['جمادى الاولى', 5],
  ['جمادى أول', 5],
  ['جمادى الآخرة', 6],
  ['جمادى الآخر', 6],
  ['جمادى الثانية', 6],
  ['جمادى الثاني', 6],
  ['جمادى الأخرى', 6],
  ['جمادى آخر', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعدة', 11],
  ['ذي القعدة', 11],
  ['ذا القعدة', 11],
  ['ذوالقعدة', 11],
  ['ذو القعده', 11],
  ['ذو الحجة', 12],
  ['ذي الحجة', 12],
  ['ذا الحجة', 12],
  ['ذوالحجة', 12],
];
const HIJRI = new Map<string, number>();
for (const [name, month] of HIJRI_NAMES) HIJRI.set(key(name), month);

/** Weekday names beyond dateparser's (without the article, spoken/short forms). */
const WEEKDAY_EXTRA: ReadonlyArray<readonly [string, number]> = [
  ['أحد', 0],
  ['الاحد', 0],
  ['اثنين', 1],
  ['الاتنين', 1],
  ['إثنين', 1],
  ['ثلاثاء', 2],
  ['الثلاثا', 2],
  ['ثلاثا', 2],
  ['أربعاء', 3],
  ['الاربعا', 3],
  ['اربعا', 3],
  ['خميس', 4],
  ['جمعة', 5],
  ['سبت', 6],
];
const WEEKDAY = new Map<string, number>();
for (const [name, d] of [...WEEKDAY_NAMES, ...WEEKDAY_EXTRA]) WEEKDAY.set(key(name), d);

/** Gregorian month (1–12) for a month name in any Arabic convention (يناير, كانون الثاني, جانفي, يوليوز …). */
export function gregorianMonth(word: string): number | undefined {
  return GREGORIAN.get(key(word));
}

/** Hijri month (1–12) for a Hijri month name (محرم … ذو الحجة, with spelling variants). */
export function hijriMonth(word: string): number | undefined {
  return HIJRI.get(key(word));
}

/** Day of the week (0 = Sunday … 6 = Saturday) for a weekday name, with or without the article. */
export function weekday(word: string): number | undefined {
  return WEEKDAY.get(key(word));
}

/** {@link hijriMonth} for a word that is already match-normalised with single spaces (no normalisation cost). */
export function hijriMonthNormalized(word: string): number | undefined {
  return HIJRI.get(word);
}

/** {@link weekday} for a word that is already match-normalised (no normalisation cost). */
export function weekdayNormalized(word: string): number | undefined {
  return WEEKDAY.get(word);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
const alternation = (names: Iterable<string>): string =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

/** Regex source (for match-normalised text) matching any Gregorian month name; no boundaries, no groups. */
export const GREGORIAN_MONTH_RE = alternation(GREGORIAN.keys());
/** Regex source (for match-normalised text) matching any Hijri month name. */
export const HIJRI_MONTH_RE = alternation(HIJRI.keys());
/** Regex source (for match-normalised text) matching any weekday name. */
export const WEEKDAY_RE = alternation(WEEKDAY.keys());

// --- absolute date finder ----------------------------------------------------------------

/** A date (and time) written in full in a text. */
export interface DateMention {
  /** Offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** The original text of the mention. */
  readonly text: string;
  /** ISO 8601 local value: `2024-12-03`, `2024-12-03T06:45`, `2024-12`, `2024-12-03T06:45:10`. */
  readonly value: string;
  readonly grain: 'month' | 'day' | 'minute' | 'second';
  /** The calendar(s) the date was written in (`both`: `… هـ الموافق … م`). */
  readonly calendar: 'gregorian' | 'hijri' | 'both';
  /** The Hijri date as written, for Hijri mentions. */
  readonly hijri?: CalendarDate;
  /** How sure the reading is (0..1): numeric dates with unmarked calendars score lower. */
  readonly confidence: number;
  /** Notes on the reading (`hijri-overflow`, `hijri-tabular`, `hijri-gregorian-disagree`, `year-2-digit`). */
  readonly notes: readonly string[];
}

/** Something that looked like a date but is not a possible one. */
export interface RejectedDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Why: `impossible-date`, `impossible-hijri-date`, `year-out-of-range`, `impossible-time`. */
  readonly reason: string;
}

/** Options for {@link scanArabicDates}. */
export interface DateScanOptions {
  /**
   * Calendar of numeric dates that carry no marker (`هـ`/`م`): `auto` (default) reads years
   * 1300–1500 as Hijri and the rest as Gregorian; `hijri` reads them all as Hijri (two-digit
   * years as 14xx, or 13xx when nearer), as dateparser's Hijri mode does.
   */
  readonly numericCalendar?: 'auto' | 'hijri' | 'gregorian';
  /** Hijri year two-digit Hijri years are read against (default 1447): 14yy unless that is > ref + 10. */
  readonly hijriReferenceYear?: number;
  /** Lowest accepted Gregorian year (default 1800). */
  readonly minYear?: number;
  /** Highest accepted Gregorian year (default 2200). */
  readonly maxYear?: number;
}

const L = '\\u0621-\\u064a';
const NB = `(?<![${L}])`; // not after a letter
const NA = `(?![${L}])`; // not before a letter
const DAY = '(\\d{1,2})';
const HMARK = `(?:\\s*(?:هـ|ه|ھ)${NA}\\.?)`;
const GMARK = `(?:\\s*م${NA}\\.?)`;
const WD = `(?:(?:يوم\\s+)?(?:${WEEKDAY_RE})${NA}\\s*,?\\s*)?`;
const GM = `((?:${GREGORIAN_MONTH_RE})${NA}(?:\\s*[/\\\\(-]\\s*(?:${GREGORIAN_MONTH_RE})${NA}\\s*\\)?)?)`;
const HM = `((?:${HIJRI_MONTH_RE})${NA})`;
const TIME = `(?:\\s*,?\\s*(?:-\\s*)?(?:الساعه\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)(?:\\s*(صباحا|صباح|ص|مساءا|مساء|م|ظهرا|عصرا|ليلا|am|pm|a\\.m\\.|p\\.m\\.)${NA})?)?`;

const GREG_NAMED = new RegExp(
  `${NB}${WD}${DAY}\\s*(?:من\\s+)?(?:شهر\\s+)?${GM}\\s*,?\\s*(\\d{4})${NA}(?!\\d)${GMARK}?${TIME}`,
  'gy',
);
const GREG_NAMED_MDY = new RegExp(`${NB}${WD}${GM}\\s+${DAY}\\s*,\\s*(\\d{4})(?!\\d)${TIME}`, 'gy');
const GREG_MONTH_YEAR = new RegExp(`${NB}(?:شهر\\s+)?${GM}\\s*,?\\s*(\\d{4})(?!\\d)${GMARK}?`, 'gy');
const HIJRI_NAMED = new RegExp(
  `${NB}${WD}${DAY}\\s*(?:من\\s+)?(?:شهر\\s+)?${HM}\\s*,?\\s*(\\d{3,4})(?!\\d)${HMARK}?${TIME}`,
  'gy',
);
const NUM_DMY = new RegExp(
  `(?<![\\d./:-])${WD}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)(${HMARK}|${GMARK})?${TIME}`,
  'gy',
);
const NUM_YMD = new RegExp(
  `(?<![\\d./:-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|[./-]\\d)(${HMARK}|${GMARK})?(?:(?:t|\\s*,?\\s*)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(z|[+-]\\d{2}:?\\d{2})?(?!\\d))?`,
  'gy',
);
const WEEKDAY_PREFIX = new RegExp(`^(?:يوم\\s+)?(${WEEKDAY_RE})${NA}`);
const MUWAFIQ = /\s*[,(]?\s*(?:-\s*)?(?:ال)?موافق\s*(?:ل\s*)?/y;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

interface Raw {
  s: number;
  e: number;
  date: CalendarDate | null;
  grain: DateMention['grain'];
  calendar: DateMention['calendar'];
  hijri?: CalendarDate;
  time?: [number, number, number | undefined];
  zone?: string;
  confidence: number;
  notes: string[];
  reason?: string;
}

function hourOf(h: number, marker: string | undefined): number | null {
  if (h > 23) return null;
  if (marker === undefined) return h;
  const pm = /^(م|مساء|مساءا|عصرا|ليلا|pm|p\.m\.)$/.test(marker);
  const noon = marker === 'ظهرا';
  if (h > 12) return h;
  if (pm) return h === 12 ? 12 : h + 12;
  if (noon) return h < 6 ? h + 12 : h;
  return h === 12 ? 0 : h;
}

function withTime(r: Raw, hh: string | undefined, mm: string | undefined, ss: string | undefined, mark?: string): Raw {
  if (hh === undefined || mm === undefined) return r;
  const h = hourOf(Number(hh), mark);
  const m = Number(mm);
  const s = ss === undefined ? undefined : Number(ss);
  if (h === null || m > 59 || (s !== undefined && s > 59)) return { ...r, notes: [...r.notes, 'impossible-time'] };
  return { ...r, time: [h, m, s], grain: s === undefined ? 'minute' : 'second' };
}

/** A two-digit Hijri year: 14yy, or 13yy when 14yy would be more than ten years after `ref`. */
function twoDigitHijri(y: number, ref: number): number {
  return 1400 + y <= ref + 10 ? 1400 + y : 1300 + y;
}

function hijriRaw(s: number, e: number, y: number, m: number, d: number, confidence: number, notes: string[]): Raw {
  const g = hijriToGregorian(y, m, d);
  if (g === null) return { s, e, date: null, grain: 'day', calendar: 'hijri', confidence, notes, reason: 'impossible-hijri-date' };
  if (g.method !== 'umalqura') notes.push(`hijri-${g.method}`);
  return {
    s,
    e,
    date: { year: g.year, month: g.month, day: g.day },
    grain: 'day',
    calendar: 'hijri',
    hijri: { year: y, month: m, day: d },
    confidence,
    notes,
  };
}

function gregRaw(s: number, e: number, y: number, m: number, d: number, confidence: number, opts: DateScanOptions): Raw {
  const min = opts.minYear ?? 1800;
  const max = opts.maxYear ?? 2200;
  if (y < min || y > max) return { s, e, date: null, grain: 'day', calendar: 'gregorian', confidence, notes: [], reason: 'year-out-of-range' };
  if (!isValidGregorian(y, m, d))
    return { s, e, date: null, grain: 'day', calendar: 'gregorian', confidence, notes: [], reason: 'impossible-date' };
  return { s, e, date: { year: y, month: m, day: d }, grain: 'day', calendar: 'gregorian', confidence, notes: [] };
}

const monthOf = (combined: string): number | undefined => {
  const first = combined.split(/[/\\(-]/)[0] ?? combined;
  return gregorianMonth(first.trim());
};

let LETTER_STARTS_CACHE: ReadonlySet<string> | undefined;
const letterStarts = (): ReadonlySet<string> => {
  if (!LETTER_STARTS_CACHE) {
    const s = new Set<string>(['يوم', 'شهر']);
    for (const k of [...GREGORIAN.keys(), ...WEEKDAY.keys()]) s.add(k.split(' ')[0] ?? k);
    LETTER_STARTS_CACHE = s;
  }
  return LETTER_STARTS_CACHE;
};

function scanNormalized(t: string, opts: DateScanOptions): Raw[] {
  const out: Raw[] = [];
  if (!/\d/.test(t)) return out;
  const LETTER_STARTS = letterStarts();
  const numericCal = opts.numericCalendar ?? 'auto';
  let i = 0;
  const tryAt = (re: RegExp, at: number): RegExpExecArray | null => {
    re.lastIndex = at;
    return re.exec(t);
  };
  while (i < t.length) {
    const c = t.charCodeAt(i);
    // Only start at a digit, an Arabic letter or 'ي' of يوم; skip others fast.
    const isDigit = c >= 48 && c <= 57;
    const isLetter = c >= 0x621 && c <= 0x64a;
    if (!isDigit && !isLetter) {
      i++;
      continue;
    }
    if (isLetter) {
      const p = i > 0 ? t.charCodeAt(i - 1) : 0;
      if (p >= 0x621 && p <= 0x64a) {
        i++;
        continue;
      }
      // a word can start a date only if it is a weekday, يوم, شهر or a month name
      let j = i + 1;
      while (j < t.length) {
        const q = t.charCodeAt(j);
        if (q < 0x621 || q > 0x64a) break;
        j++;
      }
      if (!LETTER_STARTS.has(t.slice(i, j))) {
        i = j;
        continue;
      }
    }
    let r: Raw | null = null;
    let m: RegExpExecArray | null;
    if ((m = tryAt(HIJRI_NAMED, i))) {
      const y = Number(m[3]);
      const mo = hijriMonth(m[2] ?? '') ?? 0;
      r = hijriRaw(i, i + m[0].length, y, mo, Number(m[1]), m[0].match(/ه|ھ/) ? 0.95 : 0.85, []);
      r = withTime(r, m[4], m[5], m[6], m[7]);
    } else if ((m = tryAt(GREG_NAMED, i))) {
      r = gregRaw(i, i + m[0].length, Number(m[3]), monthOf(m[2] ?? '') ?? 0, Number(m[1]), 0.95, opts);
      r = withTime(r, m[4], m[5], m[6], m[7]);
    } else if ((m = tryAt(GREG_NAMED_MDY, i))) {
      r = gregRaw(i, i + m[0].length, Number(m[3]), monthOf(m[1] ?? '') ?? 0, Number(m[2]), 0.9, opts);
      r = withTime(r, m[4], m[5], m[6], m[7]);
    } else if ((m = tryAt(NUM_YMD, i))) {
      const y = Number(m[1]);
      const mo = Number(m[3]);
      const d = Number(m[4]);
      const mark = m[5] ?? '';
      const hijri = /ه|ھ/.test(mark) || (numericCal !== 'gregorian' && y >= 1300 && y <= 1500);
      r = hijri ? hijriRaw(i, i + m[0].length, y, mo, d, mark ? 0.9 : 0.7, []) : gregRaw(i, i + m[0].length, y, mo, d, 0.95, opts);
      r = withTime(r, m[6], m[7], m[8]);
      if (m[9] !== undefined && r.time) r.zone = m[9] === 'z' ? 'Z' : m[9].length === 5 ? m[9] : `${m[9].slice(0, 3)}:${m[9].slice(3)}`;
    } else if ((m = tryAt(NUM_DMY, i))) {
      const d = Number(m[1]);
      const mo = Number(m[3]);
      let y = Number(m[4]);
      const mark = m[5] ?? '';
      const two = (m[4] ?? '').length === 2;
      const notes: string[] = two ? ['year-2-digit'] : [];
      if (two && m[2] === '.' && !mark) {
        // 1.5.20 is more often a version or a ratio than a date
        i += m[0].length;
        continue;
      }
      const hijri =
        /ه|ھ/.test(mark) ||
        numericCal === 'hijri' ||
        (numericCal === 'auto' && !two && !/م/.test(mark) && y >= 1300 && y <= 1500);
      if (hijri) {
        if (two) y = twoDigitHijri(y, opts.hijriReferenceYear ?? 1447);
        r = hijriRaw(i, i + m[0].length, y, mo, d, mark ? 0.9 : 0.7, notes);
      } else {
        if (two) y = y + (y < 70 ? 2000 : 1900);
        r = gregRaw(i, i + m[0].length, y, mo, d, two ? 0.6 : 0.85, opts);
        r.notes.push(...notes);
        // A slash/dot triple whose parts cannot be a day and a month is not a date at all.
        if (r.date === null && r.reason === 'impossible-date' && (mo > 12 || d > 31)) r = null;
      }
      if (r) r = withTime(r, m[6], m[7], m[8], m[9]);
    } else if ((m = tryAt(GREG_MONTH_YEAR, i))) {
      const y = Number(m[2]);
      const mo = monthOf(m[1] ?? '') ?? 0;
      const min = opts.minYear ?? 1800;
      const max = opts.maxYear ?? 2200;
      if (y >= min && y <= max)
        r = { s: i, e: i + m[0].length, date: { year: y, month: mo, day: 1 }, grain: 'month', calendar: 'gregorian', confidence: 0.9, notes: [] };
    }
    if (r === null) {
      // advance to the end of the current word/number
      let j = i + 1;
      while (j < t.length && /[\d\u0621-\u064a]/.test(t[j] ?? '')) j++;
      i = j;
      continue;
    }
    // `… هـ الموافق … م`: the Gregorian date that follows confirms (or contradicts) the Hijri one.
    if (r.calendar === 'hijri' && r.date !== null) {
      MUWAFIQ.lastIndex = r.e;
      const mm = MUWAFIQ.exec(t);
      if (mm) {
        const at = r.e + mm[0].length;
        const gn = tryAt(GREG_NAMED, at);
        const gd = gn ? null : tryAt(NUM_DMY, at);
        const g2 = gn
          ? gregRaw(at, at + gn[0].length, Number(gn[3]), monthOf(gn[2] ?? '') ?? 0, Number(gn[1]), 0.95, opts)
          : gd
            ? gregRaw(at, at + gd[0].length, Number(gd[4]), Number(gd[3]), Number(gd[1]), 0.9, opts)
            : null;
        if (g2 && g2.date) {
          let e = g2.e;
          const close = /^\s*\)/.exec(t.slice(e));
          if (close) e += close[0].length;
          const agree = Math.abs(dayNumber(g2.date.year, g2.date.month, g2.date.day) - dayNumber(r.date.year, r.date.month, r.date.day)) <= 2;
          const notes = [...r.notes];
          if (!agree) notes.push('hijri-gregorian-disagree');
          // The Gregorian date as written wins (it is what the writer converted to).
          r = { ...r, e, date: g2.date, calendar: 'both', confidence: agree ? 0.98 : 0.7, notes };
        }
      }
    }
    out.push(r);
    i = r.e > i ? r.e : i + 1;
  }
  return out;
}

/**
 * Find absolute dates written in a text: day–month–year with month names in every Arabic
 * convention (`3 ديسمبر 2024`, `17 حزيران 2024`, `5 جويلية 2023`, `تموز/يوليو`), `month year`
 * (grain month), numeric `03/12/2024` (day first), `2024-12-03`, Arabic-Indic digits, an
 * optional weekday before, an optional time after (`06:45`, with ص/م/صباحاً/مساءً), Hijri dates
 * (`25 شوال 1436 هـ`, `14-09-1432 هـ`, converted with Umm al-Qura) and the combined
 * `… هـ الموافق … م` form (the written Gregorian date is the value; a disagreement of more than
 * two days is noted). Impossible dates and far years are returned in `rejected`, never as dates.
 * Pure; offsets are into the original text.
 */
export function scanArabicDates(
  text: string,
  options: DateScanOptions = {},
  normalized?: Normalized,
): { dates: DateMention[]; rejected: RejectedDate[] } {
  const n = normalized ?? normalize(text, 'match');
  const dates: DateMention[] = [];
  const rejected: RejectedDate[] = [];
  for (const r of scanNormalized(n.text, options)) {
    const { start, end } = n.toOriginalSpan({ start: r.s, end: r.e });
    const raw = text.slice(start, end);
    if (r.date === null) {
      rejected.push({ start, end, text: raw, reason: r.reason ?? 'impossible-date' });
      continue;
    }
    const wd = WEEKDAY_PREFIX.exec(n.text.slice(r.s, r.e));
    if (wd && r.grain !== 'month') {
      const named = WEEKDAY.get(wd[1] ?? '');
      if (named !== undefined && named !== weekdayOf(r.date.year, r.date.month, r.date.day)) r.notes.push('weekday-mismatch');
    }
    let value = r.grain === 'month' ? iso(r.date).slice(0, 7) : iso(r.date);
    if (r.time) {
      value += `T${pad(r.time[0])}:${pad(r.time[1])}`;
      if (r.time[2] !== undefined) value += `:${pad(r.time[2])}`;
      if (r.zone !== undefined) value += r.zone;
    }
    const d: DateMention = {
      start,
      end,
      text: raw,
      value,
      grain: r.grain,
      calendar: r.calendar,
      confidence: r.confidence,
      notes: r.notes,
      ...(r.hijri ? { hijri: r.hijri } : {}),
    };
    dates.push(d);
  }
  return { dates, rejected };
}

/** The valid absolute dates of {@link scanArabicDates} (`normalized`: the text's match normalisation, when the caller has it). */
export function parseArabicDate(text: string, options: DateScanOptions = {}): DateMention[] {
  return scanArabicDates(text, options).dates;
}
