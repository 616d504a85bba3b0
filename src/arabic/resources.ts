import type { Span } from '../core/span.js';
import { segment, type Segmentation, type SegmentOptions } from './clitics.js';
import type { ArabicLexicon } from './cliticsLexicon.js';
import { lightStemmer } from './lightStem.js';
import { Memo } from './resourcesMemo.js';
import { normalize, normalizeMatch, type NormalizationLevel, type Normalized } from './normalize.js';
import { splitSentences } from './sentences.js';
import { createSnowballStemmer, type Stemmer } from './stem.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * The language resources the rest of the system injects (search index, NER features,
 * clustering): one object, so that another language or a test double can replace it.
 */
export interface LanguageResources {
  normalizer: {
    /** Normalise with an offset map back to the text. */
    normalize(text: string, level: NormalizationLevel): Normalized;
    /** Match-level normalisation without a map (fast). */
    match(text: string): string;
  };
  tokenizer: {
    /** Tokens with offsets into the original text. */
    tokenize(text: string): Token[];
    /** Sentence spans. */
    sentences(text: string): Span[];
  };
  segmenter: {
    /** Clitic segmentation guarded by the resources' lexicon. */
    segment(word: string): Segmentation;
  };
  /** Snowball Arabic (suffixes only), for clitic-stripped bases. */
  stemmer: Stemmer;
  /** Lucene-style light stemmer. */
  lightStemmer: Stemmer;
  /**
   * The index term of a token: match-normalised, clitic-stripped and stemmed (known names are
   * not stemmed); Latin words lower-cased, numbers in ASCII digits; `null` when the token has no
   * letter or digit (punctuation, symbols).
   */
  term(token: string): string | null;
}

/** Options for {@link createArabicResources}. */
export interface ArabicResourcesOptions {
  /** Segmenter tuning. */
  segment?: SegmentOptions;
  /** Entries per generation of the term memo (default 200,000; 0 disables it). */
  termCacheSize?: number;
}

declare module '../core/pipeline.js' {
  interface Services {
    /** Arabic language resources (normaliser, tokeniser, segmenter, stemmers). */
    arabic: LanguageResources;
  }
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}

/** Build the Arabic resources around a lexicon (load the shipped one with `loadArabicLexicon()`). */
export function createArabicResources(lexicon: ArabicLexicon, options: ArabicResourcesOptions = {}): LanguageResources {
  const stemmer = createSnowballStemmer();
  const segOptions = options.segment ?? {};
  const memo = new Memo<string | null>(options.termCacheSize ?? 200_000);

  const computeTerm = (token: string): string | null => {
    const m = normalizeMatch(token);
    let arabic = m.length > 0;
    let wordChar = false;
    for (let i = 0; i < m.length; i++) {
      const c = m.charCodeAt(i);
      if (isArabicLetter(c)) wordChar = true;
      else {
        arabic = false;
        if (/[\p{L}\p{N}]/u.test(m.charAt(i))) wordChar = true;
      }
    }
    if (!wordChar) return null;
    if (!arabic) return m;
    const base = segment(token, lexicon, segOptions).base;
    if (base.length === 0) return m;
    if (lexicon.isName(base)) return base;
    const s = stemmer.stem(base);
    return s.length >= 2 ? s : base;
  };

  return {
    normalizer: {
      normalize: (text, level) => normalize(text, level),
      match: (text) => normalizeMatch(text),
    },
    tokenizer: { tokenize, sentences: splitSentences },
    segmenter: { segment: (word) => segment(word, lexicon, segOptions) },
    stemmer,
    lightStemmer,
    term: (token: string): string | null => memo.get(token, computeTerm),
  };
}
