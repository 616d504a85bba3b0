import { DOC_WINDOW, documentFeatures, withDocumentFeatures } from './nerDocument.js';
import { parseCorpusStats, type CorpusStats } from './nerCorpusStats.js';
import type { NerFeatureExtractor } from './nerFeatures.js';
import { NER_TAGS, decode, type NerModelParts, type NerTag, type NerWeights } from './nerWeights.js';

export { decode };

/**
 * A loaded NER tagger: first-pass weights, optional second-pass (document-consistency) weights,
 * and the feature extractor they were trained with.
 */
export interface NerModel {
  readonly weights: NerWeights;
  /** Second pass over first-pass output plus document features (see `documentFeatures`). */
  readonly second?: NerWeights;
  readonly features: NerFeatureExtractor;
  /** Corpus statistics used by the second pass (see `CorpusStats`). */
  readonly corpus?: CorpusStats;
  /** Subtracted from the `O` score of every token at decoding (trades precision for recall). */
  readonly oPenalty?: number;
}

declare module '../core/pipeline.js' {
  interface Services {
    /** The NER tagger (load with `loadNer()` from `src/models/ner.ts`). */
    ner: NerModel;
  }
}

/** Longest run of tokens tagged in one Viterbi pass; longer sentences are cut into chunks. */
export const MAX_TAG_CHUNK = 400;

/** Options of {@link tagDocument}. */
export interface TagDocumentOptions {
  /** Sentences on each side that count as a sentence's document (default {@link DOC_WINDOW}); `Infinity` = all. */
  readonly window?: number;
  /** Skip the second pass (faster, less accurate). */
  readonly firstPassOnly?: boolean;
}

/**
 * Tag the sentences of one document (or a stream of sentences, e.g. a CoNLL file): BIO tags in
 * ANERcorp's names, one array per sentence. The first pass tags each sentence; when the model
 * has a second pass, it re-tags each sentence with how the first pass tagged the same words in
 * the surrounding sentences. Linear in the number of tokens; sentences longer than
 * {@link MAX_TAG_CHUNK} tokens are tagged in chunks; empty sentences give `[]`.
 */
export function tagDocument(sentences: readonly (readonly string[])[], model: NerModel, options: TagDocumentOptions = {}): NerTag[][] {
  const chunks: string[][] = [];
  const owner: number[] = [];
  sentences.forEach((s, k) => {
    for (let start = 0; start < s.length; start += MAX_TAG_CHUNK) {
      chunks.push(s.slice(start, start + MAX_TAG_CHUNK));
      owner.push(k);
    }
  });
  const feats = chunks.map((c) => model.features.sentence(c));
  let ids = feats.map((f) => decode(model.weights, f, model.second ? 0 : model.oPenalty));
  if (model.second && options.firstPassOnly !== true) {
    const second = model.second;
    const extra = documentFeatures(feats, ids, options.window ?? DOC_WINDOW, model.corpus);
    ids = feats.map((f, i) => decode(second, withDocumentFeatures(f, extra[i] as Uint32Array), model.oPenalty));
  }
  const out: NerTag[][] = sentences.map(() => []);
  ids.forEach((t, i) => {
    const dst = out[owner[i] as number] as NerTag[];
    for (const x of t) dst.push(NER_TAGS[x] as NerTag);
  });
  return out;
}

/**
 * Tag one sentence (a document of one sentence): BIO tags in ANERcorp's names (`B-PERS`,
 * `I-LOC`, `O`…), one per token. Pure and linear in the number of tokens; `[]` for `[]`.
 */
export function tagTokens(tokens: readonly string[], model: NerModel): NerTag[] {
  return tagDocument([tokens], model)[0] ?? [];
}

/** Assemble a model from parsed parts and a feature extractor. */
export function nerModelFromParts(parts: NerModelParts, features: NerFeatureExtractor, oPenalty = 0): NerModel {
  const m: { -readonly [K in keyof NerModel]: NerModel[K] } = { weights: parts.first, features };
  if (parts.second) m.second = parts.second;
  if (parts.corpus) m.corpus = parseCorpusStats(parts.corpus);
  if (oPenalty !== 0) m.oPenalty = oPenalty;
  return m;
}
