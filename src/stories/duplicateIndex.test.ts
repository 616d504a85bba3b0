import { describe, it, expect } from 'vitest';
import { DuplicateIndex } from './duplicateIndex.js';
import { jaccardSorted, matchWords, shingleHashes } from './shingles.js';

const BASE =
  'وصل الوزير إلى العاصمة يوم الجمعة في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها رئيس الحكومة ' +
  'ويبحث معه سبل تعزيز التعاون في مجالات الطاقة والنقل والتعليم كما يزور عددا من المصانع ' +
  'والمدارس ويلقي كلمة أمام البرلمان قبل أن يعود إلى بلاده مساء الأحد';
const OTHER =
  'أعلنت الشركة عن نتائجها المالية للربع الثاني من العام وأظهرت ارتفاعا في الأرباح بنسبة ' +
  'كبيرة مقارنة بالفترة نفسها من العام الماضي بفضل زيادة المبيعات في الأسواق الخارجية';

describe('shingles', () => {
  it('normalises before shingling (diacritics and alef forms do not matter)', () => {
    const a = shingleHashes(matchWords('أَعلنَ الوزيرُ إطلاقَ المشروعِ'), 2);
    const b = shingleHashes(matchWords('اعلن الوزير اطلاق المشروع'), 2);
    expect(jaccardSorted(a, b)).toBe(1);
  });
  it('gives Jaccard 0 for disjoint texts', () => {
    expect(jaccardSorted(shingleHashes(matchWords(BASE), 3), shingleHashes(matchWords(OTHER), 3))).toBe(0);
  });
});

describe('DuplicateIndex', () => {
  it('finds exact duplicates after normalisation and points to the canonical copy', () => {
    const ix = new DuplicateIndex();
    expect(ix.add('a', BASE).duplicateOf).toBeUndefined();
    const r = ix.add('b', `${BASE.replace(/أ/g, 'ا')} .`);
    expect(r).toMatchObject({ duplicateOf: 'a', exact: true, similarity: 1, group: 'a' });
  });

  it('finds an edited copy as a near duplicate, and not an unrelated text', () => {
    const ix = new DuplicateIndex();
    ix.add('a', BASE);
    ix.add('o', OTHER);
    const edited = `قالت الوكالة إن ${BASE.replace('ثلاثة أيام', 'يومين')} وأضافت أن الزيارة هي الأولى`;
    const r = ix.add('b', edited);
    expect(r.exact).toBe(false);
    expect(r.duplicateOf).toBe('a');
    expect(r.similarity).toBeGreaterThan(0.5);
    expect(r.similarity).toBeLessThan(1);
    // Same topic and actors, different wording: not a duplicate.
    const retold = 'زار الوزير العاصمة في الأسبوع الماضي والتقى رئيس الحكومة وتناولت المحادثات الطاقة والنقل ولم تصدر عنها أي اتفاقات جديدة';
    expect(ix.add('c', retold).duplicateOf).toBeUndefined();
  });

  it('makes the earliest copy canonical even when it arrives later', () => {
    const ix = new DuplicateIndex();
    ix.add('late', BASE, '2015-07-22T10:00:00');
    const r = ix.add('early', BASE, '2015-07-21T09:00:00');
    expect(r.duplicateOf).toBeUndefined();
    expect(r.replacedCanonical).toBe('late');
    expect(ix.canonicalOf('late')).toBe('early');
    expect(ix.groupOf('late')).toEqual(['early', 'late']);
    expect(ix.add('third', BASE, '2015-07-23T00:00:00').duplicateOf).toBe('early');
  });

  it('skips empty and very short texts instead of grouping them', () => {
    const ix = new DuplicateIndex();
    expect(ix.add('e1', '').skipped).toBe('short');
    expect(ix.add('e2', '').duplicateOf).toBeUndefined();
    expect(ix.canonicalOf('e2')).toBe('e2');
  });

  it('survives thousands of identical texts without growing buckets without bound', () => {
    const ix = new DuplicateIndex();
    for (let i = 0; i < 3000; i++) ix.add(`d${i}`, BASE);
    expect(ix.groupOf('d2999')).toHaveLength(3000);
    expect(ix.canonicalOf('d2999')).toBe('d0');
  });

  it('round-trips through JSON with the same decisions', () => {
    const ix = new DuplicateIndex();
    ix.add('a', BASE);
    ix.add('b', BASE);
    ix.add('o', OTHER);
    const back = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(ix.toJSON())));
    expect(back.size).toBe(3);
    expect(back.canonicalOf('b')).toBe('a');
    const edited = BASE.replace('ثلاثة أيام', 'يومين');
    expect(back.add('c', edited).duplicateOf).toBe(ix.add('c', edited).duplicateOf);
  });
});
