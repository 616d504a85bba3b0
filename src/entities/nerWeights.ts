import { MarsadError } from '../core/errors.js';
import { NB_OFFSETS, NB_START, type OwnScores, type SentenceFeatures } from './nerFeatures.js';

/** The BIO tags of the tagger, in ANERcorp's names. Index 0 is `O`. */
export const NER_TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

/** One of {@link NER_TAGS}. */
export type NerTag = (typeof NER_TAGS)[number];

/** Number of tags. */
export const NT = NER_TAGS.length;

/** Version of the feature set; a model trained with another version is refused. */
export const NER_FEATURE_VERSION = 3;

/** True when tag `b` may follow tag `a` (a = -1 for the sentence start): I-X only after B-X or I-X. */
export function allowed(a: number, b: number): boolean {
  if (b === 0 || b % 2 === 1) return true;
  return a === b || a === b - 1;
}

/** `ALLOWED[a * NT + b]` = {@link allowed}(a, b) for a, b in 0..NT-1. */
const ALLOWED: Uint8Array = (() => {
  const m = new Uint8Array(NT * NT);
  for (let a = 0; a < NT; a++) for (let b = 0; b < NT; b++) m[a * NT + b] = allowed(a, b) ? 1 : 0;
  return m;
})();

/**
 * Feature weights of the tagger: a hash → row table (open addressing over the 32-bit feature
 * hashes), `NT` weights per row, and `(NT+1) × NT` transition weights (last row: start).
 */
export class NerWeights {
  /** Open-addressing slots of `NT + 1` 32-bit words: the key (as uint32) then `NT` weights. */
  readonly #slots: Float32Array;
  readonly #keys: Uint32Array;
  readonly #mask: number;
  /** Row-major weights, `NT` per feature row. */
  readonly w: Float32Array;
  /** Transition weights `trans[prev * NT + cur]`; prev = NT is the start. */
  readonly trans: Float32Array;
  /** Number of feature rows. */
  readonly size: number;
  /** Feature hashes, by row. */
  readonly hashes: Uint32Array;

