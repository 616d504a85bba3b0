import { normalizeMatch } from '../arabic/normalize.js';
import { emptyGazetteer, type Gazetteer } from './gazetteer.js';
import { NerFeatureExtractor, type WordClusters } from './nerFeatures.js';
import type { NerModel } from './nerModel.js';
import { NER_TAGS } from './nerWeights.js';
import { trainPerceptron } from './perceptron.js';

/**
 * A feature extractor over stub resources (match normalisation, no clitic splitting), for tests.
 */
export function stubExtractor(clusters: WordClusters = new Map(), gazetteer: Gazetteer = emptyGazetteer()): NerFeatureExtractor {
  return new NerFeatureExtractor({
    arabic: {
      normalizer: { match: normalizeMatch, normalize: () => ({ text: '', map: [] }) as never },
      segmenter: { segment: (w: string) => ({ prefixes: [], base: normalizeMatch(w), suffixes: [], baseStart: 0, baseEnd: w.length }) },
    },
    clusters,
    gazetteer,
  });
}

/** Train a one-pass model on tagged sentences `[token, tag][]` (for tests). */
export function tinyModel(sentences: readonly (readonly [string, string][])[], epochs = 8): NerModel {
  const fx = stubExtractor();
  const ids = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));
  const data = sentences.map((s) => ({ ...fx.sentence(s.map(([w]) => w)), gold: Int32Array.from(s, ([, t]) => ids.get(t) ?? 0) }));
  return { weights: trainPerceptron(data, { epochs }), features: fx };
}
