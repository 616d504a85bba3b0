import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { romanize, romanizeLetters, romanizeName, romanizeNameWord, romanizeWordByLetters, type RomanizeTable } from './romanize.js';
import { loadTranslit } from '../models/translit.js';
import { sharedPath } from '../models/paths.js';
import { isHeldOut, latinKey, latinSkeleton, parseGoogleTsv } from '../models/translitData.js';

describe('romanize without a table', () => {
  it('spells letters with the built-in map', () => {
    expect(romanize('لندن')).toBe('Lndn');
    expect(romanize('وليد')).toBe('Wlid');
  });
  it('keeps Latin tokens and drops marks-only tokens', () => {
    expect(romanize('Putin بوتين')).toMatch(/^Putin \S+$/);
    expect(romanize('\u064B\u064E')).toBe('');
  });
  it('never throws on bad input', () => {
    for (const s of ['', ' ', '2024', '٣٤٥', '!!!', '\uD800', 'ـــ', 'ء', 'يoon']) {
      expect(() => romanize(s)).not.toThrow();
    }
  });
});

describe('romanizeLetters', () => {
  it('normalises and keeps Arabic letters only', () => {
    expect(romanizeLetters('أَنْدريه')).toBe('اندريه');
    expect(romanizeLetters('abc')).toBe('');
  });
});

const model = loadTranslit();
describe.skipIf(model === undefined)('romanize with the shipped table', () => {
  const t = model!.romanize;
  it('gives names whose consonants match their English forms', () => {
    // Consonant skeletons, not exact spellings: the model may choose other vowels.
    const cases: [string, string][] = [
      ['فلاديمير', 'vladimir'],
      ['لافروف', 'lavrov'],
      ['باريس', 'paris'],
      ['ترامب', 'trump'],
    ];
    for (const [ar, en] of cases) expect(latinSkeleton(romanize(ar, t))).toBe(latinSkeleton(en));
  });
  it('supplies vowels that Arabic leaves out', () => {
    const out = romanizeWordByLetters('برلن', t);
    expect(out).toMatch(/[aeiou]/);
  });
  it('handles a long input and bad input', () => {
    const long = 'سيرغي لافروف '.repeat(2_000);
    const out = romanize(long, t);
    expect(out.split(' ')).toHaveLength(4_000);
    for (const s of ['', '\u064B', '123', 'Latin only']) expect(() => romanize(s, t)).not.toThrow();
  });
});

const google = sharedPath('data/translit/google-ar2en.tsv');
if (!existsSync(google)) console.log(`skipping the held-out romaniser check: ${google} is missing`);
describe.skipIf(!existsSync(google) || model === undefined)('romanize on the held-out Google pairs', () => {
  it('matches the consonant skeleton of most held-out names', () => {
    const test = parseGoogleTsv(readFileSync(google, 'utf8')).filter((g) => isHeldOut(g.latin));
    expect(test.length).toBeGreaterThan(1000);
    let skel = 0;
    for (const g of test) if (latinSkeleton(latinKey(romanize(g.arabic, model!.romanize))) === latinSkeleton(g.latin)) skel++;
    expect(skel / test.length).toBeGreaterThan(0.6);
  });
});

describe('ta marbuta', () => {
  it('ends a word written with ة in a, not one written with ه', () => {
    expect(romanize('مدينة')).toMatch(/a$/);
    expect(romanize('مدينه')).toMatch(/h$/);
    expect(romanize('عطية')).toMatch(/a$/);
  });
});

describe('romanizeName with display names', () => {
  const table: RomanizeTable = {
    dict: new Map(),
    ctx: new Map(),
    lm: new Map(),
    order: 1,
    lmWeight: 0,
    names: new Map([
      ['جون', 'john'],
      ['كيري', 'kerry'],
      ['فيصل', 'faisal'],
      ['عبد', 'abdul'],
      ['عزيز', 'aziz'],
    ]),
  };
  it('prefers the attested English form of each word', () => {
    expect(romanizeName('جون كيري', table)).toBe('John Kerry');
    expect(romanizeName('جون', table)).toBe(romanizeNameWord('جون', table));
  });
  it('writes the article as al- before a known name and joins عبد compounds', () => {
    expect(romanizeName('الفيصل', table)).toBe('Al-Faisal');
    expect(romanizeName('تركي الفيصل', table)).toMatch(/ al-Faisal$/);
    expect(romanizeName('عبد العزيز', table)).toBe('Abdulaziz');
    expect(romanizeName('عبدالعزيز', table)).toBe('Abdulaziz');
    expect(romanizeName('عبدالله', table)).toBe('Abdullah');
  });
  it('falls back to the romaniser for unknown words and keeps Latin words', () => {
    expect(romanizeName('سمير', table)).toBe(romanize('سمير', table));
    expect(romanizeName('Kerry كيري', table)).toBe('Kerry Kerry');
    expect(romanizeName('', table)).toBe('');
  });
});
