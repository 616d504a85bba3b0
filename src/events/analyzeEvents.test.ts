import { describe, expect, it } from 'vitest';
import { analyzeText } from './testHelpers.js';
import { analyzeEvents } from './analyzeEvents.js';

describe('events', () => {
  it('finds a visit with agent, place, time and modality', () => {
    const text = 'وصل وزير الخارجية الأردني أيمن الصفدي اليوم الأحد إلى مدينة بغداد في زيارة رسمية.';
    const { events } = analyzeText(text);
    const v = events.find((e) => e.type === 'VISIT');
    expect(v).toBeDefined();
    expect(v?.agents[0]?.text).toContain('الصفدي');
    expect(v?.place?.text).toContain('بغداد');
    expect(v?.time?.value).toBe('2025-03-09');
    expect(v?.modality).toBe('happened');
    expect(text.slice(v?.sentence.start, v?.sentence.end)).toContain('وصل');
  });

  it('reads planned, denied and hypothetical modality', () => {
    expect(analyzeText('ومن المقرر أن يلتقي الوزير نظيره العراقي غدا.').events.find((e) => e.type === 'MEET')?.modality).toBe('planned');
    expect(analyzeText('سيزور الرئيس الفرنسي القاهرة الشهر المقبل.').events.find((e) => e.type === 'VISIT')?.modality).toBe('planned');
    expect(analyzeText('ونفت الحكومة أن يكون الوفد قد زار المنطقة.').events.find((e) => e.type === 'VISIT')?.modality).toBe('denied');
    expect(analyzeText('لم يزر الوزير المدينة منذ سنوات.').events.find((e) => e.type === 'VISIT')?.modality).toBe('denied');
    expect(analyzeText('وإذا وقع الطرفان الاتفاق فسيتغير الوضع.').events.find((e) => e.type === 'AGREE')?.modality).toBe('hypothetical');
  });

  it('uses context to tell ambiguous triggers apart', () => {
    expect(analyzeText('وقع البلدان اتفاقية للتعاون في مجال الطاقة.').events.map((e) => e.type)).toContain('AGREE');
    expect(analyzeText('وقع انفجار قوي في السوق المركزي.').events.map((e) => e.type)).not.toContain('AGREE');
    expect(analyzeText('نشرت الصحيفة تقريرا مطولا عن الاقتصاد.').events.map((e) => e.type)).not.toContain('DEPLOY');
    expect(analyzeText('أرسلت الحكومة ألفي جندي إلى الحدود.').events.map((e) => e.type)).toContain('DEPLOY');
    expect(analyzeText('وقالت وزارة الصحة إن الوضع مستقر.').events.map((e) => e.type)).not.toContain('VISIT');
  });

  it('reads tense and clitic forms of triggers', () => {
    expect(analyzeText('والتقى الرئيس السوري وفدا من رجال الأعمال.').events.map((e) => e.type)).toContain('MEET');
    expect(analyzeText('وتأتي زيارته بعد أسبوع من التوتر.').events.length).toBeGreaterThanOrEqual(0);
    expect(analyzeText('فرضت الحكومة عقوبات جديدة على الشركات.').events.map((e) => e.type)).toContain('SANCTION');
  });

  it('uses entity mentions when given', () => {
    const text = 'زار سامر خليل العاصمة أمس.';
    const start = text.indexOf('سامر');
    const r = analyzeEvents({ text, entities: [{ start, end: start + 'سامر خليل'.length, text: 'سامر خليل', type: 'PERS', entityId: 'Q1' }] });
    const v = r.events.find((e) => e.type === 'VISIT');
    expect(v?.agents[0]?.entityId).toBe('Q1');
  });
});

describe('quotes', () => {
  it('attributes a direct quote to the speaker before the speech verb', () => {
    const text = 'وقال المتحدث باسم الوزارة: «لن نقبل بأي تسوية على حساب الشعب».';
    const { quotes } = analyzeText(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.direct).toBe(true);
    expect(quotes[0]?.text).toBe('لن نقبل بأي تسوية على حساب الشعب');
    expect(quotes[0]?.speaker?.text).toContain('المتحدث');
  });

  it('finds indirect speech after a speech verb with a complementiser', () => {
    const { quotes } = analyzeText('وأكد الوزير أن المفاوضات ستستمر حتى نهاية الشهر.');
    expect(quotes[0]?.direct).toBe(false);
    expect(quotes[0]?.speaker?.text).toBe('الوزير');
    expect(quotes[0]?.text).toContain('المفاوضات ستستمر');
  });

  it('attributes to unnamed sources and never invents a speaker', () => {
    const a = analyzeText('وبحسب مصادر محلية، فإن القافلة وصلت إلى المدينة صباحا.').quotes;
    expect(a[0]?.speaker?.text).toBe('مصادر محلية');
    expect(a[0]?.speaker?.kind).toBe('unnamed');
    const b = analyzeText('وقالت إن الوضع مستقر تماما في المنطقة.').quotes;
    expect(b).toHaveLength(1);
    expect(b[0]?.speaker).toBeNull();
  });

  it('ignores names in quotation marks without a speech cue', () => {
    expect(analyzeText('افتتح المعرض في قاعة «النخيل» الكبرى.').quotes).toHaveLength(0);
  });
});

describe('claims', () => {
  it('reads quantity, unit, predicate and attribution', () => {
    const { claims } = analyzeText('أرسلت الحكومة أكثر من 5 آلاف جندي إلى الحدود، وفقا لتقارير محلية.');
    expect(claims).toHaveLength(1);
    const c = claims[0];
    expect(c?.value).toBe(5000);
    expect(c?.qualifier).toBe('more-than');
    expect(c?.unit).toBe('جندي');
    expect(c?.predicate).toBe('send');
    expect(c?.attribution?.text).toBe('تقارير محلية');
  });

  it('separates sent from ready to send', () => {
    const { claims } = analyzeText('والدولة مستعدة لإرسال ما بين 20 و25 ألف جندي.');
    expect(claims[0]?.predicate).toBe('planned:send');
    expect([claims[0]?.min, claims[0]?.max]).toEqual([20000, 25000]);
  });

  it('keeps modifiers of the counted noun, money and percentages', () => {
    const { claims } = analyzeText('وصل نحو 300 مهندس عسكري بتكلفة 18 مليون دولار، وارتفعت النسبة إلى 40%.');
    expect(claims.find((c) => c.value === 300)?.what).toBe('مهندس عسكري');
    expect(claims.find((c) => c.value === 18000000)?.kind).toBe('money');
    expect(claims.find((c) => c.value === 40)?.kind).toBe('percent');
  });

  it('does not take dates, years, ordinals, durations or names for claims', () => {
    const { claims } = analyzeText('في عام 2019 وفي 12 مارس، وللمرة الثانية منذ 24 عاما، شاركت مجموعة العشرين والقرار 2231 في الجولة 3.');
    expect(claims).toEqual([]);
  });
});
