import { describe, expect, it } from 'vitest';
import { claimInterval, compareAcrossSources, unitKey, type SourceArticle } from './compareAcrossSources.js';
import { exportArticleEvents, exportClaims, exportQuotes, exportStoryEvents, formatClaims, formatDisagreements, formatEvents, formatQuotes } from './exportEvents.js';
import { analyzeText } from './testHelpers.js';

const art = (id: string, text: string, ref: string, publisher?: string): SourceArticle => ({
  id,
  text,
  published: ref,
  ...(publisher ? { publisher } : {}),
  ...analyzeText(text, ref),
});

describe('compareAcrossSources', () => {
  it('merges the same visit from two outlets and flags different dates', () => {
    const a = art('a', 'وصل وزير الداخلية التركي مراد أوزتورك إلى تونس يوم الجمعة الماضي.', '2025-03-09', 'الأولى');
    const b = art('b', 'وصل وزير الداخلية التركي مراد أوزتورك اليوم إلى تونس.', '2025-03-10', 'الثانية');
    const c = art('c', 'وصل الرئيس البرازيلي إلى ليما أمس.', '2025-03-09');
    const r = compareAcrossSources([a, b, c]);
    const visits = r.events.filter((e) => e.type === 'VISIT');
    expect(visits).toHaveLength(2);
    const merged = visits.find((e) => e.sources.length === 2);
    expect(merged?.sources.map((s) => s.articleId).sort()).toEqual(['a', 'b']);
    const d = r.disagreements.filter((x) => x.kind === 'date');
    expect(d).toHaveLength(1);
    expect(d[0]?.items.map((i) => i.value).sort()).toEqual(['2025-03-07', '2025-03-10']);
  });

  it('merges a title phrase with the fuller name phrase but keeps undated agent-less mentions apart', () => {
    const a = art('a', 'وصل وزير الداخلية التركي إلى تونس اليوم.', '2025-03-09');
    const b = art('b', 'وصل وزير الداخلية التركي مراد أوزتورك إلى تونس أمس.', '2025-03-10');
    const merged = compareAcrossSources([a, b]).events.filter((e) => e.type === 'VISIT');
    expect(merged).toHaveLength(1);
    const c = art('c', 'تعد الزيارة إلى تونس مهمة.', '2025-03-09');
    const d = art('d', 'وصل الرئيس الكيني إلى تونس.', '2025-03-09');
    expect(compareAcrossSources([c, d]).events.filter((e) => e.type === 'VISIT')).toHaveLength(2);
  });

  it('does not merge visits months apart', () => {
    const a = art('a', 'زار وزير الداخلية التركي مراد أوزتورك تونس في 3 يناير 2025.', '2025-03-09');
    const b = art('b', 'زار وزير الداخلية التركي مراد أوزتورك تونس في 5 يونيو 2025.', '2025-06-09');
    const r = compareAcrossSources([a, b]);
    expect(r.events.filter((e) => e.type === 'VISIT')).toHaveLength(2);
    expect(r.disagreements).toEqual([]);
  });

  it('flags different counts of the same thing but not different predicates or compatible approximations', () => {
    const a = art('a', 'أرسلت الدولة 10 آلاف جندي إلى الجبهة.', '2025-03-09');
    const b = art('b', 'أرسلت الدولة 12 ألف جندي إلى الجبهة.', '2025-03-09');
    const c = art('c', 'أرسلت الدولة أكثر من 10 آلاف جندي، وهي مستعدة لإرسال ما بين 25 و30 ألف جندي آخرين.', '2025-03-09');
    const r1 = compareAcrossSources([a, b]);
    expect(r1.disagreements.filter((x) => x.kind === 'number')).toHaveLength(1);
    expect(r1.disagreements[0]?.items.map((i) => i.value).sort()).toEqual(['10000', '12000']);
    const r2 = compareAcrossSources([c, a]);
    expect(r2.disagreements.filter((x) => x.kind === 'number')).toEqual([]);
    const d = art('d', 'حضر المباراة نحو 30 ألف متفرج.', '2025-03-09');
    const e = art('e', 'حضر المباراة 28,400 متفرج.', '2025-03-09');
    expect(compareAcrossSources([d, e]).disagreements).toEqual([]);
  });

  it('flags the same quote given to different speakers', () => {
    const a = art('a', 'وقال وزير المالية خالد سعيد: «لن نرفع أسعار الخبز هذا العام مهما حدث».', '2025-03-09');
    const b = art('b', 'وقال رئيس الوزراء فهد ناصر: «لن نرفع أسعار الخبز هذا العام مهما حدث».', '2025-03-09');
    const r = compareAcrossSources([a, b]);
    expect(r.disagreements.filter((x) => x.kind === 'attribution')).toHaveLength(1);
  });

  it('flags 10,000 against 12,000 for the same counted thing, with every item located', () => {
    const a = art('a', 'وأرسلت كوريا الشمالية 10 آلاف جندي إلى روسيا.', '2024-12-03', 'الأولى');
    const b = art('b', 'وأرسلت كوريا الشمالية 12 ألف جندي إلى روسيا.', '2024-12-03', 'الثانية');
    const d = compareAcrossSources([b, a]).disagreements.filter((x) => x.kind === 'number');
    expect(d).toHaveLength(1);
    expect(d[0]?.items.map((i) => [i.articleId, i.publisher, i.value])).toEqual([
      ['a', 'الأولى', '10000'],
      ['b', 'الثانية', '12000'],
    ]);
    for (const it of d[0]?.items ?? []) {
      const text = it.articleId === 'a' ? a.text : b.text;
      expect(text?.slice(it.start, it.end)).toBe(it.text);
    }
  });

  it('does not flag "more than 10 thousand sent" against "25 to 30 thousand ready to be sent"', () => {
    const a = art('a', 'وأرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا.', '2024-12-03');
    const b = art('b', 'وقالت المصادر إن كوريا الشمالية مستعدة لإرسال 25 إلى 30 ألفا من الجنود إلى روسيا.', '2024-12-03');
    const r = compareAcrossSources([a, b]);
    expect(r.disagreements.filter((x) => x.kind === 'number')).toEqual([]);
    // The two claims were read (so nothing passes by accident) and have different predicates.
    const ca = a.claims.find((c) => c.value === 10000);
    const cb = b.claims.find((c) => c.min === 25000 && c.max === 30000);
    expect(ca).toBeDefined();
    expect(cb).toBeDefined();
    expect(ca?.predicate).not.toBe(cb?.predicate);
  });

  it('flags the same arrival dated 2024-11-29 by one outlet and 2024-12-03 ("today") by another', () => {
    const a = art('a', 'وصل وزير الدفاع الروسي أندريه بيلوسوف إلى بيونغ يانغ يوم الجمعة 29 نوفمبر 2024.', '2024-11-30', 'الأولى');
    const b = art('b', 'وصل وزير الدفاع الروسي أندريه بيلوسوف اليوم إلى بيونغ يانغ.', '2024-12-03', 'الثانية');
    const r = compareAcrossSources([a, b]);
    const v = r.events.filter((e) => e.type === 'VISIT');
    expect(v).toHaveLength(1);
    expect(v[0]?.sources.map((s) => s.time?.value)).toEqual(['2024-11-29', '2024-12-03']);
    const d = r.disagreements.filter((x) => x.kind === 'date');
    expect(d).toHaveLength(1);
    expect(d[0]?.items.map((i) => [i.articleId, i.publisher, i.value])).toEqual([
      ['a', 'الأولى', '2024-11-29'],
      ['b', 'الثانية', '2024-12-03'],
    ]);
    expect(b.text?.slice(d[0]?.items[1]?.start, d[0]?.items[1]?.end)).toBe('اليوم');
  });

  it('does not flag an attribution when one side only names a title', () => {
    const a = art('a', 'وقال وزير المالية خالد سعيد: «لن نرفع أسعار الخبز هذا العام مهما حدث».', '2025-03-09');
    const b = art('b', 'وقال الوزير: «لن نرفع أسعار الخبز هذا العام مهما حدث».', '2025-03-09');
    expect(compareAcrossSources([a, b]).disagreements.filter((x) => x.kind === 'attribution')).toEqual([]);
  });

  it('is deterministic: the same articles in any order give the same result', () => {
    const texts = [
      'وصل وزير الدفاع الروسي أندريه بيلوسوف إلى بيونغ يانغ يوم الجمعة. وأرسلت كوريا الشمالية 10 آلاف جندي إلى روسيا.',
      'وصل وزير الدفاع الروسي أندريه بيلوسوف اليوم إلى بيونغ يانغ. وأرسلت كوريا الشمالية 12 ألف جندي إلى روسيا.',
      'وقال وزير المالية خالد سعيد: «لن نرفع أسعار الخبز هذا العام مهما حدث». والتقى الرئيس نظيره في القاهرة.',
      'وقال رئيس الوزراء فهد ناصر: «لن نرفع أسعار الخبز هذا العام مهما حدث».',
    ];
    const arts = texts.map((t, i) => art(`n${i}`, t, `2024-12-0${i + 1}`));
    const r1 = compareAcrossSources(arts);
    const r2 = compareAcrossSources([...arts].reverse());
    const r3 = compareAcrossSources([arts[2], arts[0], arts[3], arts[1]] as SourceArticle[]);
    expect(JSON.stringify(r2)).toBe(JSON.stringify(r1));
    expect(JSON.stringify(r3)).toBe(JSON.stringify(r1));
    expect(r1.events.map((e) => e.id)).toEqual(r1.events.map((_, i) => `E${i + 1}`));
    expect(new Set(r1.disagreements.map((d) => d.kind))).toEqual(new Set(['date', 'number', 'attribution']));
  });

  it('folds unit plurals and reads qualifier intervals', () => {
    expect(unitKey('جنود')).toBe(unitKey('جندي'));
    expect(unitKey('أسرة')).toBe(unitKey('عائلة'));
    expect(claimInterval({ value: 100, qualifier: 'approx' })).toEqual([90, 110.00000000000001]);
    expect(claimInterval({ min: 25, max: 30, qualifier: 'between' })).toEqual([25, 30]);
  });
});

