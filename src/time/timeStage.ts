import type { Article } from '../core/article.js';
import { defineStage } from '../core/pipeline.js';
import { inferPublicationWindow, windowReference, type PublicationWindow, type StoryMate } from './inferPublicationWindow.js';
import { tagTimeDetailed } from './tagTime.js';
import type { Prefer, Timex } from './types.js';

/** The `time` annotation: the article's temporal expressions and the reference they were resolved against. */
export interface TimeAnnotation {
  /** The reference date-time used (ISO), or null. */
  readonly ref: string | null;
  /** Where it came from: the publication date, the fetch time, an inferred window, or none. */
  readonly refSource: 'published' | 'fetched' | 'inferred' | 'none';
  readonly timexes: Timex[];
  /** For articles with no `published`: the inferred publication window. */
  readonly publishedInferred?: PublicationWindow;
}

declare module '../core/annotations.js' {
  interface AnnotationMap {
    time: TimeAnnotation;
  }
}

/** Options of the time stage. */
export interface TimeStageOptions {
  /** Direction for bare weekdays/months (default `context`). */
  readonly prefer?: Prefer;
  /** Hook: publication dates of the article's story-mates (once stories exist). */
  readonly storyMates?: (article: Article) => readonly StoryMate[];
}

/**
 * Pipeline stage `time`: tags and resolves temporal expressions against the article's
 * publication date; without one, infers a publication window (story-mates, dates in the text,
 * fetch time), resolves against its middle and marks those values `inferred`; otherwise uses
 * the fetch time. Ambiguities and impossible dates become messages.
 */
export const timeStage = defineStage({
  name: 'time',
  provides: 'time',
  create:
    (options: TimeStageOptions = {}) =>
    (article, ctx): TimeAnnotation => {
      const prefer = options.prefer ?? 'context';
      const published = article.meta.published?.value;
      const fetched = article.meta.fetched?.value;
      if (published !== undefined) {
        const r = tagTimeDetailed(article.text, { ref: published, prefer });
        for (const m of r.messages) ctx.report(m);
        return { ref: published, refSource: 'published', timexes: r.timexes };
      }
      const mates = options.storyMates?.(article) ?? [];
      const window = inferPublicationWindow(article.text, { storyMates: mates, ...(fetched !== undefined ? { fetched } : {}) });
      const inferredRef = window.confidence >= 0.4 ? windowReference(window) : null;
      const ref = inferredRef ?? fetched ?? null;
      const refSource = inferredRef ? 'inferred' : fetched !== undefined ? 'fetched' : 'none';
      const r = tagTimeDetailed(article.text, {
        ...(ref !== null ? { ref } : {}),
        prefer,
        refInferred: refSource === 'inferred',
      });
      for (const m of r.messages) ctx.report(m);
      return { ref, refSource, timexes: r.timexes, publishedInferred: window };
    },
});
