import { describe, expect, it } from 'vitest';
import { classifyLines, isCategoryKey, unglueCategory } from './boilerplate.js';
import { lineKey } from './lineKey.js';
import { splitLines } from './lines.js';

const PARA = 'افتتحت الهيئة العامة للطرق اليوم مشروعاً جديداً لتوسعة الطريق الساحلي بطول عشرين كيلومتراً، وقال مديرها إن العمل سينتهي قبل نهاية العام المقبل.';
const kinds = (text: string): [string, string][] => classifyLines(splitLines(text)).labels.map((l) => [l.line.text, l.kind === l.reason ? l.kind : `${l.kind}:${l.reason}`]);

describe('classifyLines', () => {
  it('matches chrome patterns whatever the diacritics', () => {
    const k = kinds(`عنوان خبر عن الطريق الساحلي الجديد\n\n${PARA}\n\nاقرأ أيضًا: خبر آخر لا علاقة له\n\n${PARA}`);
    expect(k[2]).toEqual(['اقرأ أيضًا: خبر آخر لا علاقة له', 'chrome:read-also']);
  });

  it('link lists after a related-stories line are chrome; bullet lists inside the body are content', () => {
    const text = `عنوان خبر عن الطريق الساحلي الجديد\n\n${PARA}\nويشمل المشروع:\n• جسرين للمشاة\n• ثلاث محطات وقود\n\n${PARA}\n\nمقالات ذات صلة\n- خبر مرتبط أول عن طريق آخر في منطقة بعيدة جداً عن الساحل الغربي للبلاد\n- خبر مرتبط ثان`;
    const k = kinds(text);
    expect(k.filter(([, kind]) => kind === 'bullet').map(([t]) => t)).toEqual(['• جسرين للمشاة', '• ثلاث محطات وقود']);
    expect(k.filter(([, kind]) => kind === 'chrome:related-list')).toHaveLength(2);
  });

  it('byline with a date after the name gives both', () => {
    const c = classifyLines(splitLines(`عنوان خبر عن الطريق الساحلي الجديد\nكتب: سامر الحداد · 13 مارس 2025 - 11:40 م\n\n${PARA}`));
    const by = c.labels.find((l) => l.kind === 'byline');
    expect(by?.value).toBe('سامر الحداد');
    expect(by?.stamp?.value).toBe('2025-03-13T23:40');
  });

  it('short paragraphs and quotes in the body survive', () => {
    const text = `عنوان خبر عن الطريق الساحلي الجديد\n\n${PARA}\n\n«لن نتأخر».\n\nوأضاف: نعم.\n\n${PARA}`;
    const k = kinds(text);
    expect(k.filter(([, kind]) => kind === 'body').map(([t]) => t)).toEqual([PARA, '«لن نتأخر».', 'وأضاف: نعم.', PARA]);
  });

  it('reports the Arabic share', () => {
    expect(classifyLines(splitLines(PARA)).arabicShare).toBeGreaterThan(0.9);
    expect(classifyLines(splitLines('Only English words here.')).arabicShare).toBe(0);
  });
});

describe('category labels', () => {
  it.each(['اخبار سياسية', 'الأخبارالاقتصادية', 'أخبار', 'رياضة', 'عربي ودولي'])('%s is a label', (label) => {
    expect(isCategoryKey(lineKey(label))).toBe(true);
  });
  it.each(['أخبار سارة للمزارعين هذا الموسم في الجنوب', 'وزير الدفاع'])('%s is not', (label) => {
    expect(isCategoryKey(lineKey(label))).toBe(false);
  });
  it('unglues', () => {
    expect(unglueCategory('الأخبارالاقتصادية')).toBe('الأخبار الاقتصادية');
    expect(unglueCategory('اخبار سياسية')).toBe('اخبار سياسية');
  });
});
