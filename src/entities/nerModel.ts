import type { NerFeatureExtractor } from './nerFeatures.js';
import { NER_TAGS, emissions, viterbi, type NerTag, type NerWeights } from './nerWeights.js';

/** A loaded NER tagger: weights plus the feature extractor they were trained with. */
export interface NerModel {
  readonly weights: NerWeights;
  readonly features: NerFeatureExtractor;
}

declare module '../core/pipeline.js' {
  interface Services {
    /** The NER tagger (load with `loadNer()` from `src/models/ner.ts`). */
    ner: NerModel;
  }
}

/** Longest run of tokens tagged in one Viterbi pass; longer sentences are cut into chunks. */
export const MAX_TAG_CHUNK = 400;

/**
 * Tag one sentence: BIO tags in ANERcorp's names (`B-PERS`, `I-LOC`, `O`…), one per token.
 * Pure and linear in the number of tokens (sentences longer than {@link MAX_TAG_CHUNK} tokens are
 * tagged in chunks). An empty sentence gives `[]`.
 */
export function tagTokens(tokens: readonly string[], model: NerModel): NerTag[] {
  const out: NerTag[] = [];
  for (let start = 0; start < tokens.length; start += MAX_TAG_CHUNK) {
    const chunk = tokens.slice(start, start + MAX_TAG_CHUNK);
    const { hashes, offsets } = model.features.sentence(chunk);
    const best = viterbi(emissions(model.weights, hashes, offsets, chunk.length), model.weights.trans, chunk.length);
    for (const t of best) out.push(NER_TAGS[t] as NerTag);
  }
  return out;
}
