import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import { lightStem, lightStemmer } from './lightStem.js';

const lucenePath = sharedPath('eval', 'lucene-arabic.json');
if (!existsSync(lucenePath)) console.warn(`skipping Lucene light_stem cases: ${lucenePath} is missing`);

describe.skipIf(!existsSync(lucenePath))('Lucene ArabicStemFilter cases', () => {
  const cases = existsSync(lucenePath) ? (JSON.parse(readFileSync(lucenePath, 'utf8')) as { light_stem: [string, string][] }).light_stem : [];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const [input, expected] of cases) {
    it(`lightStem(${JSON.stringify(input)})`, () => expect(lightStem(input)).toBe(expected));
  }
});

describe('lightStem', () => {
  it('removes one prefix and stacked suffixes, keeping two letters', () => {
    expect(lightStem('والمعلمات')).toBe('معلم');
    expect(lightStem('وهو')).toBe('وهو');
    expect(lightStem('له')).toBe('له');
    expect(lightStemmer.stem('بالكتاب')).toBe('كتاب');
  });
  it('never throws on odd input', () => {
    for (const w of ['', 'ه', '\ud800', '...', 'ـــ']) expect(typeof lightStem(w)).toBe('string');
  });
});