describe('export', () => {
  it('maps to the export shapes and formats text lines', () => {
    const text = 'وصل وزير الداخلية التركي مراد أوزتورك إلى تونس أمس. وقال الوزير: «نريد تعاونا أوسع في كل المجالات». وأرسلت الحكومة ما بين 200 و300 شرطي.';
    const r = analyzeText(text);
    const ev = exportArticleEvents('x', text, r.events);
    expect(ev[0]).toMatchObject({ id: 'x#e1', type: 'VISIT', modality: 'happened', time: { value: '2025-03-08', grain: 'day', inferred: false } });
    expect(ev[0]?.sources[0]?.text).toContain('وصل');
    const qs = exportQuotes('x', r.quotes);
    expect(qs.find((q) => q.direct)?.speaker?.text).toBe('الوزير');
    const cl = exportClaims('x', r.claims);
    expect(cl[0]?.value).toEqual([200, 300]);
    expect(formatEvents(ev)).toContain('VISIT/ARRIVE');
    expect(formatQuotes(qs)).toContain('الوزير');
    expect(formatClaims(cl)).toContain('200–300');
    const cmp = compareAcrossSources([{ id: 'x', text, ...r }]);
    expect(exportStoryEvents(cmp.events)[0]?.sources).toHaveLength(1);
    expect(formatDisagreements([{ kind: 'number', about: 'send جندي', items: [{ articleId: 'a', value: '1', start: 0, end: 1, text: '1' }] }])).toContain('send');
  });
});
