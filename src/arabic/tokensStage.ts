import { MarsadError } from '../core/errors.js';
import { defineStage } from '../core/pipeline.js';
import type { Span } from '../core/span.js';
import type { LanguageResources } from './resources.js';
import type { Token } from './tokenize.js';

/** The `tokens` annotation: tokens, index terms and sentences of the clean text. */
export interface TokensAnnotation {
  /** Tokens with offsets into the clean text. */
  readonly tokens: readonly Token[];
  /** `terms[i]` is the index term of `tokens[i]` (`LanguageResources.term`), null for punctuation. */
  readonly terms: readonly (string | null)[];
  /** Sentence spans in the clean text. */
  readonly sentences: readonly Span[];
  /**
   * `sentenceTokens[k] = [first, end)`: the tokens of sentence k (indices into `tokens`).
   * Tokens outside every sentence (bullet markers, stray punctuation) belong to none.
   */
  readonly sentenceTokens: readonly (readonly [number, number])[];
}

declare module '../core/annotations.js' {
  interface AnnotationMap {
    /** Tokens, terms and sentences (see {@link TokensAnnotation}). */
    tokens: TokensAnnotation;
  }
}

/** Group token indices by sentence (both sorted by offset). */
export function tokensBySentence(tokens: readonly Token[], sentences: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && (tokens[i] as Token).start < s.start) i++;
    const first = i;
    while (i < tokens.length && (tokens[i] as Token).end <= s.end) i++;
    out.push([first, i]);
  }
  return out;
}

/**
 * The tokenising stage: provides `tokens` from the clean text with `ctx.services.arabic`
 * (create it with `createArabicResources(loadArabicLexicon())`). Without that service it throws
 * a coded `INVALID_ARGUMENT` error (a wiring bug; the runner records it as `STAGE_FAILED`).
 */
export const tokensStage = defineStage<'tokens'>({
  name: 'tokens',
  provides: 'tokens',
  create: () => (article, ctx) => {
    const r: LanguageResources | undefined = ctx.services.arabic;
    if (!r) throw new MarsadError('INVALID_ARGUMENT', 'the tokens stage needs services.arabic (createArabicResources)');
    const text = article.text;
    const tokens = r.tokenizer.tokenize(text);
    const terms = tokens.map((t) => (t.kind === 'punct' || t.kind === 'symbol' ? null : r.term(t.text)));
    const sentences = r.tokenizer.sentences(text);
    return { tokens, terms, sentences, sentenceTokens: tokensBySentence(tokens, sentences) };
  },
});
