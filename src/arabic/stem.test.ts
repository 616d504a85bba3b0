import { describe, expect, it } from 'vitest';
import { createSnowballStemmer } from './stem.js';

describe('Snowball stemmer', () => {
  const s = createSnowballStemmer();
  it('strips suffixes of a clitic-stripped base', () => {
    expect(s.stem('مدرسون')).toBe('مدرس');
    expect(s.stem('يكتبون')).toBe('يكتب');
  });
  it('does not strip leading letters by default (names survive)', () => {
    expect(s.stem('بوتين').startsWith('بوت')).toBe(true);
    expect(s.stem('فلاديمير').startsWith('فلاد')).toBe(true);
    expect(s.stem('وزراء').startsWith('وز')).toBe(true);
    const raw = createSnowballStemmer({ stripPrefixes: true, cacheSize: 0 });
    expect(raw.stem('فلاديمير').startsWith('فلاد')).toBe(false);
  });
  it('leaves non-Arabic words and odd input alone', () => {
    for (const w of ['English', '123', '', '\ud800', 'a\ud83d\ude00']) expect(s.stem(w)).toBe(w);
    expect(typeof s.stem('ـ')).toBe('string');
  });
  it('gives the same answer from its memo', () => {
    const a = s.stem('الحكومات');
    expect(s.stem('الحكومات')).toBe(a);
  });
});
