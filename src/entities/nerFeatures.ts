import type { LanguageResources } from '../arabic/resources.js';
import { GAZ_BIT, GAZ_NAME_TOKEN, type Gazetteer } from './gazetteer.js';
import { TRIGGERS } from './triggers.js';

/** Word clusters: match-normalised form → [coarse, mid, fine] ids. */
export type WordClusters = ReadonlyMap<string, readonly [number, number, number]>;

/** What the feature extractor needs besides the token strings. */
export interface NerFeatureResources {
  /** Arabic resources (normaliser, clitic segmenter, lexicon counts via `count`). */
  readonly arabic: Pick<LanguageResources, 'normalizer' | 'segmenter'>;
  /** Corpus count of a match-normalised form (for a frequency feature); optional. */
  readonly count?: (form: string) => number;
  /** True for a known transliterated name token; optional. */
  readonly isTransliteration?: (form: string) => boolean;
  readonly clusters: WordClusters;
  readonly gazetteer: Gazetteer;
}

/** FNV-1a hash of a string (32-bit, unsigned). */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix two 32-bit values into one hash (order-sensitive). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Memo of one word's feature scores per weight table: the first `length` hashes of the word's
 * feature range depend on the word alone, and each of the next four blocks (see
 * {@link NB_START}) on one neighbour alone; their summed weights (`NT` floats per block) are
 * kept per word for the last two weight tables used (pass 1 and pass 2). Filled by `emissions`
 * in `nerWeights.ts`.
 */
export class OwnScores {
  /** Number of leading hashes of the token's range that are the word's own features. */
  readonly length: number;
  /** Weight tables (by identity), their scores (5 blocks of `NT`) and bit masks of filled blocks; slot 0 is the most recent. */
  k0: object | undefined = undefined;
  v0: Float32Array | undefined = undefined;
  m0 = 0;
  k1: object | undefined = undefined;
  v1: Float32Array | undefined = undefined;
  m1 = 0;

  constructor(length: number) {
    this.length = length;
  }

  /** Make `table` the most recent slot (a new table drops the older slot); returns its scores. */
  use(table: object, size: number): Float32Array {
    if (this.k0 === table) return this.v0 as Float32Array;
    const k = this.k0;
    const v = this.v0;
    const m = this.m0;
    if (this.k1 === table) {
      this.k0 = table;
      this.v0 = this.v1;
      this.m0 = this.m1;
    } else {
      this.k0 = table;
      this.v0 = new Float32Array(size);
      this.m0 = 0;
    }
    this.k1 = k;
    this.v1 = v;
    this.m1 = m;
    return this.v0 as Float32Array;
  }
}

/** Features of one sentence. */
export interface SentenceFeatures {
  /** Feature hashes of all tokens; token i owns `hashes[offsets[i] .. offsets[i+1])`. */
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  /** Per token, a hash of its clitic-stripped base (for document-level consistency features). */
  readonly keys: Uint32Array;
  /**
   * Per token, the memo of its word's scores; when given, token i's range starts with its
   * `length` own hashes followed by the four neighbour blocks of {@link NB_START} (taken from
   * the neighbour's word, or the padding). Optional: without it every hash is looked up.
   */
  readonly words?: readonly OwnScores[];
}

/** Per-word information, computed once per distinct token string. */
interface WordInfo {
  /** Hashes of the token's own features. */
  readonly own: Uint32Array;
  /** Hashes this word gives its neighbours' window features, by offset (see {@link NB_OFFSETS}). */
  readonly nb: Uint32Array;
  /** Memo of the summed weights of `own` (see {@link OwnScores}). */
  readonly scores: OwnScores;
  /** Hashes used by neighbours: form, base, mid cluster, coarse cluster, shape, trigger class. */
  readonly form: number;
  readonly base: number;
  readonly c2: number;
  readonly c1: number;
  readonly c3: number;
  readonly shape: number;
  readonly trig: number;
  /** Match-normalised form (for gazetteer phrases). */
  readonly norm: string;
  /** Clitic-stripped base (for gazetteer phrases). */
  readonly baseStr: string;
}

const MAX_WORD = 64;
const EDGE_PUNCT = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

