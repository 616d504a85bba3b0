import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { loadTranslit, translitFromJson, TRANSLIT_MODEL_FILE } from './translit.js';
import { modelPath } from './paths.js';

describe('translitFromJson', () => {
  it('turns the JSON form into tables', () => {
    const m = translitFromJson({
      version: 1,
      sources: [],
      classes: { ج: 'ك' },
      ctx: { '*ب*': 'b 0|p -2.3' },
      lm: { '': 10, a: 4 },
      order: 2,
      lmWeight: 0.5,
      dict: 'بيتر\tpeter\nبادخط',
    });
    expect(m.nameKey.classes).toEqual({ ج: 'ك' });
    expect(m.romanize.dict.get('بيتر')).toBe('peter');
    expect(m.romanize.dict.size).toBe(1);
    expect(m.romanize.ctx.get('*ب*')).toEqual([
      ['b', 0],
      ['p', -2.3],
    ]);
    expect(m.romanize.lm.get('a')).toBe(4);
    expect(m.romanize.names).toBeUndefined();
  });
  it('reads optional display names', () => {
    const m = translitFromJson({ version: 1, sources: [], classes: {}, ctx: {}, lm: {}, order: 1, lmWeight: 0, dict: '', names: 'جون\tjohn\nكيري\tkerry' });
    expect(m.romanize.names?.get('جون')).toBe('john');
    expect(m.romanize.names?.size).toBe(2);
  });
});

describe.skipIf(!existsSync(modelPath(TRANSLIT_MODEL_FILE)))('loadTranslit', () => {
  it('loads the shipped model once', () => {
    const a = loadTranslit();
    expect(a).toBeDefined();
    expect(a!.romanize.dict.size).toBeGreaterThan(1000);
    expect(a!.romanize.ctx.size).toBeGreaterThan(100);
    expect(loadTranslit()).toBe(a);
  });
});
