import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import {
  dayNumber,
  fromDayNumber,
  gregorianMonth,
  gregorianToHijri,
  hijriMonth,
  hijriToGregorian,
  parseArabicDate,
  scanArabicDates,
  weekday,
  weekdayOf,
} from './calendars.js';

describe('month and weekday names', () => {
  it('reads every convention of a Gregorian month', () => {
    for (const w of ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز']) expect(gregorianMonth(w)).toBe(7);
    for (const w of ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت']) expect(gregorianMonth(w)).toBe(8);
    expect(gregorianMonth('كانون الثاني')).toBe(1);
    expect(gregorianMonth('كانون الأول')).toBe(12);
    expect(gregorianMonth('تشرين الثاني')).toBe(11);
    expect(gregorianMonth('شتنبر')).toBe(9);
    expect(gregorianMonth('دجنبر')).toBe(12);
    expect(gregorianMonth('الوزير')).toBeUndefined();
  });
  it('reads Hijri months and weekdays', () => {
    expect(hijriMonth('ذو الحجة')).toBe(12);
    expect(hijriMonth('ذي القعدة')).toBe(11);
    expect(hijriMonth('جمادى الآخرة')).toBe(6);
    expect(hijriMonth('ربيع الثاني')).toBe(4);
    expect(weekday('الجمعه')).toBe(5);
    expect(weekday('الإثنين')).toBe(1);
    expect(weekday('السبت')).toBe(6);
  });
});

describe('calendar arithmetic', () => {
  it('round-trips day numbers', () => {
    for (const n of [-1000, 0, 19000, 20000, 45000]) {
      const d = fromDayNumber(n);
      expect(dayNumber(d.year, d.month, d.day)).toBe(n);
    }
    expect(weekdayOf(2013, 2, 12)).toBe(2);
  });
  it('converts Umm al-Qura dates both ways', () => {
    expect(hijriToGregorian(1436, 10, 25)).toMatchObject({ year: 2015, month: 8, day: 10, method: 'umalqura' });
    expect(gregorianToHijri(2024, 12, 3)).toEqual({ year: 1446, month: 6, day: 2 });
    for (let n = dayNumber(1990, 1, 1); n < dayNumber(2030, 1, 1); n += 97) {
      const g = fromDayNumber(n);
      const h = gregorianToHijri(g.year, g.month, g.day);
      expect(h).not.toBeNull();
      if (h) expect(hijriToGregorian(h.year, h.month, h.day)).toMatchObject(g);
    }
  });
  it('refuses impossible Hijri dates', () => {
    expect(hijriToGregorian(1436, 13, 1)).toBeNull();
    expect(hijriToGregorian(1436, 10, 31)).toBeNull();
    expect(hijriToGregorian(1436, 0, 1)).toBeNull();
  });
});

describe('scanArabicDates', () => {
  const one = (t: string): string | undefined => parseArabicDate(t)[0]?.value;
  it('reads named and numeric dates', () => {
    expect(one('نشر في 3 ديسمبر 2024 06:45')).toBe('2024-12-03T06:45');
    expect(one('17 حزيران 2024')).toBe('2024-06-17');
    expect(one('الخميس 5 جويلية 2023')).toBe('2023-07-05');
    expect(one('15 تموز/يوليو 2020')).toBe('2020-07-15');
    expect(one('٠٣/١٢/٢٠٢٤')).toBe('2024-12-03');
    expect(one('2024-12-03')).toBe('2024-12-03');
    expect(one('يونيو 2024')).toBe('2024-06');
    expect(one('12.05.2019 الساعة 10:30 م')).toBe('2019-05-12T22:30');
    expect(one('3 مارس 2024 الساعة 7:05 صباحاً')).toBe('2024-03-03T07:05');
  });
  it('keeps the original span', () => {
    const t = 'كتب يوم  ١٧ حزيران ٢٠٢٤ في المدينة';
    const d = parseArabicDate(t)[0];
    expect(d && t.slice(d.start, d.end)).toBe('١٧ حزيران ٢٠٢٤');
  });
  it('reads Hijri dates and the combined form', () => {
    expect(one('25 شوال 1436 هـ')).toBe('2015-08-10');
    const [d] = parseArabicDate('مكة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م');
    expect(d?.calendar).toBe('both');
    expect(d?.value).toBe('2015-08-10');
    expect(d?.notes).toEqual([]);
    const [bad] = parseArabicDate('1 شوال 1436 هـ الموافق 10 أغسطس 2015 م');
    expect(bad?.notes).toContain('hijri-gregorian-disagree');
  });
  it('rejects impossible dates and never reads plain numbers as dates', () => {
    expect(scanArabicDates('31 فبراير 2024').rejected.map((r) => r.reason)).toEqual(['impossible-date']);
    expect(scanArabicDates('31 رمضان 1445 هـ').rejected.map((r) => r.reason)).toEqual(['impossible-hijri-date']);
    expect(scanArabicDates('3 مارس 9024').rejected.map((r) => r.reason)).toEqual(['year-out-of-range']);
    expect(parseArabicDate('الإصدار 1.5.20 متاح')).toEqual([]);
    const noise = 'بلغ العدد 6,000 وبين 25 الى 30 ألف والنتيجة 2-1 والهاتف 0501234567 و 055-123-4567 و 14/13/2020';
    expect(parseArabicDate(noise)).toEqual([]);
  });
  it('handles hundreds of dates quickly', () => {
    const t = Array.from({ length: 500 }, (_, i) => `${(i % 28) + 1} مارس ${2000 + (i % 20)}`).join(' و ');
    expect(parseArabicDate(t)).toHaveLength(500);
  });
});

const duck = sharedPath('eval', 'duckling-ar.json');
describe.skipIf(!existsSync(duck))('Hijri cases of the shared Duckling/dateparser corpus', () => {
  if (!existsSync(duck)) console.log(`skipped: ${duck} is missing`);
  it('passes every case', () => {
    const data = JSON.parse(readFileSync(duck, 'utf8')) as { hijri: { examples: Array<{ text: string; expected: string }> } };
    for (const ex of data.hijri.examples) {
      const d = parseArabicDate(ex.text, { numericCalendar: 'hijri' })[0];
      expect(d, ex.text).toBeDefined();
      const v = d?.value ?? '';
      const full = v.length === 10 ? `${v}T00:00:00` : v.length === 16 ? `${v}:00` : v;
      expect(full, ex.text).toBe(ex.expected);
    }
  });
});