function shapeOf(w: string): string {
  if (w.length === 0) return 'E';
  let ar = 0;
  let lat = 0;
  let up = 0;
  let dig = 0;
  let other = 0;
  const n = Math.min(w.length, MAX_WORD);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) ar++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      lat++;
      if (c <= 90) up++;
    } else if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) dig++;
    else other++;
  }
  if (ar === n) return 'A';
  if (lat === n) return up === n ? 'LU' : up > 0 && (w.charCodeAt(0) <= 90) ? 'LC' : 'Ll';
  if (dig === n) return n <= 2 ? 'D2' : n === 4 ? 'D4' : 'D';
  if (other === n) return n === 1 ? `P${w}` : 'PP';
  return `M${ar > 0 ? 'a' : ''}${lat > 0 ? 'l' : ''}${dig > 0 ? 'd' : ''}${other > 0 ? 'o' : ''}`;
}

function lenBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 3 ? '3' : n <= 5 ? '5' : n <= 8 ? '8' : 'L';
}

function freqBucket(n: number): string {
  if (n === 0) return '0';
  return String(Math.min(9, Math.floor(Math.log10(n) * 2)));
}

const GAZ_NAMES: readonly [number, string][] = [
  [GAZ_BIT.PERS, 'P'],
  [GAZ_BIT.LOC, 'L'],
  [GAZ_BIT.ORG, 'O'],
  [GAZ_BIT.MISC, 'M'],
  [GAZ_NAME_TOKEN, 'W'],
];

const SALT = {
  w: fnv('w@'),
  b: fnv('b@'),
  c2: fnv('c2@'),
  c1: fnv('c1@'),
  sh: fnv('sh@'),
  tr: fnv('tr@'),
  big: fnv('big@'),
  gz: fnv('gz@'),
  gzb: fnv('gzb@'),
  trs: fnv('trs@'),
  trc: fnv('trc@'),
};
const PAD_BOS = fnv('<s>');
const PAD_EOS = fnv('</s>');

/** Offsets of the neighbour blocks of a token's window features, in feature order. */
export const NB_OFFSETS = [-2, -1, 1, 2] as const;
/** Start of each neighbour block in a word's `nb` hashes (sizes 3, 6, 6, 3), then the total. */
export const NB_START = [0, 3, 9, 15, 18] as const;

/**
 * The window-feature hashes a word gives the token at offset `-o` from it, for each offset o of
 * {@link NB_OFFSETS}: form, mid cluster, trigger class (±2); form, mid cluster, base, shape,
 * coarse cluster, trigger class (±1). With no word (`form` = 0), the sentence padding.
 */
function neighbourHashes(form: number, base: number, c2: number, c1: number, shape: number, trig: number, pad = false): Uint32Array {
  const out = new Uint32Array(NB_START[4]);
  let p = 0;
  for (const o of NB_OFFSETS) {
    const so = o + 3;
    const f = pad ? (o < 0 ? PAD_BOS : PAD_EOS) : form;
    out[p++] = mix(SALT.w + so, f);
    out[p++] = mix(SALT.c2 + so, pad ? 9999 : c2);
    if (o === -1 || o === 1) {
      out[p++] = mix(SALT.b + so, pad ? f : base);
      out[p++] = mix(SALT.sh + so, pad ? 7 : shape);
      out[p++] = mix(SALT.c1 + so, pad ? 9999 : c1);
    }
    out[p++] = mix(SALT.tr + so, pad ? 1 : trig);
  }
  return out;
}

/** The window-feature hashes of the padding beyond the sentence edges. */
const PAD_NB = neighbourHashes(0, 0, 0, 0, 0, 0, true);

/**
 * Turns sentences (arrays of token strings) into per-token arrays of 32-bit feature hashes.
 * Keeps a bounded cache of per-word features, so repeated words cost one map lookup.
 */
export class NerFeatureExtractor {
  readonly #r: NerFeatureResources;
  #cache = new Map<string, WordInfo>();
  /** Token-joined proper prefixes of the typed multi-token gazetteer phrases (built on first use). */
  #prefixes: Set<string> | undefined;
  /** Maximum cache entries before it is cleared. */
  static readonly CACHE_LIMIT = 200_000;

  constructor(resources: NerFeatureResources) {
    this.#r = resources;
  }

