import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARABIC_LEXICON_FILE, loadArabicLexicon } from '../models/arabicLexicon.js';
import { modelPath } from '../models/paths.js';
import { segment } from './clitics.js';
import { createArabicLexicon } from './cliticsLexicon.js';

/** A small hand-made lexicon (invented counts) to test the rules themselves. */
const toy = createArabicLexicon(
  new Map([
    ['قال', 5000],
    ['وقال', 4000],
    ['حكومه', 3000],
    ['الحكومه', 9000],
    ['والحكومه', 800],
    ['للحكومه', 700],
    ['وزير', 7000],
    ['ووزير', 400],
    ['زير', 4],
    ['كين', 30],
    ['بكين', 360],
    ['لبكين', 11],
    ['حكومتها', 50],
    ['حكومته', 60],
    ['حكومتهم', 20],
    ['يكون', 6000],
    ['سيكون', 2000],
    ['ولو', 2000],
    ['باريس', 600],
  ]),
  ['باريس', 'لندن'],
);

const show = (w: string, lex = toy): string => {
  const s = segment(w, lex);
  return `${s.prefixes.join('+')}[${s.base}]${s.suffixes.join('+')}`;
};

describe('segment rules (toy lexicon)', () => {
  it('strips conjunctions, prepositions and the article when the rest is attested', () => {
    expect(show('وقال')).toBe('و[قال]');
    expect(show('والحكومة')).toBe('و+ال[حكومه]');
    expect(show('للحكومة')).toBe('ل+ال[حكومه]');
    expect(show('وللحكومة')).toBe('و+ل+ال[حكومه]');
    expect(show('سيكون')).toBe('س[يكون]');
    expect(show('وباريس')).toBe('و[باريس]');
  });
  it('keeps words and names that only look like clitic forms', () => {
    expect(show('وزير')).toBe('[وزير]');
    expect(show('بكين')).toBe('[بكين]');
    expect(show('كولو')).toBe('[كولو]');
    expect(show('لندن')).toBe('[لندن]');
    expect(show('لافروف')).toBe('[لافروف]');
  });
  it('strips an enclitic and restores the teh marbuta', () => {
    const s = segment('حكومتها', toy);
    expect(s.base).toBe('حكومه');
    expect(s.suffixes).toEqual(['ها']);
    expect([s.baseStart, s.baseEnd]).toEqual([0, 5]);
  });
  it('never reads a final ة as the pronoun ه', () => {
    expect(show('حكومة')).toBe('[حكومه]');
  });
  it('maps the base back to the original word with diacritics and tatweel', () => {
    const w = 'وَالحُكُومَةُ';
    const s = segment(w, toy);
    expect(s.prefixes).toEqual(['و', 'ال']);
    expect(w.slice(s.baseStart, s.baseEnd)).toBe('حُكُومَةُ');
    const t = 'والحكـــومة';
    const st = segment(t, toy);
    expect(t.slice(st.baseStart, st.baseEnd)).toBe('حكـــومة');
  });
  it('handles bad input without throwing', () => {
    for (const w of ['', 'و', 'ال', '\u064e\u064f', 'abc', '123', '\ud800', 'وَ']) {
      const s = segment(w, toy);
      expect(s.baseStart).toBeGreaterThanOrEqual(0);
      expect(s.baseEnd).toBeLessThanOrEqual(w.length);
      expect(s.prefixes).toEqual([]);
    }
  });
});

describe.skipIf(!existsSync(modelPath(ARABIC_LEXICON_FILE)))('segment with the shipped lexicon', () => {
  const lex = loadArabicLexicon();
  it('keeps the names from the issue intact', () => {
    for (const name of ['بوتين', 'وونسان', 'لافروف', 'فلاديمير', 'كوريا', 'كورسك', 'بكين', 'لندن', 'باريس', 'موسكو', 'بيونغ']) {
      const s = segment(name, lex);
      expect({ name, prefixes: s.prefixes, suffixes: s.suffixes }).toEqual({ name, prefixes: [], suffixes: [] });
    }
  });
  it('splits clitics off those names and off common words', () => {
    expect(show('وباريس', lex)).toBe('و[باريس]');
    expect(show('ولندن', lex)).toBe('و[لندن]');
    expect(show('لموسكو', lex)).toBe('ل[موسكو]');
    expect(show('لكوريا', lex)).toBe('ل[كوريا]');
    expect(show('وسيكون', lex)).toBe('و+س[يكون]');
    expect(show('وسوف', lex)).toBe('و[سوف]');
    expect(show('والحكومة', lex)).toBe('و+ال[حكومه]');
    expect(show('بالمدينة', lex)).toBe('ب+ال[مدينه]');
    expect(show('وقال', lex)).toBe('و[قال]');
    expect(show('حكومته', lex)).toBe('[حكومه]ه');
  });
});
