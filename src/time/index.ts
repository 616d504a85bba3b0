/**
 * Arabic time: temporal expressions tagged, normalised to TIMEX3-style values and anchored to
 * the right reference; publication windows for undated articles; the `time` pipeline stage.
 */
export { tagTime, tagTimeDetailed, type TimeTagging } from './tagTime.js';
export { timeToJson, timeToObject, type TimexJson } from './timeToJson.js';
export {
  inferPublicationWindow,
  windowReference,
  type InferWindowOptions,
  type PublicationEvidence,
  type PublicationWindow,
  type StoryMate,
} from './inferPublicationWindow.js';
export { timeStage, type TimeAnnotation, type TimeStageOptions } from './timeStage.js';
export type { Grain, Prefer, TagTimeOptions, Timex, TimexAnchor, TimexType } from './types.js';
