import { describe, expect, it } from 'vitest';
import { tagTime, tagTimeDetailed } from './tagTime.js';
import { timeToJson } from './timeToJson.js';

const REF = '2024-12-03'; // a Tuesday
const one = (text: string, prefer: 'past' | 'future' | 'context' = 'context', ref = REF) => {
  const t = tagTime(text, { ref, prefer });
  expect(t.length, `${text}: ${JSON.stringify(t)}`).toBeGreaterThan(0);
  return t[0]!;
};

describe('tagTime: resolution with tense', () => {
  it('resolves a bare weekday toward the past in a past-tense sentence', () => {
    const t = one('وصل الوزير إلى العاصمة يوم الجمعة');
    expect(t.value).toBe('2024-11-29');
    expect(t.anchor).toBe('publication');
    expect(t.direction).toBe('tense:past');
  });
  it('resolves it toward the future when the verb is future', () => {
    expect(one('سيزور الرئيس المدينة يوم الخميس').value).toBe('2024-12-05');
    expect(one('من المقرر أن يصل الوفد يوم الأحد').value).toBe('2024-12-08');
  });
  it('lets explicit markers win over tense and prefer', () => {
    expect(one('الأحد المقبل', 'past').value).toBe('2024-12-08');
    expect(one('الخميس الماضي', 'future').value).toBe('2024-11-28');
  });
  it('reads relative days and units', () => {
    expect(one('قال اليوم').value).toBe('2024-12-03');
    expect(one('وصل أمس').value).toBe('2024-12-02');
    expect(one('يصل غدا').value).toBe('2024-12-04');
    expect(one('أول أمس').value).toBe('2024-12-01');
    expect(one('الأسبوع الماضي').value).toBe('2024-W48');
    expect(one('الشهر المقبل').value).toBe('2025-01');
    expect(one('العام الماضي').value).toBe('2023');
    expect(one('منذ 24 عامًا').value).toBe('2000');
    expect(one('قبل يومين').value).toBe('2024-12-01');
    expect(one('بعد ثلاثة أسابيع').value).toBe('2024-12-24');
  });
  it('reads month references relative to the article', () => {
    expect(one('التقيا في يونيو الماضي').value).toBe('2024-06');
    expect(one('في مارس المقبل').value).toBe('2025-03');
    expect(one('وقع الاتفاق في أكتوبر').value).toBe('2024-10');
    expect(one('في يوليو 2000').value).toBe('2000-07');
    expect(one('منذ فبراير 2022').mod).toBe('SINCE');
  });
  it('reads dates in every month convention', () => {
    expect(one('في 17 حزيران 2024').value).toBe('2024-06-17');
    expect(one('في 5 جويلية 2023').value).toBe('2023-07-05');
    expect(one('يوم 9 غشت 2022').value).toBe('2022-08-09');
    expect(one('الأول من كانون الثاني 2020').value).toBe('2020-01-01');
  });
  it('reads intervals', () => {
    const b = one('يجتمعون بين 14 و15 يوليو', 'future');
    expect([b.begin, b.end]).toEqual(['2025-07-14', '2025-07-15']);
    const y = one('سيزورها يومي الثلاثاء والأربعاء', 'future');
    expect([y.begin, y.end]).toEqual(['2024-12-10', '2024-12-11']);
    const r = one('من 13 إلى 15 تموز 2024');
    expect([r.begin, r.end]).toEqual(['2024-07-13', '2024-07-15']);
  });
  it('reads times, parts, holidays, durations, sets and decades', () => {
    expect(one('الساعة الخامسة مساءً').value).toBe('2024-12-03T17:00');
    expect(one('في أواخر مارس 2024').mod).toBe('END');
    expect(one('عيد الفطر 2024').value).toBe('2024-04-10');
    expect(one('زيارة تستغرق يومين').value).toBe('P2D');
    expect(one('استمرت ثلاثة أيام').value).toBe('P3D');
    expect(one('لمدة نحو عام').mod).toBe('APPROX');
    expect(one('تصدر يوميا').type).toBe('SET');
    expect(one('كل جمعة').value).toBe('XXXX-WXX-5');
    expect(one('في التسعينيات').value).toBe('199');
    expect(one('الربع الثالث من 2023').value).toBe('2023-Q3');
    expect(one('عند منتصف الليل').value).toBe('2024-12-04T00:00');
  });
  it('lets a written weekday choose the year, and reads bare years and vague spans', () => {
    expect(one('الاثنين 3 مارس').value).toBe('2025-03-03');
    expect(one('تأسست في 2011، ثم توسعت').value).toBe('2011');
    expect(tagTime('وزع في 2024 شخصا', { ref: REF })).toEqual([]);
    expect(one('منذ ساعات').value).toBe('PAST_REF');
    const w = one('خلال الأسبوعين الماضيين');
    expect([w.begin, w.end]).toEqual(['2024-11-19', '2024-12-03']);
  });
  it('chains اليوم التالي to the previous date', () => {
    const t = tagTime('وصل في 3 مارس 2024 وغادر في اليوم التالي', { ref: REF });
    const next = t.find((x) => x.text.includes('التالي'));
    expect(next?.value).toBe('2024-03-04');
    expect(next?.anchor).toBe('expression');
  });
  it('keeps spans on the original text', () => {
    const text = 'وصَلَ الوزيرُ يومَ الجمعةِ إلى المدينة';
    const t = one(text);
    expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(t.text.startsWith('يومَ')).toBe(true);
  });
});

