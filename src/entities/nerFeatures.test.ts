import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer.js';
import { stubExtractor } from './testModel.js';

const perToken = (f: { offsets: Uint32Array }, i: number): number => (f.offsets[i + 1] as number) - (f.offsets[i] as number);

describe('NerFeatureExtractor on bad input', () => {
  const fx = stubExtractor();
  it('gives an empty sentence empty features', () => {
    const f = fx.sentence([]);
    expect(f.hashes.length).toBe(0);
    expect(Array.from(f.offsets)).toEqual([0]);
    expect(f.keys.length).toBe(0);
  });
  it('bounds the features of a 1,000-character token by those of a 64-character one', () => {
    const huge = fx.sentence(['قال', 'ب'.repeat(1000), 'أمس']);
    const cut = fx.sentence(['قال', 'ب'.repeat(64), 'أمس']);
    expect(perToken(huge, 1)).toBe(perToken(cut, 1));
    expect(perToken(huge, 1)).toBeLessThan(80);
    const latin = fx.sentence(['x'.repeat(1000)]);
    expect(perToken(latin, 0)).toBeLessThan(80);
  });
  it('is linear in the sentence length (5,000 tokens)', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `كلمة${i % 50}`);
    const f = fx.sentence(long);
    expect(f.offsets.length).toBe(5001);
    expect(f.keys.length).toBe(5000);
    let max = 0;
    for (let i = 0; i < 5000; i++) max = Math.max(max, perToken(f, i));
    expect(max).toBeLessThan(80);
    expect(f.hashes.length).toBeLessThanOrEqual(5000 * max);
  });
  it('handles all-Latin, all-digit and odd-character sentences', () => {
    for (const s of [['Hello', 'World'], ['2024', '12', '٣٤'], ['\u0000', '\uFFFF', '\uD800', '🙂', '', ' ']]) {
      const f = fx.sentence(s);
      expect(f.keys.length).toBe(s.length);
      for (let i = 0; i < s.length; i++) expect(perToken(f, i)).toBeGreaterThan(0);
    }
  });
  it('gives the same features to a word whether or not it is cached', () => {
    const a = stubExtractor().sentence(['وصل', 'الوزير', 'أمس']);
    fx.sentence(['الوزير']);
    const b = fx.sentence(['وصل', 'الوزير', 'أمس']);
    expect(Array.from(b.hashes)).toEqual(Array.from(a.hashes));
  });
});

describe('gazetteer phrase features', () => {
  const gz = parseGazetteer('LOC\tوادي النخيل الأخضر\t\t0\nORG\tنادي الشمس\t\t0\n');
  const fx = stubExtractor(new Map(), gz);
  const plain = stubExtractor();
  const differs = (s: string[], i: number): boolean => {
    const a = fx.sentence(s);
    const b = plain.sentence(s);
    const sa = a.hashes.subarray(a.offsets[i], a.offsets[i + 1]);
    const sb = b.hashes.subarray(b.offsets[i], b.offsets[i + 1]);
    return sa.some((h, k) => h !== sb[k]);
  };
  it('marks the tokens of a whole multi-token phrase', () => {
    const s = ['زار', 'وادي', 'النخيل', 'الأخضر', 'أمس'];
    expect([0, 1, 2, 3, 4].map((i) => differs(s, i))).toEqual([false, true, true, true, false]);
  });
  it('does not mark a phrase prefix that is not itself a phrase', () => {
    const s = ['زار', 'وادي', 'النخيل', 'أمس'];
    expect([0, 1, 2, 3].map((i) => differs(s, i))).toEqual([false, false, false, false]);
  });
});
