import { describe, it, expect } from 'vitest';
import { createArabicResources } from '../arabic/resources.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { DuplicateIndex } from './duplicateIndex.js';
import { StoryClusterer, type StoryDoc } from './storyClusterer.js';
import { storyDocFromText } from './storyDoc.js';

const res = createArabicResources(loadArabicLexicon());

/** Six unrelated topics (sentences written for this test), each with three sentences. */
const TOPICS: string[][] = [
  ['افتتح محافظ المدينة مستشفى الأطفال الجديد بطاقة مئتي سرير', 'ويضم المستشفى أقساما للجراحة والعناية المركزة وحضانات للمواليد', 'وقال مدير الصحة إن المستشفى سيخدم سكان القرى المجاورة'],
  ['أعلنت وزارة الزراعة بدء موسم حصاد التمور في واحات الأحساء', 'وتتوقع الوزارة أن يتجاوز إنتاج النخيل هذا الموسم مستويات قياسية', 'ويشارك المزارعون في سوق التمور اليومي بأصناف الخلاص والرزيز'],
  ['فاز المنتخب الوطني لكرة اليد على نظيره في نصف نهائي البطولة الآسيوية', 'وسجل حارس المرمى تصديات حاسمة في الشوط الثاني من المباراة', 'ويلتقي المنتخب في النهائي بطل المجموعة الثانية مساء الخميس'],
  ['ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية', 'وصعد خام برنت إلى أعلى مستوى له منذ أسابيع وسط توقعات بزيادة الطلب', 'ويراقب المتعاملون اجتماع منظمة أوبك المقبل لتحديد سقف الإنتاج'],
  ['هطلت أمطار غزيرة على مرتفعات عسير وأغلقت السيول عددا من الطرق', 'ودعا الدفاع المدني السكان إلى الابتعاد عن مجاري الأودية', 'وتوقعت الأرصاد استمرار الحالة الماطرة حتى نهاية الأسبوع'],
  ['دشنت هيئة السياحة مهرجان الصيف في الطائف بمشاركة فرق شعبية', 'ويتضمن المهرجان عروضا للورود ومسابقات للأطفال وأمسيات شعرية', 'ويتوقع المنظمون أن يستقبل المهرجان آلاف الزوار من داخل المملكة وخارجها'],
];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A retelling of topic `t`: its sentences in a shuffled order with a few words dropped. */
function retelling(t: number, r: () => number): { title: string; body: string } {
  const sents = [...(TOPICS[t] ?? [])].sort(() => r() - 0.5);
  const body = sents.map((s) => s.split(' ').filter(() => r() > 0.1).join(' ')).join('. ');
  return { title: (TOPICS[t]?.[0] ?? '').split(' ').slice(0, 7).join(' '), body: `${body}.` };
}

const doc = (id: string, t: { title: string; body: string }, published?: string, extra: Partial<StoryDoc> = {}): StoryDoc => ({
  ...storyDocFromText(id, t.title, t.body, res, published !== undefined ? { published } : {}),
  ...extra,
});

