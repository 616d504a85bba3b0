import { describe, expect, it } from 'vitest';
import { Memo } from './resourcesMemo.js';

describe('Memo', () => {
  it('computes once per key while it is held', () => {
    let calls = 0;
    const m = new Memo<number>(2);
    const f = (k: string): number => {
      calls++;
      return k.length;
    };
    expect(m.get('a', f)).toBe(1);
    expect(m.get('a', f)).toBe(1);
    expect(calls).toBe(1);
    m.get('bb', f);
    m.get('ccc', f); // young full: a, bb become old
    expect(m.get('a', f)).toBe(1); // promoted from old
    expect(calls).toBe(3);
  });
  it('keeps hot keys across generations and drops cold ones', () => {
    let calls = 0;
    const m = new Memo<string>(3);
    const f = (k: string): string => {
      calls++;
      return k;
    };
    for (let i = 0; i < 50; i++) {
      m.get('hot', f);
      m.get(`cold${i}`, f);
    }
    expect(calls).toBeLessThan(60);
    expect(calls).toBeGreaterThanOrEqual(51);
  });
  it('can be disabled', () => {
    let calls = 0;
    const m = new Memo<number>(0);
    m.get('a', () => ++calls);
    m.get('a', () => ++calls);
    expect(calls).toBe(2);
  });
});
