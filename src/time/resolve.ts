/**
 * Resolution of parsed temporal expressions against a reference date-time: direction
 * (past/future), calendars (Umm al-Qura for Hijri dates and holidays), TIMEX3 values.
 */
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  gregorianToHijri,
  hijriMonthLength,
  hijriToGregorian,
  isValidGregorian,
} from '../arabic/calendars.js';
import type { DateParts, Expr, TimeOfDay } from './grammar.js';
import type { Unit } from './lexicon.js';
import type { Grain, Timex, TimexAnchor, TimexType } from './types.js';

/** A parsed reference date-time. */
export interface Ref {
  /** Day number (days since 1970-01-01). */
  readonly dn: number;
  /** Seconds since midnight (0 when the reference has no time). */
  readonly sec: number;
  readonly hasTime: boolean;
  /** Offset from UTC in minutes, when the reference gave one. */
  readonly offsetMin?: number;
}

/** Parse an ISO 8601 reference (`2024-12-03`, `2013-02-12T04:30:00-02:00`); null when it is not one. */
export function parseRef(iso: string): Ref | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidGregorian(y, mo, d)) return null;
  const dn = dayNumber(y, mo, d);
  if (m[4] === undefined) return { dn, sec: 0, hasTime: false };
  const sec = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0);
  const z = m[7];
  if (z === undefined) return { dn, sec, hasTime: true };
  if (z === 'Z') return { dn, sec, hasTime: true, offsetMin: 0 };
  const sign = z.startsWith('-') ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return { dn, sec, hasTime: true, offsetMin: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) };
}

