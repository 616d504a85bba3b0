import { describe, expect, it } from 'vitest';
import { analyzeText } from './testHelpers.js';

const speakers = (text: string): (string | null)[] => analyzeText(text).quotes.map((q) => q.speaker?.text ?? null);

describe('speaker attribution', () => {
  it('takes the whole title + name phrase after the verb, up to a preposition', () => {
    const s = speakers('وقال المتحدث باسم وزارة الزراعة سامر خليل في مؤتمر صحفي إن الموسم سيكون جيدا هذا العام.');
    expect(s).toHaveLength(1);
    expect(s[0]).toContain('المتحدث');
    expect(s[0]).toContain('سامر خليل');
    expect(s[0]).not.toContain('مؤتمر');
  });

  it('keeps an apposition after a comma and stops before a prepositional phrase', () => {
    const s = speakers('وقال مدير المستشفى، الطبيب فادي ناصر، لوكالة الأنباء إن عدد المرضى تراجع بشكل ملحوظ.');
    expect(s[0]).toContain('مدير المستشفى');
    expect(s[0]).toContain('فادي ناصر');
    expect(s[0]).not.toContain('لوكالة');
  });

  it('reads a subject before the verb (كان … قد، أما … فـ)', () => {
    expect(speakers('وكان رئيس البلدية قد أكد أن الأعمال ستنتهي قبل الشتاء.')[0]).toContain('رئيس البلدية');
    const s = speakers('أما مدرب الفريق الضيف فأكد أن لاعبيه قدموا كل ما لديهم في اللقاء.');
    expect(s[0]).toContain('مدرب الفريق');
  });

  it('continues the previous speaker for a pronoun-dropped verb, also in the next paragraph', () => {
    const text = 'وقال وزير النقل خالد يوسف إن المشروع سيكتمل في الصيف المقبل.\nوأضاف أن الحكومة خصصت ميزانية إضافية للطرق.';
    const s = speakers(text);
    expect(s).toHaveLength(2);
    expect(s[1]).toBe(s[0]);
    expect(s[0]).toContain('خالد يوسف');
  });

  it('gives a second quote of the sentence the first one\'s speaker', () => {
    const q = analyzeText('وقال المدرب سمير حداد إن الفريق "لعب بشجاعة كبيرة طوال اللقاء" لكنه "أضاع فرصا سهلة أمام المرمى".').quotes.filter((x) => x.direct);
    expect(q).toHaveLength(2);
    expect(q[0]?.speaker?.text).toContain('سمير حداد');
    expect(q[1]?.speaker?.text).toBe(q[0]?.speaker?.text);
  });

  it('does not hand a feminine verb a masculine title, or a masculine verb a feminine organisation', () => {
    const text = 'وقال الوزير إن الأسعار ستنخفض قريبا.\nوأضافت أن الدعم سيستمر طوال العام.';
    const s = speakers(text);
    expect(s[0]).toContain('الوزير');
    expect(s[1]).toBeNull();
    const t = 'وكانت الوزارة قد أطلقت البرنامج في الربيع، مشيرا إلى أن التسجيل مفتوح للجميع.';
    expect(speakers(t)).toEqual([null]);
  });

  it('never invents a speaker', () => {
    expect(speakers('وأضاف أن الاجتماع المقبل سيعقد في العاصمة.')).toEqual([null]);
    // A speaker two paragraphs back, with other paragraphs in between, is not reused.
    const text = 'وقال المحافظ سالم عيسى إن الطريق سيفتح غدا.\nوشهدت المدينة أمطارا غزيرة طوال الأسبوع.\nوتوقفت الدراسة في عدد من المدارس.\nوأكد أن فرق الطوارئ تعمل على مدار الساعة.';
    const s = speakers(text);
    expect(s[s.length - 1]).toBeNull();
  });

  it('attributes نقلت وكالة X عن Y to Y', () => {
    const q = analyzeText('ونقلت وكالة الأنباء الرسمية عن مصادر أمنية أن الهدوء عاد إلى المنطقة بعد ساعات من التوتر.').quotes;
    expect(q[0]?.speaker?.text).toContain('مصادر');
  });

  it('attributes a quote inside reported speech to its own subject (أفادت الوكالة بأن فلان شدد على أن “…”)', () => {
    const q = analyzeText('وأفادت الوكالة بأن كيم شدد خلال الاجتماع على أن “التعاون بين البلدين يخدم السلام في المنطقة”.').quotes.filter((x) => x.direct);
    expect(q[0]?.speaker?.text).toBe('كيم');
  });

  it('resolves a bare title speaker to the earlier named speaker with that title', () => {
    const text = 'وقال وزير الطاقة ماهر سليم إن الإنتاج سيرتفع خلال العام.\nوفي سياق آخر أعلنت الشركة عن خطة جديدة.\nوقال الوزير إن الأسعار لن تتغير في الوقت الحاضر.';
    const q = analyzeText(text).quotes;
    const last = q[q.length - 1];
    expect(last?.speaker?.text).toBe('الوزير');
    expect(last?.speakerRef?.text).toContain('ماهر سليم');
    expect(q[0]?.speakerRef).toBeUndefined();
  });
});
