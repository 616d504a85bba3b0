import type { NerFeatureExtractor } from './nerFeatures.js';
import { decode, type NerWeights } from './nerWeights.js';

/**
 * Over per-type counts (index 0 = outside any entity, 1–4 = entity types): the total, and the
 * most frequent entity type with its count (`best` 0 when no entity type was counted).
 */
export function typeMajority(c: Int32Array): { total: number; best: number; bestN: number } {
  let total = 0;
  let best = 0;
  let bestN = 0;
  for (let t = 0; t < c.length; t++) {
    const n = c[t] as number;
    total += n;
    if (t > 0 && n > bestN) {
      bestN = n;
      best = t;
    }
  }
  return { total, best, bestN };
}

/**
 * Corpus statistics for the second pass (self-labelled, unsupervised text): for a base-form key,
 * a small code for how the first pass tagged that form across a large unlabelled corpus:
 * `1 + type * 4 + share bucket` where type is the majority entity type (0 = none, 1 PERS, 2 LOC,
 * 3 ORG, 4 MISC) and the bucket grades its share of the occurrences. Absent = rare form.
 */
export type CorpusStats = ReadonlyMap<number, number>;

/** Forms seen fewer times than this get no code. */
export const CORPUS_MIN_COUNT = 3;

/** Tag the sentences with the first pass and summarise each base form's tags (see {@link CorpusStats}). */
export function corpusTypeStats(sentences: Iterable<readonly string[]>, weights: NerWeights, fx: NerFeatureExtractor): Map<number, number> {
  const counts = new Map<number, Int32Array>();
  for (const s of sentences) {
    if (s.length === 0) continue;
    const f = fx.sentence(s);
    const tags = decode(weights, f);
    for (let i = 0; i < s.length; i++) {
      const k = f.keys[i] as number;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Int32Array(5)));
      const t = tags[i] as number;
      const ty = t === 0 ? 0 : (t + 1) >> 1;
      c[ty] = (c[ty] as number) + 1;
    }
  }
  const out = new Map<number, number>();
  for (const [k, c] of counts) {
    const { total, best, bestN } = typeMajority(c);
    if (total < CORPUS_MIN_COUNT) continue;
    const share = bestN / total;
    const bucket = share >= 0.9 ? 3 : share >= 0.5 ? 2 : share >= 0.1 ? 1 : 0;
    out.set(k, 1 + (bucket === 0 ? 0 : best) * 4 + bucket);
  }
  return out;
}

/** Serialise corpus statistics: sorted keys as delta varints, then one byte per key (uncompressed). */
export function serializeCorpusStats(stats: CorpusStats): Uint8Array {
  const keys = [...stats.keys()].sort((a, b) => a - b);
  const bytes: number[] = [];
  const push32 = (v: number): void => {
    bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  };
  push32(keys.length);
  let prev = 0;
  for (const k of keys) {
    let v = k - prev;
    prev = k;
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  }
  for (const k of keys) bytes.push(stats.get(k) as number);
  return Uint8Array.from(bytes);
}

/** Read statistics written by {@link serializeCorpusStats}. */
export function parseCorpusStats(b: Uint8Array): Map<number, number> {
  const n = ((b[0] as number) | ((b[1] as number) << 8) | ((b[2] as number) << 16) | ((b[3] as number) << 24)) >>> 0;
  let p = 4;
  const keys = new Array<number>(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    let mul = 1;
    for (;;) {
      const x = b[p++] as number;
      v += (x & 0x7f) * mul;
      if (x < 0x80) break;
      mul *= 128;
    }
    prev += v;
    keys[i] = prev;
  }
  const out = new Map<number, number>();
  for (let i = 0; i < n; i++) out.set(keys[i] as number, b[p + i] as number);
  return out;
}
