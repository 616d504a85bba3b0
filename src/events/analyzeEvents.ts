import type { NumberMention } from '../arabic/numbers.js';
import { findNumbers } from '../arabic/numbers.js';
import type { Token } from '../arabic/tokenize.js';
import type { Span } from '../core/span.js';
import type { Timex } from '../time/types.js';
import { datedTimexes, type ExtractContext } from './context.js';
import { buildDoc } from './doc.js';
import { extractClaims } from './extractClaims.js';
import { extractEvents } from './extractEvents.js';
import { extractQuotes } from './extractQuotes.js';
import { sentenceMentions } from './mentions.js';
import type { EntityMentionInput, EventsAnnotation } from './types.js';

/** Inputs of {@link analyzeEvents}; everything but the text is optional. */
export interface AnalyzeEventsInput {
  readonly text: string;
  /** Tokens of the text (the `tokens` annotation); tokenised here when absent. */
  readonly tokens?: readonly Token[];
  /** Sentence spans (the `tokens` annotation); split here when absent. */
  readonly sentences?: readonly Span[];
  /** Number mentions (the `numbers` annotation); found here when absent. */
  readonly numbers?: readonly NumberMention[];
  /** Timexes (the `time` annotation); without them events and claims have no time. */
  readonly timexes?: readonly Timex[];
  /** The reference date the timexes were resolved against. */
  readonly ref?: string | null;
  /** Entity mentions (the `entities` annotation) when an entity stage ran; otherwise light heuristics are used. */
  readonly entities?: readonly EntityMentionInput[] | null;
}

/**
 * Extract events, quotes and numeric claims from one article's text (pure; linear in the text
 * apart from small per-sentence windows).
 */
export function analyzeEvents(input: AnalyzeEventsInput): EventsAnnotation {
  const doc = buildDoc(input.text, input.tokens, input.sentences);
  const entities = input.entities ?? null;
  const mentions = doc.sentences.map((s) => sentenceMentions(doc, s.first, s.last, entities));
  const timexes = input.timexes ?? [];
  const ctx: ExtractContext = { doc, mentions, timexes: datedTimexes(timexes), ref: input.ref ?? null };
  const events = extractEvents(ctx);
  const quotes = extractQuotes(ctx);
  const numbers = input.numbers ?? findNumbers(input.text);
  const claims = extractClaims(ctx, numbers, quotes, timexes.map((t) => t.span));
  return { events, quotes, claims };
}