describe('stories on bad input', () => {
  it('thousands of identical articles: one story, work per article bounded (no quadratic blow-up)', () => {
    const text = retelling(0, rng(1));
    const c = new StoryClusterer();
    const dups = new DuplicateIndex();
    const work: number[] = [];
    for (let i = 0; i < 3000; i++) {
      // newest first: every copy is earlier than the canonical so far (the worst case for re-rooting)
      const published = new Date(Date.UTC(2024, 0, 1) - i * 60_000).toISOString();
      dups.add(`a${i}`, text.body, published);
      c.add(doc(`a${i}`, text, published.slice(0, 10)));
      if ((i + 1) % 500 === 0) c.repair();
      if ((i + 1) % 1000 === 0) work.push(c.stats.comparisons + c.stats.postingsScanned + c.stats.storyScores);
    }
    c.repair();
    expect(c.allStories()).toHaveLength(1);
    expect(dups.canonicalOf('a0')).toBe('a2999');
    // exact duplicates are found by hash: no Jaccard comparisons at all
    expect(dups.comparisons).toBe(0);
    // steady state: the third thousand costs no more than the second (quadratic: 5/3 as much)
    const [w1 = 0, w2 = 0, w3 = 0] = work;
    expect((w3 - w2) / (w2 - w1)).toBeLessThan(1.2);
    expect(c.stats.comparisons / 3000).toBeLessThan(80);
  });

  it('thousands of near-identical articles: duplicate detection work per article is capped', () => {
    const r = rng(2);
    const base = (TOPICS[3] ?? []).join(' ').split(' ');
    const dups = new DuplicateIndex();
    const work: number[] = [];
    for (let i = 0; i < 1800; i++) {
      const words = [...base];
      words[Math.floor(r() * words.length)] = `رقم${i}`;
      dups.add(`n${i}`, words.join(' '));
      if ((i + 1) % 600 === 0) work.push(dups.comparisons);
    }
    expect(dups.groupOf('n0').length).toBe(1800);
    const [w1 = 0, w2 = 0, w3 = 0] = work;
    expect((w3 - w2) / (w2 - w1)).toBeLessThan(1.2);
    expect((w3 - w2) / 600).toBeLessThanOrEqual(dups.options.bands * dups.options.maxBucket);
  });

  it('articles with no text are not clustered, and the caller is told why', () => {
    const c = new StoryClusterer();
    c.add(doc('x1', retelling(1, rng(3)), '2024-03-01'));
    const r = c.add(storyDocFromText('empty', '', '   \n ', res, { published: '2024-03-01' }));
    expect(r.skipped).toBe(true);
    expect(r.storyId).toBe('');
    expect(r.messages?.[0]).toMatchObject({ code: 'STORY_EMPTY', severity: 'warning' });
    expect(c.storyOf('empty')).toBeUndefined();
    expect(c.allStories()).toHaveLength(1);
    expect(c.stats.skipped).toBe(1);
    // a known duplicate of a clustered article still joins it, even without terms
    expect(c.add(storyDocFromText('dup', '', '', res, { duplicateOf: 'x1' })).storyId).toBe(c.storyOf('x1'));
  });

  it('articles with no date still form sensible stories, flagged as undated', () => {
    const c = new StoryClusterer();
    const r = rng(4);
    const out = [];
    for (let i = 0; i < 12; i++) out.push(c.add(doc(`u${i}`, retelling(i % 3, r))));
    c.repair();
    expect(out.every((a) => a.messages?.some((m) => m.code === 'STORY_UNDATED'))).toBe(true);
    expect(c.allStories()).toHaveLength(3);
    for (let i = 3; i < 12; i++) expect(c.storyOf(`u${i}`)).toBe(c.storyOf(`u${i % 3}`));
  });

  it('a corpus spanning ten years: a yearly event is a story per year, work stays linear', () => {
    const run = (years: number): { stories: number; comparisons: number; c: StoryClusterer } => {
      const c = new StoryClusterer();
      const r = rng(5);
      for (let y = 0; y < years; y++) {
        for (let d = 0; d < 3; d++) c.add(doc(`y${y}-${d}`, retelling(5, r), `${2010 + y}-07-1${d}`));
        for (let d = 0; d < 3; d++) c.add(doc(`o${y}-${d}`, retelling(y % 5, r), `${2010 + y}-0${1 + (d % 9)}-05`));
      }
      c.repair();
      return { stories: c.allStories().length, comparisons: c.stats.comparisons, c };
    };
    const ten = run(10);
    for (let y = 0; y < 10; y++) {
      expect(ten.c.storyOf(`y${y}-1`)).toBe(ten.c.storyOf(`y${y}-0`));
      expect(ten.c.storyOf(`y${y}-2`)).toBe(ten.c.storyOf(`y${y}-0`));
      if (y > 0) expect(ten.c.storyOf(`y${y}-0`)).not.toBe(ten.c.storyOf(`y${y - 1}-0`));
    }
    const five = run(5);
    expect(ten.comparisons / five.comparisons).toBeLessThan(2.6);
  });

  it('one article matching many stories joins one of them and merges none', () => {
    const c = new StoryClusterer();
    const r = rng(6);
    for (let i = 0; i < 18; i++) c.add(doc(`t${i}`, retelling(i % 6, r), '2024-05-02'));
    c.repair();
    expect(c.allStories()).toHaveLength(6);
    const roundup = { title: 'حصاد اليوم', body: TOPICS.map((t) => t[0]).join('. ') };
    const a = c.add(doc('roundup', roundup, '2024-05-02'));
    const rep = c.repair();
    expect(rep.merged).toEqual([]);
    expect(a.candidates.length).toBeGreaterThan(1);
    const topicStories = new Set(Array.from({ length: 6 }, (_, i) => c.storyOf(`t${i}`)));
    expect(topicStories.size).toBe(6);
    for (let i = 6; i < 18; i++) expect(c.storyOf(`t${i}`)).toBe(c.storyOf(`t${i % 6}`));
  });
});
