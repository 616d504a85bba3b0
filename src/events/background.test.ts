import { describe, expect, it } from 'vitest';
import { compareAcrossSources, type SourceArticle } from './compareAcrossSources.js';
import { exportArticleEvents, exportStoryEvents } from './exportEvents.js';
import { isBackgroundTime, lastDayOf } from './background.js';
import { analyzeText } from './testHelpers.js';

const visits = (text: string, ref = '2024-06-19') => analyzeText(text, ref).events.filter((e) => e.type === 'VISIT');

describe('background events', () => {
  it('marks an event dated well before the reference date as background', () => {
    const old = visits('ارتفعت الأسعار في الأسواق.\nوزار الرئيس الروسي بيونغ يانغ في يوليو 2000.').filter((e) => e.time !== null);
    expect(old).toHaveLength(1);
    expect(old[0]?.background).toBe(true);
    const summit = analyzeText('ارتفعت الأسعار في الأسواق.\nوعقدت قمة بين الزعيمين في عام 2019 في مدينة فلاديفوستوك.', '2024-06-19').events.filter((e) => e.type === 'MEET');
    expect(summit[0]?.background).toBe(true);
  });

  it('never backgrounds the lead sentence by its date (the reference date is off instead)', () => {
    const text = 'زار الرئيس الروسي بيونغ يانغ في 3 مارس 2018.\nوزار الرئيس الروسي المدينة في 5 مارس 2018.';
    const v = visits(text);
    expect(v.map((e) => e.background)).toEqual([false, true]);
  });

  it('keeps current news in the foreground', () => {
    const now = visits('وصل الرئيس الروسي إلى بيونغ يانغ اليوم في زيارة رسمية.');
    expect(now[0]?.background).toBe(false);
    const lastWeek = visits('زار وزير الخارجية بغداد الأسبوع الماضي.');
    expect(lastWeek[0]?.background).toBe(false);
    // A planned event is never background, whatever its date.
    expect(visits('ومن المقرر أن يزور الوزير القاهرة الشهر المقبل.')[0]?.background).toBe(false);
  });

  it('reads background cues without a date', () => {
    expect(visits('وكان الرئيس قد زار المدينة برفقة وفد كبير.')[0]?.background).toBe(true);
    expect(visits('وسبق أن زار الوزير العاصمة الكورية.')[0]?.background).toBe(true);
    expect(visits('وخلال زيارته السابقة إلى دمشق التقى الرئيس.')[0]?.background).toBe(true);
    expect(visits('وزار الرئيس المدينة آنذاك.')[0]?.background).toBe(true);
    expect(visits('زار الرئيس المدينة برفقة وفد كبير.')[0]?.background).toBe(false);
  });

  it('treats "since" dates as bounds, not as the date of the current event', () => {
    const r = visits('وصل الرئيس الروسي إلى بيونغ يانغ، في أول زيارة له منذ يوليو 2000.');
    expect(r.length).toBeGreaterThan(0);
    for (const e of r) {
      expect(e.time?.value).not.toBe('2000-07');
      expect(e.background).toBe(false);
    }
    const war = analyzeText('وهو أقوى انفجار منذ نهاية الحرب في 1953 بحسب السكان.', '2024-06-19').events.filter((e) => e.type === 'ATTACK');
    expect(war[0]?.time).toBeNull();
    expect(war[0]?.background).toBe(false);
    // The recalled event after منذ is background.
    const since = analyzeText('وهي المرة الأولى منذ توقيع الاتفاقية بين البلدين.', '2024-06-19').events.filter((e) => e.type === 'AGREE');
    expect(since[0]?.background).toBe(true);
  });

  it('uses the latest date of an undated article as its reference', () => {
    const text = 'وصل الوفد إلى العاصمة.\nزار الوزير المدينة في 3 مارس 2018. ووصل الوزير إلى بغداد في 10 يونيو 2024.';
    const { events } = analyzeText(text, '');
    const v = events.filter((e) => e.type === 'VISIT' && e.time !== null);
    expect(v.map((e) => e.background)).toEqual([true, false]);
  });

  it('computes the last day of a value', () => {
    expect(lastDayOf({ value: '2024-02' })).toBe(Date.UTC(2024, 1, 29) / 86400000);
    expect(lastDayOf({ value: '2019' })).toBe(Date.UTC(2019, 11, 31) / 86400000);
    const ref = Date.UTC(2024, 5, 19) / 86400000;
    const t = (value: string, grain: 'day' | 'month' | 'year') => ({ value, grain, inferred: false, span: { start: 0, end: 1 }, text: 'x' });
    expect(isBackgroundTime(t('2024-06-01', 'day'), ref)).toBe(false);
    expect(isBackgroundTime(t('2024-04-01', 'day'), ref)).toBe(true);
    expect(isBackgroundTime(t('2024', 'year'), ref)).toBe(false);
    expect(isBackgroundTime(t('2023', 'year'), ref)).toBe(true);
    expect(isBackgroundTime({ ...t('2000', 'year'), text: 'منذ عام 2000' }, ref)).toBe(false);
  });

  it('carries background through story events and the export', () => {
    const a: SourceArticle = { id: 'a', ...analyzeText('تستمر المحادثات.\nوزار الرئيس الروسي فلاديمير بوتين بيونغ يانغ في يوليو 2000.', '2024-06-19') };
    const b: SourceArticle = { id: 'b', ...analyzeText('وكان الرئيس الروسي فلاديمير بوتين قد زار بيونغ يانغ في يوليو 2000.', '2024-06-20') };
    const c: SourceArticle = { id: 'c', ...analyzeText('وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ اليوم.', '2024-06-19') };
    const r = compareAcrossSources([a, b, c]);
    const v = r.events.filter((e) => e.type === 'VISIT');
    expect(v).toHaveLength(2);
    const old = v.find((e) => e.sources.length === 2);
    expect(old?.background).toBe(true);
    expect(v.find((e) => e.sources.length === 1)?.background).toBe(false);
    expect(exportStoryEvents(r.events).find((e) => e.id === old?.id)?.background).toBe(true);
    expect(exportArticleEvents('a', '', a.events).find((e) => e.type === 'VISIT')?.background).toBe(true);
  });
});
