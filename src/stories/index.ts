/**
 * Stories: near-duplicates (exact + MinHash/LSH), online same-event clustering, storylines and
 * story views. Pure except `corpus.ts` (a SaudiNewsNet reader for scripts, tests and benchmarks),
 * which is not re-exported here.
 */
export { DuplicateIndex, type DuplicateOptions, type DuplicateResult, type DuplicateIndexJSON } from './duplicateIndex.js';
export {
  StoryClusterer,
  documentFrequencies,
  dayNumber,
  type BackgroundFrequencies,
  type StoryDoc,
  type StoryEntity,
  type StoryEvent,
  type StoryAssignment,
  type StoryCandidate,
  type StoryClustererOptions,
  type StoryClustererJSON,
  type StoryInfo,
  type RepairReport,
  type ClusterStats,
} from './storyClusterer.js';
export { storyDocFromText, storyTerms, leadOf, STORY_STOPWORDS, type StoryDocOptions } from './storyDoc.js';
export { storyDocFromArticle, type StoryDocFromArticleOptions } from './storyDocFromArticle.js';
export { linkStorylines, type Storyline, type StorylineLink, type StorylineOptions } from './storylines.js';
export { storyView, type StoryView, type ViewArticle, type SummarySentence, type KeyEntity, type StoryViewOptions } from './storyView.js';
export { benchClustering, type ClusteringBench } from './benchClustering.js';
export { clusterScores, type ClusterScores, type PRF } from './clusterScores.js';
export { matchWords, shingleHashes, jaccardSorted, minhash, permutationSeeds } from './shingles.js';
export { contentKey, fnv1a32, fmix32 } from './hash.js';
export { buildTimeline, type TimelineEntry, type TimelineInput, type TimelineOptions, type TimelineScope } from './timeline.js';
export { inferFromStoryMates, type MateDating, type MateWindow, type InferFromStoryMatesOptions } from './inferFromStoryMates.js';