  /** Build from feature hashes (distinct), their weights (`NT` each) and the transitions. */
  constructor(hashes: Uint32Array, w: Float32Array, trans: Float32Array) {
    if (w.length !== hashes.length * NT || trans.length !== (NT + 1) * NT) throw new MarsadError('INVALID_ARGUMENT', 'NerWeights: array sizes do not match');
    let cap = 16;
    while (cap < hashes.length * 2) cap <<= 1;
    this.#slots = new Float32Array(cap * (NT + 1));
    this.#keys = new Uint32Array(this.#slots.buffer);
    this.#mask = cap - 1;
    for (let i = 0; i < hashes.length; i++) {
      const h = (hashes[i] as number) || 1;
      let s = (Math.imul(h, 0x9e3779b1) >>> 0) & this.#mask;
      while (this.#keys[s * (NT + 1)] !== 0 && this.#keys[s * (NT + 1)] !== h) s = (s + 1) & this.#mask;
      const o = s * (NT + 1);
      this.#keys[o] = h;
      for (let t = 0; t < NT; t++) this.#slots[o + 1 + t] = (this.#slots[o + 1 + t] as number) + (w[i * NT + t] as number);
    }
    this.w = w;
    this.trans = trans;
    this.size = hashes.length;
    this.hashes = hashes;
  }

  /** Offset of a feature's weights in {@link NerWeights.table} (`NT` floats), or -1. */
  slot(h: number): number {
    const key = h || 1;
    const keys = this.#keys;
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.#mask;
    for (;;) {
      const k = keys[s * (NT + 1)] as number;
      if (k === key) return s * (NT + 1) + 1;
      if (k === 0) return -1;
      s = (s + 1) & this.#mask;
    }
  }

  /** The slot table (see {@link NerWeights.slot}). */
  get table(): Float32Array {
    return this.#slots;
  }

  /** Row of a feature hash (index into {@link NerWeights.hashes}), or -1. Slow; for tests and tools. */
  row(h: number): number {
    const key = h || 1;
    for (let i = 0; i < this.size; i++) if (((this.hashes[i] as number) || 1) === key) return i;
    return -1;
  }
}

/** Add the weights of `hashes[from..to)` to `out[o..o+NT)`. */
function addRows(weights: NerWeights, hashes: Uint32Array, from: number, to: number, out: Float32Array, o: number): void {
  const tab = weights.table;
  for (let p = from; p < to; p++) {
    const b = weights.slot(hashes[p] as number);
    if (b < 0) continue;
    for (let t = 0; t < NT; t++) out[o + t] = (out[o + t] as number) + (tab[b + t] as number);
  }
}

/** Add block `k` (0 = own, 1–4 neighbour blocks) of a word's memo, filling it from `hashes[from..to)` if needed. */
function addMemo(weights: NerWeights, wd: OwnScores, k: number, hashes: Uint32Array, from: number, to: number, out: Float32Array, o: number): void {
  const v = wd.use(weights, 5 * NT);
  const bit = 1 << k;
  if ((wd.m0 & bit) === 0) {
    addRows(weights, hashes, from, to, v, k * NT);
    wd.m0 |= bit;
  }
  for (let t = 0; t < NT; t++) out[o + t] = (out[o + t] as number) + (v[k * NT + t] as number);
}

/**
 * Emission scores `n × NT` for a sentence's features (`offsets[i]..offsets[i+1]` into `hashes`).
 * With `words` (see `SentenceFeatures.words`), the word-only and neighbour-only blocks are scored
 * once per word and weight table and then taken from the memo.
 */
export function emissions(weights: NerWeights, hashes: Uint32Array, offsets: Uint32Array, n: number, words?: readonly OwnScores[]): Float32Array {
  const out = new Float32Array(n * NT);
  for (let i = 0; i < n; i++) {
    const o = i * NT;
    let start = offsets[i] as number;
    const wd = words?.[i];
    if (words && wd) {
      addMemo(weights, wd, 0, hashes, start, start + wd.length, out, o);
      start += wd.length;
      for (let k = 0; k < 4; k++) {
        const j = i + (NB_OFFSETS[k] as number);
        const a = start + (NB_START[k] as number);
        const b = start + (NB_START[k + 1] as number);
        const nb = j >= 0 && j < n ? words[j] : undefined;
        if (nb) addMemo(weights, nb, k + 1, hashes, a, b, out, o);
        else addRows(weights, hashes, a, b, out, o);
      }
      start += NB_START[4];
    }
    addRows(weights, hashes, start, offsets[i + 1] as number, out, o);
  }
  return out;
}

/** Viterbi decoding under first-order transitions with the BIO constraint. Linear in `n`. */
export function viterbi(emis: Float32Array, trans: Float32Array, n: number): Int32Array {
  const best = new Int32Array(n);
  if (n === 0) return best;
  const score = new Float64Array(n * NT);
  const back = new Int8Array(n * NT);
  for (let t = 0; t < NT; t++) score[t] = allowed(-1, t) ? (emis[t] as number) + (trans[NT * NT + t] as number) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let bs = -Infinity;
      let bp = 0;
      for (let p = 0; p < NT; p++) {
        if (ALLOWED[p * NT + t] === 0) continue;
        const s = (score[(i - 1) * NT + p] as number) + (trans[p * NT + t] as number);
        if (s > bs) {
          bs = s;
          bp = p;
        }
      }
      score[i * NT + t] = bs + (emis[i * NT + t] as number);
      back[i * NT + t] = bp;
    }
  }
  let bt = 0;
  let bs = -Infinity;
  for (let t = 0; t < NT; t++) {
    const s = score[(n - 1) * NT + t] as number;
    if (s > bs) {
      bs = s;
      bt = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    best[i] = bt;
    bt = back[i * NT + bt] as number;
  }
  return best;
}

/** Decode one sentence's features with the given weights; returns tag ids. */
export function decode(weights: NerWeights, f: SentenceFeatures, oPenalty = 0): Int32Array {
  const n = f.keys.length;
  const e = emissions(weights, f.hashes, f.offsets, n, f.words);
  if (oPenalty !== 0) for (let i = 0; i < n; i++) e[i * NT] = (e[i * NT] as number) - oPenalty;
  return viterbi(e, weights.trans, n);
}

const MAGIC = 0x52454e4d; // 'MNER'

function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/**
 * Serialise weights compactly: hashes sorted and delta-varint coded, weights quantised to
 * int16 with one global scale (column-major, low and high bytes apart, so that a general
 * compressor does well on them), transitions as float32. Not compressed: gzip the whole model. Rows whose largest |weight| is below `prune` are dropped.
 */
export function serializeNerWeights(weights: NerWeights, prune = 0): Uint8Array {
  const keep: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r < weights.size; r++) {
    let m = 0;
    for (let t = 0; t < NT; t++) m = Math.max(m, Math.abs(weights.w[r * NT + t] as number));
    if (m > prune) {
      keep.push(r);
      if (m > maxAbs) maxAbs = m;
    }
  }
  keep.sort((a, b) => (weights.hashes[a] as number) - (weights.hashes[b] as number));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const head = new DataView(new ArrayBuffer(20 + (NT + 1) * NT * 4));
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, NER_FEATURE_VERSION, true);
  head.setUint32(8, NT, true);
  head.setUint32(12, keep.length, true);
  head.setFloat32(16, scale, true);
  for (let i = 0; i < (NT + 1) * NT; i++) head.setFloat32(20 + i * 4, weights.trans[i] as number, true);
  const deltas: number[] = [];
  let prev = 0;
  for (const r of keep) {
    const h = weights.hashes[r] as number;
    writeVarint(deltas, h - prev);
    prev = h;
  }
  const q = new Int16Array(keep.length * NT);
  for (let t = 0; t < NT; t++) {
    for (let k = 0; k < keep.length; k++) q[t * keep.length + k] = Math.round((weights.w[(keep[k] as number) * NT + t] as number) / scale);
  }
  const qBytes = new Uint8Array(q.buffer);
  // Split low and high bytes so that gzip sees the mostly-zero high bytes together.
  const split = new Uint8Array(qBytes.length);
  const half = q.length;
  for (let i = 0; i < half; i++) {
    split[i] = qBytes[2 * i] as number;
    split[half + i] = qBytes[2 * i + 1] as number;
  }
  const headBytes = new Uint8Array(head.buffer);
  const all = new Uint8Array(headBytes.length + 4 + deltas.length + split.length);
  all.set(headBytes, 0);
  new DataView(all.buffer).setUint32(headBytes.length, deltas.length, true);
  all.set(Uint8Array.from(deltas), headBytes.length + 4);
  all.set(split, headBytes.length + 4 + deltas.length);
  return all;
}

