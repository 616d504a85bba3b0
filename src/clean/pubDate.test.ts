import { describe, expect, it } from 'vitest';
import { dateStampOfLine, relativeStampOfLine } from './pubDate.js';

describe('dateStampOfLine', () => {
  it.each([
    ['3 ديسمبر 2024 06:45', '2024-12-03T06:45', 'unlabelled'],
    ['17 حزيران 2024', '2024-06-17', 'unlabelled'],
    ['نشر في: الثلاثاء 03/12/2024 - 10:30 م', '2024-12-03T22:30', 'published'],
    ['آخر تحديث: 5 جويلية 2023', '2023-07-05', 'modified'],
    ['٢٠ يناير ٢٠٢٤', '2024-01-20', 'unlabelled'],
    ['الأحد 14 آب 2022 - 09:00', '2022-08-14T09:00', 'unlabelled'],
  ])('%s', (line, value, role) => {
    expect(dateStampOfLine(line)).toMatchObject({ value, role });
  });

  it.each(['وصل الوفد في 3 ديسمبر 2024 بعد رحلة طويلة', 'منذ 24 عاماً', 'ديسمبر 2024', 'العدد 1234'])('not a stamp: %s', (line) => {
    expect(dateStampOfLine(line)).toBeUndefined();
  });
});

describe('relativeStampOfLine', () => {
  const ref = '2024-03-10T12:00:00';
  it.each([
    ['منذ ساعتين', '2024-03-10T10:00'],
    ['منذ 5 دقائق', '2024-03-10T11:55'],
    ['قبل 3 أيام', '2024-03-07'],
    ['منذ يومين', '2024-03-08'],
    ['قبل أسبوع', '2024-03-03'],
    ['منذ شهرين', '2024-01'],
    ['3 hours ago', '2024-03-10T09:00'],
  ])('%s', (line, value) => {
    expect(relativeStampOfLine(line, ref)?.value).toBe(value);
  });
  it('without a reference it is recognised but unresolved', () => {
    expect(relativeStampOfLine('منذ ساعتين', undefined)).toMatchObject({ value: '', kind: 'relative' });
  });
  it.each(['منذ زمن بعيد', 'قبل الحرب', 'منذ ساعتين قال الوزير إن الاجتماع انتهى دون نتائج'])('not a stamp: %s', (line) => {
    expect(relativeStampOfLine(line, ref)).toBeUndefined();
  });
});
