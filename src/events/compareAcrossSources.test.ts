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
