import { describe, it, expect } from 'vitest';
import { clusterScores } from './clusterScores.js';

describe('clusterScores', () => {
  it('is perfect for identical clusterings and penalises a merge and a split', () => {
    const gold: Array<[string, string]> = [['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']];
    expect(clusterScores(gold, [['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]).pairwise.f1).toBe(1);
    const merged = clusterScores(gold, [['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]);
    expect(merged.pairwise).toMatchObject({ p: 2 / 6, r: 1 });
    expect(merged.bcubed.p).toBeCloseTo(0.5);
    const split = clusterScores(gold, [['a', '1'], ['b', '2'], ['c', '3'], ['d', '3']]);
    expect(split.pairwise).toMatchObject({ p: 1, r: 0.5 });
    expect(split.bcubed.r).toBeCloseTo(0.75);
  });
});