  #word(tok: string): WordInfo {
    const hit = this.#cache.get(tok);
    if (hit) return hit;
    const info = this.#compute(tok);
    if (this.#cache.size >= NerFeatureExtractor.CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(tok, info);
    return info;
  }

  #compute(raw: string): WordInfo {
    const r = this.#r;
    let tok = raw.length > MAX_WORD ? raw.slice(0, MAX_WORD) : raw;
    // Punctuation glued to a word (`كابول؛`, `"طالبان`) is dropped for the word's features.
    const core = tok.replace(EDGE_PUNCT, '');
    const glued = core !== tok && core !== '';
    if (glued) tok = core;
    const norm = r.arabic.normalizer.match(tok).toLowerCase();
    const sh = shapeOf(tok);
    let base = norm;
    let pre = '';
    let suf = '';
    if (sh === 'A' && norm.length > 2) {
      const seg = r.arabic.segmenter.segment(tok);
      if (seg.base !== '') base = seg.base;
      pre = seg.prefixes.join('+');
      suf = seg.suffixes.join('+');
    }
    const feats: string[] = ['bias', `w=${norm}`, `sh=${sh}`, `len=${lenBucket(norm.length)}`];
    if (base !== norm) feats.push(`b=${base}`);
    if (glued) feats.push('glued');
    feats.push(`pf=${pre}`, `sf=${suf}`);
    for (let k = 1; k <= 3; k++) {
      if (norm.length > k) {
        feats.push(`p${k}=${norm.slice(0, k)}`, `s${k}=${norm.slice(-k)}`);
      }
      if (base !== norm && base.length > k) feats.push(`bp${k}=${base.slice(0, k)}`, `bs${k}=${base.slice(-k)}`);
    }
    if (norm.length > 4) feats.push(`s4=${norm.slice(-4)}`);
    const cl = r.clusters.get(norm) ?? r.clusters.get(base);
    const cb = base !== norm ? r.clusters.get(base) : undefined;
    if (cl) feats.push(`c1=${cl[0]}`, `c2=${cl[1]}`, `c3=${cl[2]}`);
    else feats.push('c=none');
    if (cb) feats.push(`cb2=${cb[1]}`, `cb3=${cb[2]}`);
    const gz = (r.gazetteer.phraseBits.get(norm) ?? 0) | (r.gazetteer.phraseBits.get(base) ?? 0);
    for (const [bit, name] of GAZ_NAMES) if (gz & bit) feats.push(`g1=${name}`);
    const trig = TRIGGERS.get(base) ?? TRIGGERS.get(norm);
    if (trig !== undefined) feats.push(`tr=${trig}`);
    if (r.count) feats.push(`fq=${freqBucket(r.count(norm))}`, `fqb=${freqBucket(r.count(base))}`);
    if (r.isTransliteration && (r.isTransliteration(norm) || r.isTransliteration(base))) feats.push('tl');
    if (base.startsWith('ال')) feats.push('al');
    if (base.endsWith('ي') || base.endsWith('يه')) feats.push('nisba');
    const own = new Uint32Array(feats.length);
    for (let i = 0; i < feats.length; i++) own[i] = fnv(feats[i] as string);
    const form = fnv(norm);
    const c2 = cl ? cl[1] + 1 : 0;
    const shape = fnv(sh);
    const trigH = trig !== undefined ? fnv(trig) : 0;
    return {
      own,
      nb: neighbourHashes(form, fnv(base), c2, cl ? cl[0] + 1 : 0, shape, trigH),
      scores: new OwnScores(own.length),
      form,
      base: fnv(base),
      c2,
      c1: cl ? cl[0] + 1 : 0,
      c3: cl ? cl[2] + 1 : 0,
      shape,
      trig: trigH,
      norm,
      baseStr: base,
    };
  }

  /** Proper prefixes (1..n-1 tokens) of the gazetteer's typed phrases of 2+ tokens. */
  #phrasePrefixes(): Set<string> {
    if (this.#prefixes) return this.#prefixes;
    const out = new Set<string>();
    for (const [key, bits] of this.#r.gazetteer.phraseBits) {
      if ((bits & 15) === 0) continue;
      let sp = key.indexOf(' ');
      while (sp > 0) {
        out.add(key.slice(0, sp));
        sp = key.indexOf(' ', sp + 1);
      }
    }
    this.#prefixes = out;
    return out;
  }

  /**
   * Gazetteer phrase tags per token: for each token, a hash of `B-type`/`I-type` or 0. Only keys
   * that are prefixes of some phrase are extended, so a token that starts no phrase costs one or
   * two set look-ups.
   */
  #gazetteerTags(infos: readonly WordInfo[]): Uint32Array {
    const g = this.#r.gazetteer;
    const prefixes = this.#phrasePrefixes();
    const out = new Uint32Array(infos.length);
    const max = g.maxTokens;
    for (let i = 0; i < infos.length; i++) {
      // Longest phrase starting at i (first token may carry clitics: try its base too).
      let best = 0;
      let bits = 0;
      const w = infos[i] as WordInfo;
      for (let f = 0; f < 2; f++) {
        const first = f === 0 ? w.norm : w.baseStr;
        if ((f === 1 && first === w.norm) || !prefixes.has(first)) continue;
        let key = first;
        for (let n = 2; n <= max && i + n <= infos.length; n++) {
          key += ' ' + (infos[i + n - 1] as WordInfo).norm;
          const b = g.phraseBits.get(key);
          if (b !== undefined && (b & 15) !== 0 && n > best) {
            best = n;
            bits = b & 15;
          }
          if (!prefixes.has(key)) break;
        }
      }
      if (best >= 2) {
        for (let k = 0; k < best; k++) out[i + k] = mix(mix(SALT.gz, bits), k === 0 ? 1 : 2);
        i += best - 1;
      }
    }
    return out;
  }

  /**
   * Features of every token of a sentence: `offsets[i]..offsets[i+1]` index into `hashes`.
   * Linear in the sentence length.
   */
  sentence(tokens: readonly string[]): SentenceFeatures {
    const n = tokens.length;
    const infos = tokens.map((t) => this.#word(t));
    const gz = this.#gazetteerTags(infos);
    let total = 0;
    for (const w of infos) total += w.own.length + 32;
    const hashes = new Uint32Array(total);
    const offsets = new Uint32Array(n + 1);
    let p = 0;
    const form = (j: number): number => (j < 0 ? PAD_BOS : j >= n ? PAD_EOS : (infos[j] as WordInfo).form);
    const at = (j: number): WordInfo | undefined => (j < 0 || j >= n ? undefined : infos[j]);
    for (let i = 0; i < n; i++) {
      offsets[i] = p;
      const w = infos[i] as WordInfo;
      hashes.set(w.own, p);
      p += w.own.length;
      // Window features that depend on one neighbour only: copied from the neighbour's memo.
      for (let k = 0; k < 4; k++) {
        const nb = at(i + (NB_OFFSETS[k] as number));
        const a = NB_START[k] as number;
        const b = NB_START[k + 1] as number;
        hashes.set((nb ? nb.nb : PAD_NB).subarray(a, b), p);
        p += b - a;
      }
      hashes[p++] = mix(mix(SALT.trc + 2, at(i - 1)?.trig ?? 1), w.c2);
      hashes[p++] = mix(mix(SALT.trc + 4, at(i + 1)?.trig ?? 1), w.c2);
      hashes[p++] = mix(mix(SALT.big, form(i - 1)), w.form);
      hashes[p++] = mix(mix(SALT.big + 1, w.form), form(i + 1));
      const prev = at(i - 1);
      const next = at(i + 1);
      hashes[p++] = mix(mix(SALT.big + 2, prev ? prev.c2 : 9999), w.c2);
      hashes[p++] = mix(mix(SALT.big + 3, w.c2), next ? next.c2 : 9999);
      hashes[p++] = mix(mix(SALT.big + 4, prev ? prev.shape : 7), w.shape);
      hashes[p++] = mix(SALT.gz, gz[i] as number);
      hashes[p++] = mix(mix(SALT.gzb, gz[i] as number), w.form);
    }
    offsets[n] = p;
    return { hashes: hashes.subarray(0, p), offsets, keys: Uint32Array.from(infos, (w) => w.base), words: infos.map((w) => w.scores) };
  }
}
