import { readFileSync } from 'node:fs';
import { gunzipSync, strFromU8 } from 'fflate';
import { parseArabicLexicon, type ArabicLexicon } from '../arabic/cliticsLexicon.js';
import { modelPath } from './paths.js';

/** File name of the shipped lexicon in `models/` (built by `scripts/build-arabic-lexicon.ts`). */
export const ARABIC_LEXICON_FILE = 'arabic-lexicon.tsv.gz';

let cached: ArabicLexicon | undefined;

/**
 * Load the shipped Arabic word-form lexicon (match-normalised form counts over SaudiNewsNet and
 * name tokens), once per process. Throws if the file is missing (a broken installation).
 */
export function loadArabicLexicon(): ArabicLexicon {
  if (cached) return cached;
  const bytes = readFileSync(modelPath(ARABIC_LEXICON_FILE));
  cached = parseArabicLexicon(strFromU8(gunzipSync(bytes)));
  return cached;
}
