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
    { id: 'c', title: 'زيارة رسمية للوزير', publisher: 'p1', text: 'الزيارة هي الأولى للوزير منذ توليه منصبه في الربيع الماضي وسط اهتمام واسع.' },
  ];

  it('picks a consensus headline and a cited summary without near-identical sentences', () => {
    const v = storyView(arts, res);
    expect(['a', 'b']).toContain(v.headlineArticleId);
    expect(v.summary.length).toBeGreaterThanOrEqual(3);
    expect(v.summary.length).toBeLessThanOrEqual(5);
    const texts = v.summary.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.startsWith('وصل الوزير إلى العاصمة صباح الجمعة'))).toHaveLength(1);
    for (const s of v.summary) expect(arts.find((a) => a.id === s.articleId)?.text).toContain(s.text.slice(0, 20));
    expect(v.sources).toEqual([
      { publisher: 'p1', articleIds: ['a', 'c'] },
      { publisher: 'p2', articleIds: ['b'] },
    ]);
    expect(v.dateRange).toEqual(['2024-06-18', '2024-06-19']);
  });

  it('handles a story with no usable text', () => {
    const v = storyView([{ id: 'x', title: '', text: '' }], res);
    expect(v.summary).toEqual([]);
    expect(v.headlineArticleId).toBe('x');
  });
});