describe('tagTime: bad input', () => {
  it('reports impossible dates and produces none', () => {
    for (const bad of ['في 31 فبراير 2024', 'يوم 30 شباط', 'في 31 رمضان 1445 هـ', 'في 12/13/2024']) {
      const r = tagTimeDetailed(bad, { ref: REF });
      expect(r.timexes.filter((t) => t.type === 'DATE'), bad).toEqual([]);
    }
    expect(tagTimeDetailed('في 31 فبراير 2024', { ref: REF }).messages.map((m) => m.code)).toContain('TIME_IMPOSSIBLE_DATE');
    expect(tagTimeDetailed('في 31 رمضان 1445 هـ', { ref: REF }).messages.map((m) => m.code)).toContain('TIME_IMPOSSIBLE_DATE');
  });
  it('never reads counts, ranges, phones or scores as dates', () => {
    const text = 'بلغ عدد المشاركين 6,000 شخص، وتراوحت الخسائر بين 25 الى 30 ألف دولار، للاتصال 0501234567 أو 055-123-4567، وانتهت المباراة 2-1 وحضرها 2024 متفرجا وأحد المسؤولين';
    const t = tagTime(text, { ref: REF });
    expect(t.filter((x) => x.type === 'DATE' || x.type === 'TIME')).toEqual([]);
  });
  it('survives far years and hundreds of dates', () => {
    expect(() => tagTime('في 3 مارس 9999 وفي عام 1000 وفي 5 مايو 1', { ref: REF })).not.toThrow();
    const many = Array.from({ length: 400 }, (_, i) => `وصل في ${(i % 28) + 1} مارس ${1990 + (i % 30)} ثم عاد يوم الجمعة`).join('. ');
    const t = tagTime(many, { ref: REF });
    expect(t.length).toBe(800);
  });
  it('never throws on random mixtures of time words, numbers and punctuation', () => {
    const parts = ['يوم', 'الجمعة', 'من', 'إلى', 'بين', 'و', '31', '13', '2024', '1445', 'هـ', 'فبراير', 'رمضان', 'الساعة', ':', '/', '-', '٣', 'الماضي', 'المقبل', 'منذ', 'خلال', 'أيام', 'الثالث', 'عشر', 'إلا', 'ربع', 'مساء', 'كل', 'الأسبوع', 'حتى', '،', '.', '9999', '0'];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 3 + rnd(12) }, () => parts[rnd(parts.length)]).join(rnd(3) === 0 ? '' : ' ');
      for (const prefer of ['past', 'future', 'context'] as const) {
        const r = tagTimeDetailed(text, { ref: REF, prefer });
        for (const t of r.timexes) expect(text.slice(t.span[0], t.span[1]), text).toBe(t.text);
      }
    }
    expect(tagTime('', { ref: REF })).toEqual([]);
  });
  it('leaves relative expressions unresolved without a reference, with a message', () => {
    const r = tagTimeDetailed('وصل يوم الجمعة. وغادر في 3 مارس 2024');
    expect(r.timexes.map((t) => t.value)).toEqual(['2024-03-03']);
    expect(r.messages.map((m) => m.code)).toContain('TIME_NO_REFERENCE');
  });
  it('flags a weekday that does not match its date', () => {
    const r = tagTimeDetailed('يوم الجمعة 3 مارس 2024', { ref: REF });
    expect(r.timexes[0]?.value).toBe('2024-03-03');
    expect(r.messages.map((m) => m.code)).toContain('TIME_AMBIGUOUS');
  });
  it('reports a bad reference instead of throwing', () => {
    const r = tagTimeDetailed('اليوم', { ref: 'yesterday' });
    expect(r.messages.map((m) => m.code)).toContain('TIME_BAD_REFERENCE');
  });
});

describe('timeToJson', () => {
  it('prints the issue 5 line shape', () => {
    const o = JSON.parse(timeToJson('بين 14 و15 يوليو 2025', { ref: REF })) as { timexes: Array<Record<string, unknown>> };
    expect(Object.keys(o.timexes[0] ?? {}).sort()).toEqual(['anchor', 'begin', 'end', 'grain', 'inferred', 'span', 'text', 'type', 'value']);
    expect(o.timexes[0]?.['span']).toEqual([0, 21]);
  });
});
