import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize.js';

const brief = (ts: Token[]): string[] => ts.map((t) => `${t.kind}:${t.text}`);

function checkOffsets(text: string, ts: Token[]): void {
  let prevEnd = 0;
  for (const t of ts) {
    expect(t.start).toBeGreaterThanOrEqual(prevEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(t.text)).toBe(false);
    prevEnd = t.end;
  }
}

describe('tokenize', () => {
  it('splits Arabic words and punctuation with offsets', () => {
    const t = 'وصل الوزير يوم الجمعة، ثم غادر.';
    const ts = tokenize(t);
    expect(brief(ts)).toEqual([
      'arabic:وصل',
      'arabic:الوزير',
      'arabic:يوم',
      'arabic:الجمعة',
      'punct:،',
      'arabic:ثم',
      'arabic:غادر',
      'punct:.',
    ]);
    checkOffsets(t, ts);
  });
  it('keeps diacritics and tatweel inside Arabic words', () => {
    expect(brief(tokenize('مَدْرَسَةٌ كبـــيرة'))).toEqual(['arabic:مَدْرَسَةٌ', 'arabic:كبـــيرة']);
  });
  it('reads numbers with separators, decimals and ranges', () => {
    expect(brief(tokenize('6,000 و10.5 و٦٬٠٠٠ و٢٫٥ بين 25-30 و٢٥–٣٠'))).toEqual([
      'number:6,000',
      'arabic:و',
      'number:10.5',
      'arabic:و',
      'number:٦٬٠٠٠',
      'arabic:و',
      'number:٢٫٥',
      'arabic:بين',
      'number:25-30',
      'arabic:و',
      'number:٢٥–٣٠',
    ]);
  });
  it('does not join dates, times, lists or sentence-final dots into numbers', () => {
    expect(brief(tokenize('2024-12-03'))).toEqual(['number:2024', 'punct:-', 'number:12', 'punct:-', 'number:03']);
    expect(brief(tokenize('3.12.2024'))).toEqual(['number:3', 'punct:.', 'number:12', 'punct:.', 'number:2024']);
    expect(brief(tokenize('10:30'))).toEqual(['number:10', 'punct::', 'number:30']);
    expect(brief(tokenize('1,2,3'))).toEqual(['number:1', 'punct:,', 'number:2', 'punct:,', 'number:3']);
    expect(brief(tokenize('عام 2015.'))).toEqual(['arabic:عام', 'number:2015', 'punct:.']);
    expect(brief(tokenize('2015,2016'))).toEqual(['number:2015', 'punct:,', 'number:2016']);
  });
  it('splits mixed scripts', () => {
    expect(brief(tokenize('يoon G20 قمةG7 ب5'))).toEqual([
      'arabic:ي',
      'latin:oon',
      'latin:G20',
      'arabic:قمة',
      'latin:G7',
      'arabic:ب',
      'number:5',
    ]);
  });
  it('keeps symbols and punctuation runs', () => {
    expect(brief(tokenize('50% ... $3 ؟؟ 🙂'))).toEqual([
      'number:50',
      'symbol:%',
      'punct:...',
      'symbol:$',
      'number:3',
      'punct:؟؟',
      'symbol:🙂',
    ]);
  });
  it("keeps an inner apostrophe in Latin words", () => {
    expect(brief(tokenize("O'Brien's"))).toEqual(["latin:O'Brien's"]);
  });
});

describe('tokenize bad input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only diacritics', '\u064e\u064f\u0650\u0651\u0652ـــ'],
    ['only punctuation', '...!!!؟،؛«»'],
    ['lone surrogates', 'a\ud800b\udc00 \ud83d'],
    ['bidi marks everywhere', '\u200fو\u200eص\u200fل\u200f \u200e123\u200f,\u200e000\u202b abc\u202c'],
    ['mixed', 'abc١٢٣عربيxyz۴۵6,000.5-7'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const ts = tokenize(text);
      checkOffsets(text, ts);
    });
  }
  it('drops stray marks and marks between letters split words', () => {
    expect(tokenize('\u064e\u064f').length).toBe(0);
    expect(brief(tokenize('\u200fو\u200eص'))).toEqual(['arabic:و', 'arabic:ص']);
    expect(brief(tokenize('a\ud800b'))).toEqual(['latin:a', 'symbol:\ud800', 'latin:b']);
  });
  it('handles a 1 MB single line', () => {
    const text = 'وصل الوزير، 6,000 abc\u200f؟ '.repeat(40000);
    const ts = tokenize(text);
    expect(ts.length).toBe(40000 * 6);
    checkOffsets(text.slice(0, 5000), tokenize(text.slice(0, 5000)));
    for (const t of ts) if (t.text !== text.slice(t.start, t.end)) throw new Error('bad offsets');
  });
  it('property: every token is its slice of the text (random strings)', () => {
    const alphabet = ['و', 'ص', 'ل', '\u064e', 'ـ', 'a', 'B', '1', '٣', ',', '.', '-', '٬', '٫', ' ', '\n', '\u200f', '\ud800', '\udc00', '🙂', '،', '%', "'"];
    let seed = 42;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 300; k++) {
      let s = '';
      const len = Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)] ?? '';
      checkOffsets(s, tokenize(s));
    }
  });
});
