import { describe, expect, it } from 'vitest';
import { conllToSentences, formatConll } from './conll.js';

describe('conllToSentences', () => {
  it('splits sentences on blank lines, takes the first and last columns, accepts CRLF', () => {
    const s = conllToSentences('وصل O\r\nالوزير B-X extra I-PERS\r\n\r\n\r\nأمس\tO\n');
    expect(s).toEqual([
      { tokens: ['وصل', 'الوزير'], tags: ['O', 'I-PERS'] },
      { tokens: ['أمس'], tags: ['O'] },
    ]);
  });
  it('gives empty tags for one-column input and nothing for empty input', () => {
    expect(conllToSentences('a\nb\n')).toEqual([{ tokens: ['a', 'b'], tags: ['', ''] }]);
    expect(conllToSentences('')).toEqual([]);
    expect(conllToSentences('\n\n-DOCSTART- O\n\n')).toEqual([]);
  });
});

describe('formatConll', () => {
  it('writes token<TAB>tag lines and a blank line after each sentence', () => {
    expect(formatConll([{ tokens: ['a', 'b'], tags: ['B-LOC', 'O'] }, { tokens: ['c'], tags: [] }])).toBe('a\tB-LOC\nb\tO\n\nc\tO\n\n');
  });
});
