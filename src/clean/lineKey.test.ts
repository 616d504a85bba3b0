import { describe, expect, it } from 'vitest';
import { normalizeMatch } from '../arabic/normalize.js';
import { lineKey } from './lineKey.js';

const reference = (line: string): string =>
  normalizeMatch(line).replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\p{Nd}+/gu, '#').trim().toLowerCase();

describe('lineKey', () => {
  it('folds punctuation, digits, hamza seats and case', () => {
    expect(lineKey('  أضف تعليقاً!! ')).toBe('اضف تعليقا');
    expect(lineKey('Exit Mobile Version')).toBe('exit mobile version');
    expect(lineKey('3 ديسمبر 2024 06:45')).toBe('# ديسمبر # # #');
    expect(lineKey('— ،؛ ...')).toBe('');
  });

  it('agrees with the regular-expression definition on mixed and random input', () => {
    const pieces = ['وزير', 'الدفاع', '،', '2024', '٣٫٥', 'ABC', 'x1', 'é', 'ß', '—', '  ', '\t', 'ـ', 'ً', '📰', 'İ', 'Ω', '٪', '#', '-', 'ی', 'ک', '\u200f'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rnd() * 12);
      for (let k = 0; k < len; k++) s += pieces[Math.floor(rnd() * pieces.length)];
      expect(lineKey(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
