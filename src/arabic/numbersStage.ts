import { defineStage } from '../core/pipeline.js';
import { findNumbers, type FindNumbersOptions, type NumberMention } from './numbers.js';

declare module '../core/annotations.js' {
  interface AnnotationMap {
    /** Numbers found in the clean text (see {@link findNumbers}), sorted by offset. */
    numbers: readonly NumberMention[];
  }
}

/**
 * The numbers stage: provides `numbers` from the clean text with {@link findNumbers}. It needs no
 * other annotation and no service; options (colloquial number words) are fixed per pipeline.
 */
export const numbersStage = defineStage<'numbers', FindNumbersOptions | void>({
  name: 'numbers',
  provides: 'numbers',
  create: (options) => (article) => findNumbers(article.text, options ?? undefined),
});
