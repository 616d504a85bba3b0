import { describe, expect, it } from 'vitest';
import { loadNerContexts, parseNerContexts } from './nerContexts.js';

describe('parseNerContexts', () => {
  it('reads form<TAB>code lines and skips lines without a tab', () => {
    const m = parseNerContexts('نادي\tP0O3L0I1D0B0\nbroken line\n\nكيري\tP1O0L0I1D0B0\n');
    expect([...m]).toEqual([
      ['نادي', 'P0O3L0I1D0B0'],
      ['كيري', 'P1O0L0I1D0B0'],
    ]);
  });
});

describe('loadNerContexts', () => {
  it('loads the shipped codes: six buckets of 0–3 per word', () => {
    const m = loadNerContexts();
    expect(m).toBeDefined();
    expect(m?.size ?? 0).toBeGreaterThan(10_000);
    for (const code of [...(m?.values() ?? [])].slice(0, 500)) expect(code).toMatch(/^P[0-3]O[0-3]L[0-3]I[0-3]D[0-3]B[0-3]$/);
  });
});
