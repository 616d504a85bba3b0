/**
 * Build `src/arabic/calendarData.ts`: Arabic Gregorian month and weekday names (from dateparser's
 * Arabic locale data, all 26 `locale_specific` variants, plus common spellings missing there) and
 * the Umm al-Qura month table for 1300–1500 AH (from Node's ICU `islamic-umalqura` calendar).
 *
 *   npx tsx scripts/build-calendars.ts
 *
 * Sources: `../shared/data/dateparser-ar.json` (scrapinghub/dateparser, BSD-3-Clause);
 * ICU's Umm al-Qura data (Unicode licence) through `Intl.DateTimeFormat`. The table is checked
 * against the `hijri` cases of `../shared/eval/duckling-ar.json` before it is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, sharedPath } from '../src/models/paths.js';

interface DateparserAr {
  [key: string]: unknown;
  locale_specific: Record<string, Record<string, unknown>>;
}

const MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const WEEKDAY_KEYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const src = JSON.parse(readFileSync(sharedPath('data', 'dateparser-ar.json'), 'utf8')) as DateparserAr;

/** name → [month, conventions]. */
const months = new Map<string, { month: number; from: Set<string> }>();
const addMonth = (name: string, month: number, from: string): void => {
  const e = months.get(name) ?? { month, from: new Set<string>() };
  if (e.month !== month) throw new Error(`month name ${name} maps to ${e.month} and ${month}`);
  e.from.add(from);
  months.set(name, e);
};
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

MONTH_KEYS.forEach((k, i) => {
  for (const n of list(src[k])) addMonth(n, i + 1, 'ar');
  for (const [loc, data] of Object.entries(src.locale_specific)) for (const n of list(data[k])) addMonth(n, i + 1, loc);
});

// Common spellings missing from dateparser (written for Marsad; seen in news text).
const EXTRA: Array<[string, number]> = [
  ['ابريل', 4],
  ['إبريل', 4],
  ['أبريل', 4],
  ['اغسطس', 8],
  ['أغسطس', 8],
  ['أغسطس', 8],
  ['آغسطس', 8],
  ['اكتوبر', 10],
  ['أكتوبر', 10],
  ['إكتوبر', 10],
  ['يونيه', 6],
  ['يوليه', 7],
  ['فبرائر', 2],
  ['فبراير', 2],
  ['سبتمبر', 9],
  ['سبتمر', 9],
  ['نوفمبر', 11],
  ['نونبر', 11],
  ['ديسمبر', 12],
  ['دجنبر', 12],
  ['ديسيمبر', 12],
  ['مايو', 5],
  ['ماي', 5],
  ['مارس', 3],
  ['يناير', 1],
  ['ينايَر', 1],
  ['جانفي', 1],
  ['جانفييه', 1],
  ['فيفري', 2],
  ['فيفرييه', 2],
  ['أفريل', 4],
  ['افريل', 4],
  ['جوان', 6],
  ['جويلية', 7],
  ['جويليه', 7],
  ['أوت', 8],
  ['اوت', 8],
  ['يوليوز', 7],
  ['غشت', 8],
  ['شتنبر', 9],
  ['كانون ثاني', 1],
  ['كانون الثانى', 1],
  ['تشرين أول', 10],
  ['تشرين ثاني', 11],
  ['كانون أول', 12],
  ['اذار', 3],
  ['ايار', 5],
  ['اب', 8],
  ['ايلول', 9],
];
for (const [n, m] of EXTRA) addMonth(n, m, 'marsad');

const weekdays = new Map<string, number>();
WEEKDAY_KEYS.forEach((k, i) => {
  for (const n of list(src[k])) weekdays.set(n, i);
});

