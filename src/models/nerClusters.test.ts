import { describe, expect, it } from 'vitest';
import { parseClusters } from './nerClusters.js';

describe('parseClusters', () => {
  it('reads form<TAB>coarse<TAB>mid<TAB>fine lines and skips bad ones', () => {
    const m = parseClusters('موسكو\t1\t9\t37\nbad line\nx\t1\t2\n\nلندن\t1\t9\t36');
    expect(m.get('موسكو')).toEqual([1, 9, 37]);
    expect(m.get('لندن')).toEqual([1, 9, 36]);
    expect(m.size).toBe(2);
  });
});
