import { describe, expect, it } from 'vitest';
import { createArabicLexicon, parseArabicLexicon, serializeArabicLexicon } from './cliticsLexicon.js';

describe('arabic lexicon', () => {
  it('round-trips through its text form', () => {
    const counts = new Map([
      ['كتاب', 10],
      ['قلم', 4],
    ]);
    const names = new Set(['لندن', 'قلم']);
    const text = serializeArabicLexicon(counts, names, 99, 'test');
    const lex = parseArabicLexicon(text);
    expect(lex.total).toBe(99);
    expect(lex.count('كتاب')).toBe(10);
    expect(lex.count('لندن')).toBe(0);
    expect(lex.isName('لندن')).toBe(true);
    expect(lex.isName('قلم')).toBe(true);
    expect(lex.isName('كتاب')).toBe(false);
    expect(text.split('\n')[3]).toBe('كتاب\t10');
  });
  it('keeps the transliteration flag apart from names', () => {
    const text = serializeArabicLexicon(new Map([['كتاب', 10]]), new Set(['لندن']), 10, '', new Set(['بيونغ', 'لندن']));
    const lex = parseArabicLexicon(text);
    expect(lex.isTransliteration('بيونغ')).toBe(true);
    expect(lex.isName('بيونغ')).toBe(false);
    expect(lex.isName('لندن')).toBe(true);
    expect(lex.isTransliteration('لندن')).toBe(true);
    expect(lex.isTransliteration('كتاب')).toBe(false);
  });
  it('skips malformed lines and defaults total to the sum', () => {
    const lex = parseArabicLexicon('x\ny\t\n\tz\nكتاب\t5\nقلم\tabc\n');
    expect(lex.count('كتاب')).toBe(5);
    expect(lex.size).toBe(1);
    expect(lex.total).toBe(5);
    expect(createArabicLexicon(new Map([['a', 2]])).total).toBe(2);
  });
});
