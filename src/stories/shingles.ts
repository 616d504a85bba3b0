import { normalizeMatch } from '../arabic/normalize.js';
import { fmix32, fnv1a32 } from './hash.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** The match-normalised words of a text (letters and digits only; punctuation dropped). */
export function matchWords(text: string): string[] {
  return normalizeMatch(text).match(WORD) ?? [];
}

/**
 * The distinct hashes of the word `size`-shingles of a word list, sorted ascending. A text
 * shorter than `size` words gives one shingle of all its words (none when it has no word).
 */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = fnv1a32(words[i] ?? '');
  const n = Math.max(1, words.length - size + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2f6b1d3c;
    const end = Math.min(words.length, i + size);
    for (let j = i; j < end; j++) h = fmix32((h ^ (wh[j] ?? 0)) + j - i);
    out[i] = h;
  }
  out.sort();
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[k - 1]) out[k++] = out[i] ?? 0;
  return out.slice(0, k);
}

/** Jaccard similarity of two sorted, distinct hash arrays (exact). */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

/** Seeds for `count` hash permutations, fixed (same signatures across runs and processes). */
export function permutationSeeds(count: number): Uint32Array {
  const s = new Uint32Array(count);
  for (let i = 0; i < count; i++) s[i] = fmix32(0x5bd1e995 + Math.imul(i + 1, 0x9e3779b9));
  return s;
}

/** MinHash signature of a shingle set under the given permutation seeds (all 0xffffffff for an empty set). */
export function minhash(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (let p = 0; p < seeds.length; p++) {
    const seed = seeds[p] ?? 0;
    let m = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const h = fmix32((shingles[i] ?? 0) ^ seed);
      if (h < m) m = h;
    }
    sig[p] = m;
  }
  return sig;
}
