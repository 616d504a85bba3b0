import { describe, expect, it } from 'vitest';
import { createArabicLexicon } from './cliticsLexicon.js';
import { createArabicResources } from './resources.js';

const lex = createArabicLexicon(
  new Map([
    ['حكومه', 3000],
    ['الحكومه', 9000],
    ['قال', 5000],
    ['وقال', 4000],
    ['لندن', 900],
  ]),
  ['لندن'],
);

describe('createArabicResources', () => {
  const r = createArabicResources(lex);
  it('makes index terms: normalised, clitic-stripped, stemmed', () => {
    const a = r.term('والحكومةُ');
    expect(a).toBe(r.term('الحكومه'));
    expect(a).toBe(r.term('حكومة'));
    expect(r.term('وقال')).toBe(r.term('قال'));
  });
  it('keeps known names unstemmed and splits clitics off them', () => {
    expect(r.term('لندن')).toBe('لندن');
    expect(r.term('ولندن')).toBe('لندن');
  });
  it('lower-cases Latin, maps digits and gives null for punctuation', () => {
    expect(r.term('NATO')).toBe('nato');
    expect(r.term('٦٬٠٠٠')).toBe('6,000');
    expect(r.term('،')).toBeNull();
    expect(r.term('...')).toBeNull();
    expect(r.term('%')).toBeNull();
    expect(r.term('')).toBeNull();
    expect(r.term('\u064e')).toBeNull();
  });
  it('wires the tokenizer, sentence splitter, normaliser and stemmers', () => {
    const text = 'وصل الوزير. ثم غادر';
    expect(r.tokenizer.tokenize(text).length).toBe(5);
    expect(r.tokenizer.sentences(text).length).toBe(2);
    expect(r.normalizer.match('أحمد')).toBe('احمد');
    expect(r.normalizer.normalize('أحمد', 'match').text).toBe('احمد');
    expect(r.segmenter.segment('وقال').base).toBe('قال');
    expect(r.lightStemmer.stem('الحسن')).toBe('حسن');
    expect(typeof r.stemmer.stem('مدرسون')).toBe('string');
  });
  it('works without a memo too', () => {
    const r0 = createArabicResources(lex, { termCacheSize: 0 });
    expect(r0.term('والحكومة')).toBe(r.term('والحكومة'));
  });
});