/** A resolved point: first instant and grain. */
interface Point {
  dn: number;
  sec: number;
  grain: Grain;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');
const ymd = (dn: number): string => {
  const d = fromDayNumber(dn);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
};
const hms = (sec: number): string => `${pad(Math.floor(sec / 3600))}:${pad(Math.floor((sec % 3600) / 60))}:${pad(sec % 60)}`;

/** ISO week `YYYY-Www` of a day. */
export function isoWeek(dn: number): string {
  const wdMon = (((dn + 3) % 7) + 7) % 7; // 0 = Monday
  const thursday = dn - wdMon + 3;
  const y = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${y}-W${pad(week)}`;
}

/** TIMEX3 value of a point at its grain. */
function valueOf(p: Point): string {
  const d = fromDayNumber(p.dn);
  switch (p.grain) {
    case 'second':
      return `${ymd(p.dn)}T${hms(p.sec)}`;
    case 'minute':
      return `${ymd(p.dn)}T${hms(p.sec).slice(0, 5)}`;
    case 'hour':
      return `${ymd(p.dn)}T${pad(Math.floor(p.sec / 3600))}:00`;
    case 'day':
      return ymd(p.dn);
    case 'week':
      return isoWeek(p.dn);
    case 'month':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'quarter':
      return `${pad(d.year, 4)}-Q${Math.floor((d.month - 1) / 3) + 1}`;
    case 'year':
      return pad(d.year, 4);
    case 'decade':
      return pad(Math.floor(d.year / 10), 3);
    case 'century':
      return pad(Math.floor(d.year / 100), 2);
  }
}

const startOf = (p: Point): string => `${ymd(p.dn)}T${hms(p.sec)}`;
const mondayOf = (dn: number): number => dn - ((((dn + 3) % 7) + 7) % 7);
const weekdayOfDn = (dn: number): number => (((dn + 4) % 7) + 7) % 7; // 0 = Sunday
/** Monday-based index (Monday 0 … Sunday 6) of a Sunday-based weekday. */
const monIndex = (wd: number): number => (wd + 6) % 7;

const addMonths = (y: number, m: number, k: number): [number, number] => {
  const t = y * 12 + (m - 1) + k;
  return [Math.floor(t / 12), (((t % 12) + 12) % 12) + 1];
};

/** Resolution context for one expression. */
export interface ResolveContext {
  readonly ref: Ref | null;
  /** Direction for underspecified values. */
  readonly dir: -1 | 1;
  /** Why that direction (`prefer:future`, `tense:past` …). */
  readonly dirSource: string;
  /** Forced preference (strict: a bare weekday never resolves to the reference day). */
  readonly strict: boolean;
  /** Day number of the previous resolved expression (for اليوم التالي). */
  readonly prevDn?: number;
}

/** A resolution: the fields of a Timex other than span/text/inferred. */
export type Resolution = {
  -readonly [K in 'type' | 'value' | 'grain' | 'anchor' | 'confidence']: Timex[K];
} & { -readonly [K in 'begin' | 'end' | 'start' | 'mod' | 'holiday' | 'direction' | 'note']?: Timex[K] } & {
  /** Day number of the first day (for chaining). */
  dn?: number;
};

/** Why an expression could not be resolved. */
export interface Unresolved {
  readonly problem: 'impossible-date' | 'no-reference' | 'year-out-of-range';
  readonly detail: string;
}

interface DateRes {
  p: Point;
  end?: Point;
  anchor: TimexAnchor;
  direction?: string;
  confidence: number;
  holiday?: string;
  mod?: Timex['mod'];
  note?: string;
}

function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

const HIJRI_HOLIDAYS: Record<string, [number, number]> = {
  'عيد الفطر': [10, 1],
  'عيد الأضحى': [12, 10],
  'يوم عرفة': [12, 9],
  'رأس السنة الهجرية': [1, 1],
  عاشوراء: [1, 10],
  'المولد النبوي': [3, 12],
  'ليلة القدر': [9, 27],
  رمضان: [9, 1],
};
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'عيد الميلاد': [12, 25],
  'رأس السنة الميلادية': [1, 1],
  'عيد العمال': [5, 1],
};

class Fail extends Error {
  constructor(readonly u: Unresolved) {
    super(u.detail);
  }
}
const fail = (problem: Unresolved['problem'], detail: string): never => {
  throw new Fail({ problem, detail });
};

function needRef(ctx: ResolveContext): Ref {
  return ctx.ref ?? fail('no-reference', 'a relative expression needs a reference date');
}

function hijriDn(y: number, m: number, d: number): number {
  const g = hijriToGregorian(y, m, d) ?? fail('impossible-date', `no Hijri day ${d}/${m}/${y}`);
  return dayNumber(g.year, g.month, g.day);
}

/** Occurrence of a Hijri (month, day) chosen by direction around the reference. */
function hijriOccurrence(m: number, d: number, ctx: ResolveContext, lengthDays = 1): number {
  const ref = needRef(ctx);
  const g = fromDayNumber(ref.dn);
  const hy = gregorianToHijri(g.year, g.month, g.day)?.year ?? 1446;
  const cands = [hy - 1, hy, hy + 1].map((y) => hijriDn(y, m, d));
  if (ctx.dir > 0) return cands.find((c) => c + lengthDays - 1 >= ref.dn) ?? (cands[2] as number);
  return [...cands].reverse().find((c) => c <= ref.dn) ?? (cands[0] as number);
}

function holidayDn(name: string, parts: DateParts, ctx: ResolveContext): { dn: number; end?: number } {
  const hh = HIJRI_HOLIDAYS[name];
  if (hh) {
    const [m, d] = hh;
    const month = name === 'رمضان';
    const withEnd = (dn: number, hy: number): { dn: number; end?: number } =>
      month ? { dn, end: dn + hijriMonthLength(hy, 9) - 1 } : { dn };
    if (parts.hijri?.y !== undefined) return withEnd(hijriDn(parts.hijri.y, m, d), parts.hijri.y);
    if (parts.y !== undefined) {
      const hy0 = gregorianToHijri(parts.y, 1, 1)?.year ?? fail('year-out-of-range', `year ${parts.y}`);
      for (const hy of [hy0, hy0 + 1]) {
        const dn = hijriDn(hy, m, d);
        if (fromDayNumber(dn).year === parts.y) return withEnd(dn, hy);
      }
      return withEnd(hijriDn(hy0, m, d), hy0);
    }
    const dn = hijriOccurrence(m, d, ctx, month ? 30 : 1);
    const gd = fromDayNumber(dn);
    return withEnd(dn, gregorianToHijri(gd.year, gd.month, gd.day)?.year ?? 1446);
  }
  const fixed = FIXED_HOLIDAYS[name];
  const dnIn = (y: number): number => (fixed ? dayNumber(y, fixed[0], fixed[1]) : easter(y));
  if (parts.y !== undefined) return { dn: dnIn(parts.y) };
  const ref = needRef(ctx);
  const y = fromDayNumber(ref.dn).year;
  if (ctx.dir > 0) return { dn: dnIn(y) >= ref.dn ? dnIn(y) : dnIn(y + 1) };
  return { dn: dnIn(y) <= ref.dn ? dnIn(y) : dnIn(y - 1) };
}

/** Resolve the month scope (year, month) of date parts, or null when the parts have no month. */
function monthScope(p: DateParts, ctx: ResolveContext, dayForDirection?: number): { y: number; m: number; anchored: boolean; how?: string } | null {
  if (p.mRel !== undefined) {
    const ref = needRef(ctx);
    const g = fromDayNumber(ref.dn);
    const [y, m] = addMonths(g.year, g.month, p.mRel);
    return { y, m, anchored: true, how: 'marker' };
  }
  if (p.m === undefined) return null;
  const m = p.m;
  if (p.y !== undefined) return { y: p.y, m, anchored: false };
  const ref = needRef(ctx);
  const g = fromDayNumber(ref.dn);
  if (p.yRel !== undefined) return { y: g.year + p.yRel, m, anchored: true, how: 'marker' };
  if (p.mDir !== undefined) {
    if (p.mDir === 0) return { y: g.year, m, anchored: true, how: 'marker:this' };
    if (p.mDir < 0) return { y: m < g.month ? g.year : g.year - 1, m, anchored: true, how: 'marker:past' };
    return { y: m > g.month ? g.year : g.year + 1, m, anchored: true, how: 'marker:next' };
  }
  if (ctx.dir > 0) {
    // the month occurrence that has not ended (the current month counts), as Duckling does
    return { y: m >= g.month ? g.year : g.year + 1, m, anchored: true, how: ctx.dirSource };
  }
  if (dayForDirection !== undefined) {
    const d = Math.min(dayForDirection, daysInMonth(g.year, m));
    return { y: dayNumber(g.year, m, d) <= ref.dn ? g.year : g.year - 1, m, anchored: true, how: ctx.dirSource };
  }
  return { y: m <= g.month ? g.year : g.year - 1, m, anchored: true, how: ctx.dirSource };
}

function resolveDateParts(p: DateParts, ctx: ResolveContext): DateRes {
  const conf = 0.9;
  if (p.now) {
    const ref = needRef(ctx);
    return { p: { dn: ref.dn, sec: ref.sec, grain: ref.hasTime ? 'second' : 'day' }, anchor: 'publication', confidence: conf };
  }
  if (p.chain !== undefined) {
    if (ctx.prevDn !== undefined) return { p: { dn: ctx.prevDn + p.chain, sec: 0, grain: 'day' }, anchor: 'expression', confidence: 0.8 };
    const ref = needRef(ctx);
    return { p: { dn: ref.dn + p.chain, sec: 0, grain: 'day' }, anchor: 'publication', confidence: 0.6, note: 'chained to the reference: no earlier date' };
  }
  if (p.dRel !== undefined) {
    const ref = needRef(ctx);
    return { p: { dn: ref.dn + p.dRel, sec: 0, grain: 'day' }, anchor: 'publication', confidence: 0.95 };
  }
  if (p.holiday !== undefined) {
    if (p.nth) {
      // n-th weekday after a holiday
      const h = holidayDn(p.holiday, p, ctx);
      throw new Fail({ problem: 'impossible-date', detail: `unexpected nth on holiday ${h.dn}` });
    }
    const h = holidayDn(p.holiday, p, ctx);
    const absolute = p.y !== undefined || p.hijri?.y !== undefined;
    const r: DateRes = {
      p: { dn: h.dn, sec: 0, grain: 'day' },
      anchor: absolute ? 'none' : 'publication',
      confidence: 0.85,
      holiday: p.holiday,
      direction: absolute ? 'explicit' : ctx.dirSource,
    };
    if (h.end !== undefined) r.end = { dn: h.end, sec: 0, grain: 'day' };
    return r;
  }
  if (p.after?.holiday !== undefined && p.nth?.wd !== undefined) {
    const h = holidayDn(p.after.holiday, p.after, ctx);
    const wd = p.nth.wd;
    let dn = h.dn + 1;
    while (weekdayOfDn(dn) !== wd) dn++;
    dn += 7 * (p.nth.n - 1);
    return { p: { dn, sec: 0, grain: 'day' }, anchor: p.after.y !== undefined ? 'none' : 'publication', confidence: 0.85 };
  }
  if (p.hijri) {
    const h = p.hijri;
    if (p.yearOnly && h.y !== undefined) {
      const a = hijriDn(h.y, 1, 1);
      const b = hijriDn(h.y, 12, 1) + hijriMonthLength(h.y, 12) - 1;
      return { p: { dn: a, sec: 0, grain: 'day' }, end: { dn: b, sec: 0, grain: 'day' }, anchor: 'none', confidence: 0.9, note: `Hijri year ${h.y}` };
    }
    if (h.d === undefined) {
      if (h.y === undefined) fail('no-reference', 'a Hijri month alone');
      const y = h.y as number;
      const a = hijriDn(y, h.m, 1);
      return { p: { dn: a, sec: 0, grain: 'day' }, end: { dn: a + hijriMonthLength(y, h.m) - 1, sec: 0, grain: 'day' }, anchor: 'none', confidence: 0.9 };
    }
    if (h.d > 30) fail('impossible-date', `Hijri day ${h.d}`);
    if (h.y !== undefined) return { p: { dn: hijriDn(h.y, h.m, h.d), sec: 0, grain: 'day' }, anchor: 'none', confidence: 0.9 };
    return { p: { dn: hijriOccurrence(h.m, h.d, ctx), sec: 0, grain: 'day' }, anchor: 'publication', confidence: 0.75, direction: ctx.dirSource };
  }
  if (p.nth) {
    const sc = monthScope(p, ctx) ?? fail('no-reference', 'an n-th day needs a month');
    const first = dayNumber(sc.y, sc.m, 1);
    const len = daysInMonth(sc.y, sc.m);
    const last = first + len - 1;
    const anchor: TimexAnchor = sc.anchored ? 'publication' : 'none';
    const { n, what, wd } = p.nth;
    if (what === 'day') {
      const dn = n > 0 ? first + n - 1 : last;
      if (n > len) fail('impossible-date', `day ${n} of month ${sc.m}`);
      return { p: { dn, sec: 0, grain: 'day' }, anchor, confidence: conf };
    }
    if (what === 'week') {
      if (n > 0) {
        let mon = first;
        while (weekdayOfDn(mon) !== 1) mon++;
        return { p: { dn: mon + 7 * (n - 1), sec: 0, grain: 'week' }, anchor, confidence: conf };
      }
      return { p: { dn: mondayOf(last + 1 - 7), sec: 0, grain: 'week' }, anchor, confidence: conf };
    }
    const w = wd ?? 0;
    if (n > 0) {
      let dn = first;
      while (weekdayOfDn(dn) !== w) dn++;
      dn += 7 * (n - 1);
      if (dn > last) fail('impossible-date', `no ${n}th weekday in month ${sc.m}`);
      return { p: { dn, sec: 0, grain: 'day' }, anchor, confidence: conf };
    }
    let dn = last;
    while (weekdayOfDn(dn) !== w) dn--;
    return { p: { dn, sec: 0, grain: 'day' }, anchor, confidence: conf };
  }
  if (p.q !== undefined) {
    const y = p.y ?? fromDayNumber(needRef(ctx).dn).year + (p.yRel ?? 0);
    const a = dayNumber(y, 3 * p.q - 2, 1);
    return { p: { dn: a, sec: 0, grain: 'quarter' }, anchor: p.y !== undefined ? 'none' : 'publication', confidence: 0.9 };
  }
  if (p.part) {
    if (p.m !== undefined || p.mRel !== undefined) {
      const sc = monthScope(p, ctx) ?? fail('no-reference', 'part of a month');
      const first = dayNumber(sc.y, sc.m, 1);
      const len = daysInMonth(sc.y, sc.m);
      const [a, b] = p.part === 'START' ? [0, 9] : p.part === 'MID' ? [10, 19] : [20, len - 1];
      const at = p.part === 'MID' ? 14 : a;
      return {
        p: { dn: first + at, sec: 0, grain: 'day' },
        end: { dn: first + b, sec: 0, grain: 'day' },
        anchor: sc.anchored ? 'publication' : 'none',
        confidence: 0.8,
        mod: p.part,
        ...(sc.how ? { direction: sc.how } : {}),
      };
    }
    let y = p.y;
    if (y === undefined) y = fromDayNumber(needRef(ctx).dn).year + (p.yRel ?? 0);
    const [a, b] = p.part === 'START' ? [1, 3] : p.part === 'MID' ? [5, 8] : [10, 12];
    return {
      p: { dn: dayNumber(y, a, 1), sec: 0, grain: 'month' },
      end: { dn: dayNumber(y, b, 1), sec: 0, grain: 'month' },
      anchor: p.y !== undefined ? 'none' : 'publication',
      confidence: 0.75,
      mod: p.part,
    };
  }
  if (p.wRel !== undefined) {
    const ref = needRef(ctx);
    const mon = mondayOf(ref.dn) + 7 * p.wRel;
    if (p.wd !== undefined) return { p: { dn: mon + monIndex(p.wd), sec: 0, grain: 'day' }, anchor: 'publication', confidence: conf, direction: 'marker' };
    return { p: { dn: mon, sec: 0, grain: 'week' }, anchor: 'publication', confidence: conf, direction: 'marker' };
  }
  if (p.d !== undefined && (p.m !== undefined || p.mRel !== undefined)) {
    let sc = monthScope(p, ctx, p.d) ?? fail('no-reference', 'day of month');
    if (p.wd !== undefined && p.y === undefined && p.yRel === undefined && p.mRel === undefined && p.mDir === undefined) {
      // a written weekday picks the year: الاثنين 3 مارس
      for (const y of [sc.y, sc.y + ctx.dir, sc.y - ctx.dir]) {
        if (isValidGregorian(y, sc.m, p.d) && weekdayOfDn(dayNumber(y, sc.m, p.d)) === p.wd) {
          sc = { ...sc, y, how: 'weekday' };
          break;
        }
      }
    }
    if (!isValidGregorian(sc.y, sc.m, p.d)) fail('impossible-date', `day ${p.d} of month ${sc.m}`);
    if (sc.y < 1 || sc.y > 9999) fail('year-out-of-range', `year ${sc.y}`);
    const dn = dayNumber(sc.y, sc.m, p.d);
    const r: DateRes = { p: { dn, sec: 0, grain: 'day' }, anchor: sc.anchored ? 'publication' : 'none', confidence: sc.anchored ? 0.85 : 0.95 };
    if (sc.how) r.direction = sc.how;
    if (p.wd !== undefined && weekdayOfDn(dn) !== p.wd) r.note = 'the weekday written does not match the date';
    return r;
  }
  if (p.d !== undefined) {
    // day of month alone (with a weekday): nearest month in the direction where it fits
    const ref = needRef(ctx);
    const g = fromDayNumber(ref.dn);
    for (let k = 0; k < 14; k++) {
      const off = ctx.dir > 0 ? k : -k;
      const [y, m] = addMonths(g.year, g.month, off);
      if (p.d > daysInMonth(y, m)) continue;
      const dn = dayNumber(y, m, p.d);
      if (ctx.dir > 0 && dn < ref.dn) continue;
      if (ctx.dir < 0 && dn > ref.dn) continue;
      if (p.wd !== undefined && weekdayOfDn(dn) !== p.wd) continue;
      return { p: { dn, sec: 0, grain: 'day' }, anchor: 'publication', confidence: 0.75, direction: ctx.dirSource };
    }
    fail('impossible-date', `no month has day ${p.d} on that weekday`);
  }
  if (p.wd !== undefined) {
    const ref = needRef(ctx);
    const today = weekdayOfDn(ref.dn);
    const fwd = (p.wd - today + 7) % 7;
    const back = (today - p.wd + 7) % 7;
    if (p.wdDir === 1 || p.wdDir === 0) {
      return { p: { dn: ref.dn + (fwd === 0 ? 7 : fwd), sec: 0, grain: 'day' }, anchor: 'publication', confidence: conf, direction: p.wdDir === 1 ? 'marker:next' : 'marker:this' };
    }
    if (p.wdDir === -1) return { p: { dn: ref.dn - (back === 0 ? 7 : back), sec: 0, grain: 'day' }, anchor: 'publication', confidence: conf, direction: 'marker:past' };
    if (fwd === 0 && !ctx.strict)
      return { p: { dn: ref.dn, sec: 0, grain: 'day' }, anchor: 'publication', confidence: 0.6, direction: ctx.dirSource, note: 'the weekday is the reference day itself' };
    const dn = ctx.dir > 0 ? ref.dn + (fwd === 0 ? 7 : fwd) : ref.dn - (back === 0 ? 7 : back);
    return { p: { dn, sec: 0, grain: 'day' }, anchor: 'publication', confidence: 0.8, direction: ctx.dirSource };
  }
  if (p.m !== undefined) {
    const sc = monthScope(p, ctx) ?? fail('no-reference', 'month');
    return { p: { dn: dayNumber(sc.y, sc.m, 1), sec: 0, grain: 'month' }, anchor: sc.anchored ? 'publication' : 'none', confidence: sc.anchored ? 0.8 : 0.95, ...(sc.how ? { direction: sc.how } : {}) };
  }
  if (p.mRel !== undefined) {
    const sc = monthScope(p, ctx) ?? fail('no-reference', 'month');
    return { p: { dn: dayNumber(sc.y, sc.m, 1), sec: 0, grain: 'month' }, anchor: 'publication', confidence: conf, direction: 'marker' };
  }
  if (p.y !== undefined) return { p: { dn: dayNumber(p.y, 1, 1), sec: 0, grain: 'year' }, anchor: 'none', confidence: 0.9 };
  if (p.yRel !== undefined) {
    const y = fromDayNumber(needRef(ctx).dn).year + p.yRel;
    return { p: { dn: dayNumber(y, 1, 1), sec: 0, grain: 'year' }, anchor: 'publication', confidence: conf, direction: 'marker' };
  }
  // time only: the reference day
  const ref = needRef(ctx);
  return { p: { dn: ref.dn, sec: 0, grain: 'day' }, anchor: 'publication', confidence: conf };
}

function applyTime(base: DateRes, t: TimeOfDay, ctx: ResolveContext, explicitDay: boolean): DateRes {
  if (t.tonight) return { ...base, p: { dn: base.p.dn, sec: 18 * 3600, grain: 'hour' } };
  let h = t.h;
  let note: string | undefined;
  let confidence = base.confidence;
  switch (t.part) {
    case 'am':
      if (h === 12) h = 0;
      break;
    case 'pm':
      if (h < 12) h += 12;
      break;
    case 'noon':
      if (h >= 1 && h <= 5) h += 12;
      break;
    case 'night':
      if (h >= 6 && h < 12) h += 12;
      else if (h === 12) h = 0;
      break;
    default:
      if (h >= 1 && h <= 12) {
        const min = (t.min ?? 0) * 60 + (t.sec ?? 0);
        const cands = h === 12 ? [12] : [h, h + 12];
        const ref = ctx.ref;
        if (ref && ref.hasTime && (!explicitDay || base.p.dn === ref.dn)) {
          const secs = cands.map((c) => c * 3600 + min);
          if (ctx.dir > 0) h = cands[secs.findIndex((s) => s >= ref.sec)] ?? (cands[cands.length - 1] as number);
          else {
            const idx = [...secs].reverse().findIndex((s) => s <= ref.sec);
            h = idx < 0 ? (cands[0] as number) : (cands[cands.length - 1 - idx] as number);
          }
        } else if (h !== 12) {
          note = 'hour without morning/evening: read as written';
          confidence = Math.min(confidence, 0.6);
        }
      }
  }
  let dn = base.p.dn;
  if (h === 24) {
    // midnight ends the day it belongs to
    h = 0;
    dn++;
  }
  let sec = h * 3600 + (t.min ?? 0) * 60 + (t.sec ?? 0);
  let grain: Grain = t.sec !== undefined ? 'second' : t.min !== undefined ? 'minute' : 'hour';
  if (t.utc) {
    const off = ctx.ref?.offsetMin;
    if (off !== undefined) {
      sec += off * 60;
      while (sec < 0) {
        sec += 86400;
        dn--;
      }
      while (sec >= 86400) {
        sec -= 86400;
        dn++;
      }
      grain = grain === 'hour' ? 'minute' : grain;
    } else note = 'time given in GMT; the reference has no zone, kept as written';
  }
  const r: DateRes = { ...base, p: { dn, sec, grain }, confidence };
  if (note) r.note = note;
  if (t.approx) r.mod = 'APPROX';
  return r;
}

function shiftPoint(ref: Ref, n: number, unit: Unit): Point {
  const g = fromDayNumber(ref.dn);
  switch (unit) {
    case 'century':
    case 'decade':
    case 'year': {
      const k = unit === 'year' ? n : unit === 'decade' ? 10 * n : 100 * n;
      return { dn: dayNumber(g.year + k, 1, 1), sec: 0, grain: 'year' };
    }
    case 'month': {
      const [y, m] = addMonths(g.year, g.month, n);
      return { dn: dayNumber(y, m, 1), sec: 0, grain: 'month' };
    }
    case 'week':
      return { dn: ref.dn + 7 * n, sec: 0, grain: 'day' };
    case 'day':
      return { dn: ref.dn + n, sec: 0, grain: 'day' };
    default: {
      const s = unit === 'hour' ? 3600 : unit === 'minute' ? 60 : 1;
      if (!ref.hasTime) return { dn: ref.dn + Math.floor(-0 + (n * s) / 86400), sec: 0, grain: 'day' };
      let total = ref.sec + n * s;
      let dn = ref.dn;
      dn += Math.floor(total / 86400);
      total = ((total % 86400) + 86400) % 86400;
      return { dn, sec: total, grain: unit };
    }
  }
}

const UNIT_LETTER: Record<Unit, string> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'Y',
  century: 'Y',
};

/** ISO 8601 duration of a count and unit (`null` count → `X`). */
export function durationValue(n: number | null, unit: Unit): string {
  const k = n === null ? 'X' : unit === 'decade' ? String(10 * n) : unit === 'century' ? String(100 * n) : String(n);
  const timeUnit = unit === 'hour' || unit === 'minute' || unit === 'second';
  return `P${timeUnit ? 'T' : ''}${k}${UNIT_LETTER[unit]}`;
}

const typeOf = (g: Grain): TimexType => (g === 'hour' || g === 'minute' || g === 'second' ? 'TIME' : 'DATE');

function fromDate(r: DateRes): Resolution {
  const out: Resolution = {
    type: typeOf(r.p.grain),
    value: valueOf(r.p),
    grain: r.p.grain,
    anchor: r.anchor,
    confidence: r.confidence,
    start: startOf(r.p),
    dn: r.p.dn,
  };
  if (r.end) {
    out.begin = out.value;
    out.end = valueOf(r.end);
  }
  if (r.mod) out.mod = r.mod;
  if (r.holiday) out.holiday = r.holiday;
  if (r.direction) out.direction = r.direction;
  if (r.note) out.note = r.note;
  return out;
}

function dateExpr(e: Extract<Expr, { k: 'date' }>, ctx: ResolveContext): DateRes {
  const base = resolveDateParts(e.d, ctx);
  if (!e.t) return base;
  const explicitDay = Object.keys(e.d).length > 0;
  return applyTime(base, e.t, ctx, explicitDay);
}

/**
 * Resolve one parsed expression. Returns the resolution, or why it could not be resolved
 * (an impossible date, or a relative expression without a reference).
 */
export function resolveExpr(e: Expr, ctx: ResolveContext): Resolution | Unresolved {
  try {
    return resolveInner(e, ctx);
  } catch (err) {
    if (err instanceof Fail) return err.u;
    throw err;
  }
}

function resolveInner(e: Expr, ctx: ResolveContext): Resolution {
  switch (e.k) {
    case 'date':
      return fromDate(dateExpr(e, ctx));
    case 'interval': {
      const a = dateExpr(e.a as Extract<Expr, { k: 'date' }>, ctx);
      let b = dateExpr(e.b as Extract<Expr, { k: 'date' }>, { ...ctx, prevDn: a.p.dn });
      if (e.b.k === 'date' && e.b.d.wd !== undefined && e.b.d.d === undefined && e.b.d.wRel === undefined && b.p.dn < a.p.dn) {
        b = { ...b, p: { ...b.p, dn: a.p.dn + ((e.b.d.wd - weekdayOfDn(a.p.dn) + 7) % 7) } };
      }
      if (b.p.dn < a.p.dn && e.b.k === 'date' && e.b.d.y === undefined && e.b.d.m !== undefined) {
        const g = fromDayNumber(b.p.dn);
        b = { ...b, p: { ...b.p, dn: dayNumber(g.year + 1, g.month, g.day) } };
      }
      const r = fromDate(a);
      r.begin = valueOf(a.p);
      r.end = valueOf(b.p);
      r.value = r.begin;
      r.confidence = Math.min(a.confidence, b.confidence);
      return r;
    }
    case 'until': {
      const b = dateExpr(e.b as Extract<Expr, { k: 'date' }>, ctx);
      const ref = ctx.ref;
      const bStart = b.p.dn * 86400 + b.p.sec;
      if (ref && bStart > ref.dn * 86400 + ref.sec) {
        const p: Point = { dn: ref.dn, sec: ref.sec, grain: ref.hasTime ? 'second' : 'day' };
        return {
          type: typeOf(p.grain),
          value: valueOf(p),
          grain: p.grain,
          begin: valueOf(p),
          end: valueOf(b.p),
          start: startOf(p),
          anchor: 'publication',
          confidence: b.confidence,
          mod: 'UNTIL',
          dn: b.p.dn,
        };
      }
      return { ...fromDate(b), mod: 'UNTIL' };
    }
    case 'since':
      return { ...fromDate(dateExpr(e.a as Extract<Expr, { k: 'date' }>, ctx)), mod: 'SINCE' };
    case 'shift': {
      const ref = needRef(ctx);
      const p = shiftPoint(ref, e.dir * e.n, e.unit);
      const r: Resolution = { type: typeOf(p.grain), value: valueOf(p), grain: p.grain, anchor: 'publication', confidence: 0.85, start: startOf(p), dn: p.dn };
      if (e.approx) r.mod = 'APPROX';
      return r;
    }
    case 'within': {
      const ref = needRef(ctx);
      if (e.whole) {
        // الأسابيع الثلاثة القادمة: whole units after (or before) the current one
        const unitStart = (p: Point): Point => p;
        let a: Point;
        let b: Point;
        if (e.unit === 'week') {
          const mon = mondayOf(ref.dn);
          a = { dn: e.dir > 0 ? mon + 7 : mon - 7 * e.n, sec: 0, grain: 'week' };
          b = { dn: a.dn + 7 * (e.n - 1), sec: 0, grain: 'week' };
        } else if (e.unit === 'month' || e.unit === 'year' || e.unit === 'day') {
          const s = e.dir > 0 ? shiftPoint(ref, 1, e.unit) : shiftPoint(ref, -e.n, e.unit);
          a = unitStart(s);
          b = shiftPoint({ dn: a.dn, sec: 0, hasTime: false }, e.n - 1, e.unit);
          if (e.unit === 'day') {
            a = { ...a, grain: 'day' };
            b = { ...b, grain: 'day' };
          }
        } else {
          a = shiftPoint(ref, e.dir > 0 ? 0 : -e.n, e.unit);
          b = shiftPoint(ref, e.dir > 0 ? e.n : 0, e.unit);
        }
        return { type: typeOf(a.grain), value: valueOf(a), grain: a.grain, begin: valueOf(a), end: valueOf(b), start: startOf(a), anchor: 'publication', confidence: 0.8, dn: a.dn };
      }
      const now: Point = { dn: ref.dn, sec: ref.sec, grain: ref.hasTime ? 'second' : 'day' };
      const dir = e.dir === 0 ? ctx.dir : e.dir;
      const other = shiftPoint(ref, dir * e.n, e.unit);
      const [a, b] = dir > 0 ? [now, other] : [other, now];
      return { type: typeOf(a.grain), value: valueOf(a), grain: a.grain, begin: valueOf(a), end: valueOf(b), start: startOf(a), anchor: 'publication', confidence: 0.75, direction: e.dir === 0 ? ctx.dirSource : 'marker', dn: a.dn };
    }
    case 'duration': {
      const r: Resolution = { type: 'DURATION', value: durationValue(e.n, e.unit), grain: e.unit, anchor: 'none', confidence: e.n === null ? 0.6 : 0.9 };
      if (e.approx) r.mod = 'APPROX';
      return r;
    }
    case 'set': {
      if (e.wd !== undefined) return { type: 'SET', value: `XXXX-WXX-${monIndex(e.wd) + 1}`, grain: 'day', anchor: 'none', confidence: 0.85 };
      return { type: 'SET', value: durationValue(e.n ?? 1, e.unit ?? 'day'), grain: e.unit ?? 'day', anchor: 'none', confidence: 0.85 };
    }
    case 'decade': {
      let dec = e.decade;
      let anchor: TimexAnchor = 'none';
      if (e.rel !== undefined) {
        const c = ctx.ref ? Math.floor(fromDayNumber(ctx.ref.dn).year / 100) + e.rel : 19;
        dec = c * 10 + e.decade;
        anchor = ctx.ref ? 'publication' : 'none';
      }
      const p: Point = { dn: dayNumber(dec * 10, 1, 1), sec: 0, grain: 'decade' };
      return { type: 'DATE', value: valueOf(p), grain: 'decade', start: startOf(p), anchor, confidence: 0.85, dn: p.dn };
    }
    case 'century': {
      let c = e.c;
      let anchor: TimexAnchor = 'none';
      if (e.rel !== undefined || c < 0) {
        const ref = needRef(ctx);
        c = Math.floor(fromDayNumber(ref.dn).year / 100) + (e.rel ?? -1);
        anchor = 'publication';
      }
      const p: Point = { dn: dayNumber(Math.max(1, c * 100), 1, 1), sec: 0, grain: 'century' };
      return { type: 'DATE', value: pad(c, 2), grain: 'century', start: startOf(p), anchor, confidence: 0.85, dn: p.dn };
    }
    case 'vague':
      return { type: 'DATE', value: e.dir < 0 ? 'PAST_REF' : 'FUTURE_REF', grain: e.unit ?? 'day', anchor: 'publication', confidence: 0.4 };
  }
}
