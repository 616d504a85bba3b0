import { describe, expect, it } from 'vitest';
import { NER_TAGS, NT, NerWeights, allowed, parseNerModel, parseNerWeights, serializeNerModel, serializeNerWeights, viterbi } from './nerWeights.js';
import { isMarsadError } from '../core/errors.js';

describe('viterbi', () => {
  it('never outputs I-X after O or another type, even when emissions prefer it', () => {
    const n = 3;
    const emis = new Float32Array(n * NT);
    const iPers = NER_TAGS.indexOf('I-PERS');
    for (let i = 0; i < n; i++) emis[i * NT + iPers] = 10;
    emis[NER_TAGS.indexOf('B-LOC')] = 11;
    const tags = [...viterbi(emis, new Float32Array((NT + 1) * NT), n)].map((t) => NER_TAGS[t]);
    for (let i = 0; i < n; i++) {
      const t = tags[i] as string;
      if (t.startsWith('I-')) expect(i > 0 && (tags[i - 1] as string).slice(2) === t.slice(2)).toBe(true);
    }
    expect(viterbi(new Float32Array(0), new Float32Array((NT + 1) * NT), 0)).toHaveLength(0);
  });
  it('allows B and O anywhere and I only inside', () => {
    expect(allowed(-1, 0)).toBe(true);
    expect(allowed(-1, 2)).toBe(false);
    expect(allowed(1, 2)).toBe(true);
    expect(allowed(3, 2)).toBe(false);
  });
});

describe('serialised weights', () => {
  it('round-trip within the quantisation step and look up by hash', () => {
    const hashes = Uint32Array.from([7, 123456789, 4000000000]);
    const w = new Float32Array(3 * NT).map((_, i) => Math.sin(i) * 3);
    const trans = new Float32Array((NT + 1) * NT).map((_, i) => i / 10);
    const back = parseNerWeights(serializeNerWeights(new NerWeights(hashes, w, trans)));
    expect(back.size).toBe(3);
    const r = back.row(123456789);
    expect(r).toBeGreaterThanOrEqual(0);
    const orig = hashes.indexOf(123456789);
    for (let t = 0; t < NT; t++) expect(back.w[r * NT + t]).toBeCloseTo(w[orig * NT + t] as number, 3);
    expect(back.row(99)).toBe(-1);
    expect([...back.trans]).toEqual([...trans].map((x) => Math.fround(x)));
  });
  it('prunes small rows and reads a two-part model', () => {
    const w = new Float32Array(2 * NT);
    w[NT] = 1;
    const m = new NerWeights(Uint32Array.from([1, 2]), w, new Float32Array((NT + 1) * NT));
    const parts = parseNerModel(serializeNerModel({ first: m, second: m }, 0.5));
    expect(parts.first.size).toBe(1);
    expect(parts.second?.size).toBe(1);
    expect(parts.corpus).toBeUndefined();
  });
  it('refuses a file that is not a model', () => {
    try {
      parseNerModel(Uint8Array.from([1, 0, 0, 0, 9]));
      expect.unreachable();
    } catch (e) {
      expect(isMarsadError(e, 'INVALID_ARGUMENT')).toBe(true);
    }
  });
});
