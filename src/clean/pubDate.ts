import { scanArabicDates, type DateMention } from '../arabic/calendars.js';
import { normalizeMatch } from '../arabic/normalize.js';

/** What a date line says about the article. */
export type StampRole = 'published' | 'modified' | 'unlabelled';

/** A line that is a publication/update stamp. */
export interface DateStamp {
  /** ISO value: `2024-12-03T06:45`, `2024-06-17`. */
  readonly value: string;
  readonly role: StampRole;
  /** Offsets of the date inside the line. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** `absolute` (written date) or `relative` (resolved from `منذ ساعتين` against a reference time). */
  readonly kind: 'absolute' | 'relative';
}

const MODIFIED_LABEL = /(?:آخر|اخر)\s+تحديث|(?:تم\s+)?التحديث|تحديث\s*[:：]|updated?\b|last\s+modified/iu;
const PUBLISHED_LABEL =
  /نشر\s+(?:في|بتاريخ|يوم)?|تاريخ\s+النشر|نُشر|بتاريخ|published|posted|الموافق|التاريخ|date/iu;
const FILLER = /(?:آخر|اخر|تحديث|تم|التحديث|نشر|نُشر|في|بتاريخ|يوم|تاريخ|النشر|الموافق|التاريخ|الساعة|الساعه|توقيت|مكة|المكرمة|غرينتش|بتوقيت|updated?|published|posted|on|at|last|modified|date|gmt|utc|\|)/giu;

/**
 * When a whole line (short, made only of a date, a time and words like "نشر في" / "آخر تحديث")
 * is a date stamp, its value and role. Lines where the date is part of a sentence are not stamps.
 */
export function dateStampOfLine(line: string): DateStamp | undefined {
  if (line.length > 90 || !/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(line)) return undefined;
  const { dates } = scanArabicDates(line);
  const d = dates[0] as DateMention | undefined;
  if (!d || d.grain === 'month') return undefined;
  const rest = (line.slice(0, d.start) + ' ' + line.slice(d.end)).replace(FILLER, ' ').replace(/[\s\p{P}\p{S}\d]+/gu, '');
  if (rest.length > 3) return undefined;
  const before = line.slice(0, d.start);
  const role: StampRole = MODIFIED_LABEL.test(before) ? 'modified' : PUBLISHED_LABEL.test(before) ? 'published' : 'unlabelled';
  return { value: d.value, role, start: d.start, end: d.end, confidence: d.confidence * 0.95, kind: 'absolute' };
}

const UNIT_MS: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };
const UNITS: readonly [RegExp, keyof typeof UNIT_MS | 'month' | 'year', number?][] = [
  [/^ثانيتين$/u, 'second', 2],
  [/^(?:ثانيه|ثواني|ثوان)$/u, 'second'],
  [/^دقيقتين$/u, 'minute', 2],
  [/^(?:دقيقه|دقايق|دقائق)$/u, 'minute'],
  [/^ساعتين$/u, 'hour', 2],
  [/^(?:ساعه|ساعات)$/u, 'hour'],
  [/^يومين$/u, 'day', 2],
  [/^(?:يوم|ايام)$/u, 'day'],
  [/^اسبوعين$/u, 'week', 2],
  [/^(?:اسبوع|اسابيع)$/u, 'week'],
  [/^شهرين$/u, 'month', 2],
  [/^(?:شهر|اشهر|شهور)$/u, 'month'],
  [/^(?:seconds?|secs?)$/i, 'second'],
  [/^(?:minutes?|mins?)$/i, 'minute'],
  [/^(?:hours?|hrs?)$/i, 'hour'],
  [/^days?$/i, 'day'],
  [/^weeks?$/i, 'week'],
  [/^months?$/i, 'month'],
];
const REL_AR = /^(?:نشر\s+|تم\s+النشر\s+|اخر\s+تحديث\s+)?(?:منذ|قبل)\s+(?:(\d+)\s+)?(\S+)$/u;
const REL_EN = /^(?:(\d+|an?|one)\s+(\S+)\s+ago)$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * When a whole line is a relative stamp (`منذ ساعتين`, `قبل 3 أيام`, `5 minutes ago`), its value
 * resolved against `reference` (an ISO date-time, the input's fetch time). Minutes and hours give
 * a date-time, days and weeks a date, months a month. Undefined when the line is not a stamp or
 * there is no reference.
 */
export function relativeStampOfLine(line: string, reference: string | undefined): DateStamp | undefined {
  if (line.length > 40 || !/منذ|قبل|ago/iu.test(line)) return undefined;
  const n = normalizeMatch(line).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  let amount: number | undefined;
  let unitWord: string | undefined;
  const ar = REL_AR.exec(n);
  if (ar) {
    amount = ar[1] === undefined ? undefined : Number(ar[1]);
    unitWord = ar[2];
  } else {
    const en = REL_EN.exec(n);
    if (!en) return undefined;
    amount = /^\d+$/.test(en[1] ?? '') ? Number(en[1]) : 1;
    unitWord = en[2];
  }
  if (unitWord === undefined) return undefined;
  const u = UNITS.find(([re]) => re.test(unitWord));
  if (!u) return undefined;
  const count = u[2] ?? amount ?? 1;
  if (reference === undefined) return { value: '', role: 'published', start: 0, end: line.length, confidence: 0, kind: 'relative' };
  const ref = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(reference);
  if (!ref) return undefined;
  const base = Date.UTC(Number(ref[1]), Number(ref[2]) - 1, Number(ref[3]), Number(ref[4] ?? 0), Number(ref[5] ?? 0));
  const unit = u[1];
  let value: string;
  if (unit === 'month' || unit === 'year') {
    const d = new Date(base);
    d.setUTCMonth(d.getUTCMonth() - count * (unit === 'year' ? 12 : 1));
    value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  } else {
    const d = new Date(base - count * (UNIT_MS[unit] ?? 0));
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    value = unit === 'day' || unit === 'week' || ref[4] === undefined ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  }
  return { value, role: 'published', start: 0, end: line.length, confidence: unit === 'week' || unit === 'month' ? 0.5 : 0.7, kind: 'relative' };
}
