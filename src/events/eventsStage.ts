import type { Article } from '../core/article.js';
import { defineStage } from '../core/pipeline.js';
import { analyzeEvents } from './analyzeEvents.js';
import { readEntityMentions } from './mentions.js';
import type { EntityMentionInput, EventsAnnotation } from './types.js';

declare module '../core/annotations.js' {
  interface AnnotationMap {
    /** Events, quotes and numeric claims of the article (see {@link EventsAnnotation}). */
    events: EventsAnnotation;
  }
}

/** Options of the events stage. */
export interface EventsStageOptions {
  /**
   * Where to read entity mentions from. Default: the `entities` annotation when present (an
   * array of `{start,end,text,type,entityId?}` or an object with such a `mentions` array).
   */
  readonly entities?: (article: Article) => readonly EntityMentionInput[] | null;
}

/**
 * Pipeline stage `events`: provides `events` ({@link EventsAnnotation}: events, quotes, claims)
 * from the `tokens`, `numbers` and `time` annotations, using the `entities` annotation when an
 * entity stage ran before it and light title/source heuristics otherwise.
 */
export const eventsStage = defineStage<'events', EventsStageOptions | void>({
  name: 'events',
  provides: 'events',
  needs: ['tokens', 'numbers', 'time'],
  create: (options) => (article) => {
    const a = article.annotations;
    const entities =
      options && options.entities
        ? options.entities(article)
        : readEntityMentions((a as Record<string, unknown>)['entities'], article.text.length);
    return analyzeEvents({
      text: article.text,
      ...(a.tokens ? { tokens: a.tokens.tokens, sentences: a.tokens.sentences } : {}),
      ...(a.numbers ? { numbers: a.numbers } : {}),
      ...(a.time ? { timexes: a.time.timexes, ref: a.time.ref } : {}),
      entities,
    });
  },
});
