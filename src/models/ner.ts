import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createArabicResources, type LanguageResources } from '../arabic/resources.js';
import type { ArabicLexicon } from '../arabic/cliticsLexicon.js';
import { NerFeatureExtractor } from '../entities/nerFeatures.js';
import type { NerModel } from '../entities/nerModel.js';
import { nerModelFromParts } from '../entities/nerModel.js';
import { parseNerModel } from '../entities/nerWeights.js';
import { loadArabicLexicon } from './arabicLexicon.js';
import { loadGazetteer } from './gazetteer.js';
import { loadClusters } from './nerClusters.js';
import { modelPath } from './paths.js';

/** File name of the shipped NER weights in `models/` (trained by `scripts/train-ner.ts`). */
export const NER_MODEL_FILE = 'ner.bin.gz';

/** Options of {@link nerExtractor} and {@link loadNer}. */
export interface NerLoadOptions {
  /** Arabic resources to share (default: built from the shipped lexicon). */
  readonly arabic?: LanguageResources;
  /** The lexicon behind them (default: the shipped one). */
  readonly lexicon?: ArabicLexicon;
}

/** The feature extractor over the shipped clusters, gazetteer and Arabic lexicon. */
export function nerExtractor(options: NerLoadOptions = {}): NerFeatureExtractor {
  const lexicon = options.lexicon ?? loadArabicLexicon();
  const arabic = options.arabic ?? createArabicResources(lexicon);
  return new NerFeatureExtractor({
    arabic,
    count: (f) => lexicon.count(f),
    isTransliteration: (f) => lexicon.isTransliteration(f),
    clusters: loadClusters(),
    gazetteer: loadGazetteer(),
  });
}

/**
 * Load the shipped NER tagger (`models/ner.bin.gz` plus clusters, gazetteer and lexicon).
 * Returns undefined when the model file is missing (not trained yet: `npm run train:ner`); throws
 * `INVALID_ARGUMENT` (or a zlib error) on a corrupt file.
 */
export function loadNer(options: NerLoadOptions = {}): NerModel | undefined {
  const p = modelPath(NER_MODEL_FILE);
  if (!existsSync(p)) return undefined;
  return nerModelFromParts(parseNerModel(gunzipSync(readFileSync(p))), nerExtractor(options));
}