/** Read (uncompressed) weights written by {@link serializeNerWeights}. Throws `INVALID_ARGUMENT` on a bad file. */
export function parseNerWeights(all: Uint8Array): NerWeights {
  const dv = new DataView(all.buffer, all.byteOffset, all.byteLength);
  if (all.length < 20 || dv.getUint32(0, true) !== MAGIC) throw new MarsadError('INVALID_ARGUMENT', 'not a Marsad NER model');
  if (dv.getUint32(4, true) !== NER_FEATURE_VERSION) throw new MarsadError('INVALID_ARGUMENT', 'NER model feature version mismatch: retrain with npm run train:ner');
  if (dv.getUint32(8, true) !== NT) throw new MarsadError('INVALID_ARGUMENT', 'NER model tag set mismatch');
  const n = dv.getUint32(12, true);
  const scale = dv.getFloat32(16, true);
  const trans = new Float32Array((NT + 1) * NT);
  for (let i = 0; i < trans.length; i++) trans[i] = dv.getFloat32(20 + i * 4, true);
  let p = 20 + trans.length * 4;
  const dlen = dv.getUint32(p, true);
  p += 4;
  const hashes = new Uint32Array(n);
  let prev = 0;
  for (let k = 0; k < n; k++) {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = all[p++] as number;
      v += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += v;
    hashes[k] = prev;
  }
  p = 20 + trans.length * 4 + 4 + dlen;
  const half = n * NT;
  const w = new Float32Array(half);
  for (let t = 0; t < NT; t++) {
    for (let k = 0; k < n; k++) {
      const i = t * n + k;
      const lo = all[p + i] as number;
      const hi = all[p + half + i] as number;
      const v = ((hi << 24) >> 16) | lo;
      w[k * NT + t] = v * scale;
    }
  }
  return new NerWeights(hashes, w, trans);
}

/** The parts of a serialised model (see {@link serializeNerModel}). */
export interface NerModelParts {
  readonly first: NerWeights;
  readonly second?: NerWeights;
  /** Serialised corpus statistics (opaque here; see `nerCorpusStats.ts`). */
  readonly corpus?: Uint8Array;
}

/**
 * Serialise a model as length-prefixed blobs: first-pass weights, second-pass weights (may be
 * empty), corpus statistics (may be empty); weights as {@link serializeNerWeights}.
 */
export function serializeNerModel(parts: NerModelParts, prune = 0): Uint8Array {
  const blobs = [serializeNerWeights(parts.first, prune), parts.second ? serializeNerWeights(parts.second, prune) : new Uint8Array(0), parts.corpus ?? new Uint8Array(0)];
  const total = blobs.reduce((n, b) => n + 4 + b.length, 0);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  let p = 0;
  for (const b of blobs) {
    dv.setUint32(p, b.length, true);
    out.set(b, p + 4);
    p += 4 + b.length;
  }
  return out;
}

/** Read a model written by {@link serializeNerModel}. Throws `INVALID_ARGUMENT` on a bad file. */
export function parseNerModel(bytes: Uint8Array): NerModelParts {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const blobs: Uint8Array[] = [];
  let p = 0;
  while (p + 4 <= bytes.length && blobs.length < 3) {
    const len = dv.getUint32(p, true);
    if (p + 4 + len > bytes.length) throw new MarsadError('INVALID_ARGUMENT', 'truncated Marsad NER model');
    blobs.push(bytes.subarray(p + 4, p + 4 + len));
    p += 4 + len;
  }
  const [a, b, c] = blobs;
  if (!a || a.length === 0) throw new MarsadError('INVALID_ARGUMENT', 'not a Marsad NER model');
  const out: { first: NerWeights; second?: NerWeights; corpus?: Uint8Array } = { first: parseNerWeights(a) };
  if (b && b.length > 0) out.second = parseNerWeights(b);
  if (c && c.length > 0) out.corpus = c;
  return out;
}
