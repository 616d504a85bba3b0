import { mix, fnv, type SentenceFeatures } from './nerFeatures.js';
import { typeMajority } from './nerCorpusStats.js';
import { NT } from './nerWeights.js';

/** Sentences on each side that form a token's document context (when no document is given). */
export const DOC_WINDOW = 20;

/** Extra (document-level) feature hashes per token added for the second pass. */
export const DOC_FEATURES = 10;

const S = [fnv('d1@'), fnv('d2@'), fnv('d3@'), fnv('d4@'), fnv('d5@'), fnv('d6@'), fnv('d7@'), fnv('d8@'), fnv('d9@'), fnv('d10@')] as const;

/** Entity type of a tag id (0 = O, 1 PERS, 2 LOC, 3 ORG, 4 MISC). */
function typeOf(tag: number): number {
  return tag === 0 ? 0 : (tag + 1) >> 1;
}

/**
 * Document-level features for the second tagging pass (stacking): for each token, how the
 * first pass tagged the other occurrences of the same base form nearby (the majority entity
 * type and its share), the first-pass tags of the token and its neighbours, and the majority
 * type of the previous token's base, and (when `corpus` is given) the corpus statistics code of
 * the token and its neighbours (see `CorpusStats`). `window` is the number of sentences on each side that count
 * as the document (`Infinity` = all sentences given). Linear in the number of tokens.
 */
export function documentFeatures(
  feats: readonly SentenceFeatures[],
  firstPass: readonly Int32Array[],
  window: number = DOC_WINDOW,
  corpus?: ReadonlyMap<number, number>,
): Uint32Array[] {
  const cv = (k: number): number => corpus?.get(k) ?? 0;
  const counts = new Map<number, Int32Array>();
  const add = (s: number, sign: number): void => {
    const f = feats[s] as SentenceFeatures;
    const tags = firstPass[s] as Int32Array;
    for (let i = 0; i < f.keys.length; i++) {
      const k = f.keys[i] as number;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Int32Array(5)));
      const ty = typeOf(tags[i] as number);
      c[ty] = (c[ty] as number) + sign;
    }
  };
  const majority = (k: number): number => {
    const c = counts.get(k);
    if (!c) return 0;
    const { total, best, bestN } = typeMajority(c);
    if (best === 0 || total === 0) return total > 1 ? 40 : 0;
    const share = bestN / total;
    const bucket = share >= 0.99 ? 3 : share >= 0.5 ? 2 : 1;
    const many = total >= 4 ? 2 : total >= 2 ? 1 : 0;
    return best * 10 + bucket + many * 100;
  };
  const n = feats.length;
  const out: Uint32Array[] = [];
  const w = Number.isFinite(window) ? Math.max(0, Math.floor(window)) : n;
  // Sliding window [lo, hi) of sentences whose tags are counted.
  let lo = 0;
  let hi = 0;
  for (let s = 0; s < n; s++) {
    const wantLo = Math.max(0, s - w);
    const wantHi = Math.min(n, s + w + 1);
    while (hi < wantHi) add(hi++, 1);
    while (lo < wantLo) add(lo++, -1);
    const f = feats[s] as SentenceFeatures;
    const tags = firstPass[s] as Int32Array;
    const len = f.keys.length;
    const extra = new Uint32Array(len * DOC_FEATURES);
    let prevMaj = 0;
    for (let i = 0; i < len; i++) {
      const maj = majority(f.keys[i] as number);
      const o = i * DOC_FEATURES;
      const t = tags[i] as number;
      extra[o] = mix(S[0], maj);
      extra[o + 1] = mix(S[1], t);
      extra[o + 2] = mix(S[2], i > 0 ? (tags[i - 1] as number) : NT);
      extra[o + 3] = mix(S[3], i + 1 < len ? (tags[i + 1] as number) : NT);
      extra[o + 4] = mix(S[4], (maj % 100) * 16 + t);
      extra[o + 5] = mix(S[5], prevMaj);
      extra[o + 6] = mix(S[6], i + 1 < len ? majority(f.keys[i + 1] as number) % 100 : 99);
      const c0 = cv(f.keys[i] as number);
      extra[o + 7] = mix(S[7], c0);
      extra[o + 8] = mix(S[8], (i > 0 ? cv(f.keys[i - 1] as number) : 99) * 100 + c0);
      extra[o + 9] = mix(S[9], c0 * 100 + (i + 1 < len ? cv(f.keys[i + 1] as number) : 99));
      prevMaj = maj % 100;
    }
    out.push(extra);
  }
  return out;
}

/** Append `extra` (DOC_FEATURES hashes per token) to a sentence's features. */
export function withDocumentFeatures(f: SentenceFeatures, extra: Uint32Array): SentenceFeatures {
  const n = f.keys.length;
  const hashes = new Uint32Array(f.hashes.length + extra.length);
  const offsets = new Uint32Array(n + 1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = p;
    const a = f.offsets[i] as number;
    const b = f.offsets[i + 1] as number;
    hashes.set(f.hashes.subarray(a, b), p);
    p += b - a;
    hashes.set(extra.subarray(i * DOC_FEATURES, (i + 1) * DOC_FEATURES), p);
    p += DOC_FEATURES;
  }
  offsets[n] = p;
  return f.words ? { hashes, offsets, keys: f.keys, words: f.words } : { hashes, offsets, keys: f.keys };
}