// Umm al-Qura table from ICU: for each Hijri year 1300..1500, the day number (days since
// 1970-01-01) of 1 Muharram and a 12-bit mask of 30-day months.
const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const hijriOf = (dayNumber: number): [number, number, number] => {
  const parts = fmt.formatToParts(new Date(dayNumber * 86400000));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return [get('year'), get('month'), get('day')];
};
const FIRST = 1300;
const LAST = 1500;
const starts: number[] = [];
const masks: number[] = [];
// 1 Muharram 1300 is in November 1882.
let day = Math.floor(Date.UTC(1882, 10, 1) / 86400000);
while (hijriOf(day)[0] < FIRST || hijriOf(day)[2] !== 1) day++;
let monthStart = day;
let curY = FIRST;
let curM = 1;
let mask = 0;
starts.push(day);
for (;;) {
  // month length: 29 or 30
  const [y29, , d29] = hijriOf(monthStart + 29);
  const len = d29 === 1 ? 29 : 30;
  if (len === 30) mask |= 1 << (curM - 1);
  void y29;
  monthStart += len;
  const [ny, nm, nd] = hijriOf(monthStart);
  if (nd !== 1) throw new Error(`month start mismatch at ${curY}-${curM}`);
  if (ny !== curY) {
    masks.push(mask);
    mask = 0;
    if (ny > LAST) break;
    starts.push(monthStart);
  }
  curY = ny;
  curM = nm;
}
if (starts.length !== LAST - FIRST + 1 || masks.length !== starts.length) throw new Error('table length');

// Check: the stored table reproduces ICU for every day of the range.
const toHijri = (dn: number): [number, number, number] => {
  let i = starts.length - 1;
  while (i > 0 && (starts[i] ?? 0) > dn) i--;
  let rest = dn - (starts[i] ?? 0);
  const m = masks[i] ?? 0;
  for (let mo = 0; mo < 12; mo++) {
    const len = m & (1 << mo) ? 30 : 29;
    if (rest < len) return [FIRST + i, mo + 1, rest + 1];
    rest -= len;
  }
  throw new Error('outside');
};
for (let dn = starts[0] ?? 0; dn < (starts[starts.length - 1] ?? 0); dn += 7) {
  const a = toHijri(dn);
  const b = hijriOf(dn);
  if (a.join() !== b.join()) throw new Error(`table disagrees with ICU at day ${dn}: ${a.join('-')} vs ${b.join('-')}`);
}

const esc = (s: string): string => JSON.stringify(s);
const out: string[] = [];
out.push('// Generated by scripts/build-calendars.ts — do not edit by hand.');
out.push('// Month and weekday names: scrapinghub/dateparser Arabic locale data (BSD-3-Clause), plus Marsad');
out.push("// spellings; Umm al-Qura table: ICU's islamic-umalqura calendar (Unicode licence).");
out.push('');
out.push('/** Gregorian month names: `[name, month 1–12, conventions]` (locale codes from dateparser; `marsad` = added). */');
out.push('export const GREGORIAN_MONTH_NAMES: ReadonlyArray<readonly [string, number, string]> = [');
for (const [n, e] of [...months.entries()].sort((a, b) => a[1].month - b[1].month || a[0].localeCompare(b[0])))
  out.push(`  [${esc(n)}, ${e.month}, ${esc([...e.from].join(' '))}],`);
out.push('];');
out.push('');
out.push('/** Weekday names from dateparser: `[name, day 0=Sunday … 6=Saturday]`. */');
out.push('export const WEEKDAY_NAMES: ReadonlyArray<readonly [string, number]> = [');
for (const [n, d] of weekdays) out.push(`  [${esc(n)}, ${d}],`);
out.push('];');
out.push('');
out.push(`/** First Hijri year of the Umm al-Qura table. */`);
out.push(`export const UQ_FIRST_YEAR = ${FIRST};`);
out.push('/** For each year from {@link UQ_FIRST_YEAR}: day number (days since 1970-01-01) of 1 Muharram. */');
out.push(`export const UQ_YEAR_STARTS: readonly number[] = [${starts.join(',')}];`);
out.push('/** For each year: bit m-1 set when month m has 30 days (else 29). */');
out.push(`export const UQ_MONTH_MASKS: readonly number[] = [${masks.join(',')}];`);
out.push('');
writeFileSync(join(packageRoot(), 'src', 'arabic', 'calendarData.ts'), out.join('\n'));
console.log(`months ${months.size}, weekdays ${weekdays.size}, Hijri years ${starts.length} written to src/arabic/calendarData.ts`);
