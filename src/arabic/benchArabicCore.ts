import type { LanguageResources } from './resources.js';

/** What {@link benchArabicCore} measured. */
export interface ArabicCoreBench {
  /** UTF-8 bytes of the texts processed. */
  bytes: number;
  /** Milliseconds spent. */
  ms: number;
  /** Tokens produced. */
  tokens: number;
}

/** Options for {@link benchArabicCore}. */
export interface ArabicCoreBenchOptions {
  /** Also normalise every whole text at match level with its offset map (default false). */
  mappedNormalize?: boolean;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Time the Arabic text core over texts (pure, no I/O): tokenise each text and compute every
 * word token's index term — match normalisation, clitic segmentation and Snowball stemming
 * (`r.term`, memoised as in production) — optionally plus a whole-text mapped normalisation.
 * Throughput is `bytes / ms / 1000` MB/s.
 */
export function benchArabicCore(texts: readonly string[], r: LanguageResources, options: ArabicCoreBenchOptions = {}): ArabicCoreBench {
  let bytes = 0;
  for (const t of texts) bytes += utf8Length(t);
  let tokens = 0;
  let sink = 0;
  const t0 = performance.now();
  for (const text of texts) {
    if (options.mappedNormalize) sink += r.normalizer.normalize(text, 'match').text.length;
    const ts = r.tokenizer.tokenize(text);
    tokens += ts.length;
    for (const t of ts) {
      if (t.kind === 'punct' || t.kind === 'symbol') continue;
      const term = r.term(t.text);
      if (term !== null) sink += term.length;
    }
  }
  const ms = performance.now() - t0;
  if (sink < 0) throw new Error('unreachable');
  return { bytes, ms, tokens };
}
