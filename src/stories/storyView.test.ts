import { describe, it, expect } from 'vitest';
import { createArabicResources } from '../arabic/resources.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { storyView } from './storyView.js';

const res = createArabicResources(loadArabicLexicon());

describe('storyView', () => {
  const arts = [
    {
      id: 'a',
      title: 'الوزير يصل إلى العاصمة في زيارة رسمية',
      publisher: 'p1',
      published: '2024-06-18T10:00:00',
      text:
        'وصل الوزير إلى العاصمة صباح الجمعة في زيارة رسمية تستمر يومين. ' +
        'واستقبله رئيس الحكومة في المطار قبل أن تبدأ المحادثات بين الوفدين. ' +
        'وتتناول المحادثات التعاون في مجال الطاقة والتجارة بين البلدين.',
    },
    {
      id: 'b',
      title: 'وصول الوزير إلى العاصمة في زيارة رسمية تستمر يومين',
      publisher: 'p2',
      published: '2024-06-19T08:00:00',
      text:
        'وصل الوزير إلى العاصمة صباح الجمعة في زيارة رسمية تستمر يومين. ' +
        'وقال مسؤول إن الزيارة ستشهد توقيع اتفاقات جديدة في قطاع النقل والموانئ. ' +
        'وكانت العلاقات بين البلدين قد شهدت توترا في العام الماضي بسبب خلاف على الحدود.',
    },
    {
      id: 'c',
      title: 'زيارة رسمية للوزير',
      publisher: 'p1',
      text: '  الزيارة هي الأولى للوزير منذ توليه منصبه في الربيع الماضي وسط اهتمام واسع.\n\nووصل الوزير إلى العاصمة صباح يوم الجمعة في زيارة رسمية تستمر يومين.',
    },
  ];

  it('picks a consensus headline and a cited summary without near-identical sentences', () => {
    const v = storyView(arts, res);
    expect(['a', 'b']).toContain(v.headlineArticleId);
    expect(v.summary.length).toBeGreaterThanOrEqual(3);
    expect(v.summary.length).toBeLessThanOrEqual(5);
    const texts = v.summary.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    // the same lead sentence (twice verbatim, once with two words changed) is summarised once
    expect(texts.filter((t) => t.includes('إلى العاصمة صباح'))).toHaveLength(1);
    for (const s of v.summary) {
      const a = arts.find((x) => x.id === s.articleId);
      expect(a).toBeDefined();
      expect(a?.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(v.sources).toEqual([
      { publisher: 'p1', articleIds: ['a', 'c'] },
      { publisher: 'p2', articleIds: ['b'] },
    ]);
    expect(v.dateRange).toEqual(['2024-06-18', '2024-06-19']);
  });

  it('lists key entities by summed salience over the members', () => {
    const v = storyView(
      [
        { ...arts[0]!, entities: [{ key: 'per-1', salience: 0.9, type: 'PER' }, { key: 'loc-2', salience: 0.5 }] },
        { ...arts[1]!, entities: [{ key: 'loc-2', salience: 0.6 }, { key: 'org-3', salience: 0.7 }, { key: 'loc-2', salience: 0.2 }] },
        { ...arts[2]!, entities: [{ key: 'per-1', salience: 0.4, type: 'PER' }] },
      ],
      res,
      { maxEntities: 2 },
    );
    expect(v.keyEntities).toEqual([
      { id: 'per-1', salience: 1.3, articles: 2, type: 'PER' },
      { id: 'loc-2', salience: 1.1, articles: 2 },
    ]);
  });

  it('prefers sentences to heading lines, and uses headings only when sentences run short', () => {
    const heading = 'قمة الطاقة تبدأ أعمالها في العاصمة وسط حضور واسع';
    const body = `${heading}\n\nافتتح الرئيس قمة الطاقة صباح اليوم بحضور وفود من عشرين دولة. وناقش المشاركون خطط الربط الكهربائي بين الدول المجاورة. واتفق الوزراء على تشكيل لجنة فنية لمتابعة التنفيذ خلال العام المقبل.`;
    const v = storyView([{ id: 'h', title: 'قمة الطاقة', text: body }], res);
    expect(v.summary.length).toBe(3);
    expect(v.summary.map((x) => x.text)).not.toContain(heading);
    const short = storyView([{ id: 'h2', title: 'قمة الطاقة', text: `${heading}\n\nافتتح الرئيس قمة الطاقة صباح اليوم بحضور وفود من عشرين دولة.` }], res);
    expect(short.summary.map((x) => x.text)).toContain(heading);
    for (const x of short.summary) expect(`${heading}\n\nافتتح الرئيس قمة الطاقة صباح اليوم بحضور وفود من عشرين دولة.`.slice(x.start, x.end)).toBe(x.text);
  });

  it('handles a story with no usable text', () => {
    const v = storyView([{ id: 'x', title: '', text: '' }], res);
    expect(v.summary).toEqual([]);
    expect(v.keyEntities).toEqual([]);
    expect(v.headlineArticleId).toBe('x');
  });
});
