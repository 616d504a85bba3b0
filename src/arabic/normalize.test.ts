import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../models/paths.js';
import { normalize, normalizeMatch } from './normalize.js';

const lucenePath = sharedPath('eval', 'lucene-arabic.json');
if (!existsSync(lucenePath)) console.warn(`skipping Lucene normalize cases: ${lucenePath} is missing`);

describe.skipIf(!existsSync(lucenePath))('Lucene ArabicNormalizationFilter cases', () => {
  const cases = existsSync(lucenePath) ? (JSON.parse(readFileSync(lucenePath, 'utf8')) as { normalize: [string, string][] }).normalize : [];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const [input, expected] of cases) {
    it(`match(${JSON.stringify(input)})`, () => {
      expect(normalizeMatch(input)).toBe(expected);
      expect(normalize(input, 'match').text).toBe(expected);
    });
  }
});

describe('display level', () => {
  it('removes zero-width and bidi controls but keeps diacritics', () => {
    const t = '\u200fمَرْحَبًا\u200e \u202bعالم\u202c\u2066x\u2069\ufeff';
    expect(normalize(t, 'display').text).toBe('مَرْحَبًا عالمx');
  });
  it('unifies Persian letter variants', () => {
    expect(normalize('کتاب یک خانه ۀ', 'display').text).toBe('كتاب يك خانه ه');
  });
  it('applies NFC (hamza above composes with alef) and maps offsets', () => {
    const t = 'ب\u0627\u0654ب';
    const n = normalize(t, 'display');
    expect(n.text).toBe('بأب');
    expect(n.toOriginalSpan({ start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(n.toOriginal(2)).toBe(3);
    expect(n.toOriginal(3)).toBe(4);
  });
  it('canonically orders shadda and fatha without losing them', () => {
    const t = 'شدّة\u064e';
    const n = normalize(t, 'display');
    expect(n.text).toBe(t.normalize('NFC'));
  });
  it('expands presentation forms (lam-alef ligature)', () => {
    const n = normalize('\ufefbب', 'display');
    expect(n.text).toBe('لاب');
    expect(n.toOriginalSpan({ start: 0, end: 2 })).toEqual({ start: 0, end: 1 });
  });
});

describe('match level', () => {
  it('strips marks, tatweel and unifies alef, yeh, teh marbuta and hamza seats', () => {
    expect(normalizeMatch('إِنَّ القـــاهرة مُؤْتَمَر رئيس آمال ٱلله على')).toBe('ان القاهره موتمر رييس امال الله علي');
  });
  it('keeps hamza seats when asked', () => {
    expect(normalizeMatch('مؤتمر رئيس', { hamzaSeats: false })).toBe('مؤتمر رئيس');
    expect(normalize('مؤتمر رئيس', 'match', { hamzaSeats: false }).text).toBe('مؤتمر رئيس');
  });
  it('maps digits, separators and punctuation', () => {
    expect(normalizeMatch('٦٬٠٠٠ و١٠٫٥ و۱۲۳ ٪٥، لماذا؟ نعم؛')).toBe('6,000 و10.5 و123 %5, لماذا? نعم;');
  });
  it('lower-cases ASCII and maps no-break spaces', () => {
    expect(normalizeMatch('NATO\u00a0Élysée')).toBe('nato élysée');
  });
  it('fast and mapped paths agree', () => {
    const samples = ['', 'abc', 'ﻻ', 'e\u0301', 'وَلَدٌ\u200f', '\ud800x\udc00', 'ﷲ أكبر', 'A\u0308ب'];
    for (const s of samples) expect(normalize(s, 'match').text).toBe(normalizeMatch(s));
  });
  it('maps spans back over trailing diacritics but not over controls', () => {
    const t = 'ولدٌ\u200f كبيرـ';
    const n = normalize(t, 'match');
    expect(n.text).toBe('ولد كبير');
    expect(n.toOriginalSpan({ start: 0, end: 3 })).toEqual({ start: 0, end: 4 });
    expect(n.toOriginalSpan({ start: 4, end: 8 })).toEqual({ start: 6, end: 11 });
    expect(n.toOriginal(3)).toBe(5);
    expect(n.toOriginal(8)).toBe(t.length);
  });
});

describe('bad input', () => {
  const inputs = [
    '',
    '\u064e\u064f\u0650\u0651\u0652',
    '...!!!؟؟،،',
    '\ud800',
    'a\udc00b\ud83d',
    '\u200f\u200e'.repeat(50),
    'abc١٢٣عربيxyz',
  ];
  for (const level of ['display', 'match'] as const) {
    it(`never throws and keeps offsets monotone and in range (${level})`, () => {
      for (const t of inputs) {
        const n = normalize(t, level);
        let prev = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(t.length);
          prev = o;
        }
      }
    });
  }
  it('keeps lone surrogates', () => {
    expect(normalizeMatch('a\ud800b')).toBe('a\ud800b');
    expect(normalize('a\ud800b', 'display').text).toBe('a\ud800b');
  });
  it('handles 1 MB on one line', () => {
    const t = 'وَصَلَ الوزيرُ إلى المدينة\u200f 12,5 '.repeat(30000);
    const n = normalize(t, 'match');
    expect(n.text).toBe(normalizeMatch(t));
    expect(n.toOriginal(n.text.length)).toBe(t.length);
  });
});
