import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeMatch } from '../arabic/normalize.js';
import { ARABIC_LEXICON_FILE, loadArabicLexicon } from './arabicLexicon.js';
import { modelPath } from './paths.js';

describe.skipIf(!existsSync(modelPath(ARABIC_LEXICON_FILE)))('loadArabicLexicon', () => {
  it('loads counts and names, and caches', () => {
    const lex = loadArabicLexicon();
    expect(lex.size).toBeGreaterThan(50000);
    expect(lex.total).toBeGreaterThan(1000000);
    expect(lex.count(normalizeMatch('الحكومة'))).toBeGreaterThan(100);
    expect(lex.count('not-a-word')).toBe(0);
    expect(loadArabicLexicon()).toBe(lex);
  });
});
