/**
 * Build `models/clusters.tsv.gz`: unsupervised word clusters for the NER tagger, learned from
 * SaudiNewsNet (all zips in `../shared/data/saudinewsnet`) without labels.
 *
 * Method (cheap stand-in for Brown clusters, a few minutes on 2 cores):
 * 1. tokenise every title and content, match-normalise (`normalizeMatch`), count forms;
 * 2. vocabulary = the VOCAB most frequent forms (count ≥ MIN_COUNT); contexts = the CTX most
 *    frequent forms;
 * 3. per vocabulary word count its contexts in three slots: word just before, word just after,
 *    and a bag of words at distance 2 (either side); sentence punctuation is a context too;
 * 4. positive PMI (context distribution smoothed with exponent 0.75), randomly projected to DIM
 *    dimensions (seeded ±1 projection), L2-normalised;
 * 5. spherical k-means in a hierarchy: COARSE clusters, each split into MID_SPLIT, each of those
 *    into FINE_SPLIT; a word's three ids (coarse, mid, fine) become tagger features, like the
 *    prefixes of a Brown-cluster bit path.
 *
 * Output lines: `form<TAB>coarse<TAB>mid<TAB>fine` (ids are integers; mid and fine are global).
 * Only derived per-word ids are shipped, no running text (SaudiNewsNet is CC BY-NC-SA 4.0).
 *
 * Run: `npx tsx scripts/build-clusters.ts [--vocab N] [--min-count N] [--kmeans-vocab N]` (defaults
 * 60000, 5, = vocab; with --kmeans-vocab below --vocab, k-means runs over that many most frequent
 * words and the rarer ones join the nearest fine centroid)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { normalizeMatch } from '../src/arabic/normalize.js';
import { modelPath, sharedPath } from '../src/models/paths.js';

const argv = process.argv.slice(2);
const argOf = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const VOCAB = argOf('--vocab', 60_000);
const MIN_COUNT = argOf('--min-count', 5);
const KMEANS_VOCAB = argOf('--kmeans-vocab', VOCAB);
const CTX = 1000;
const DIM = 100;
const COARSE = 64;
const MID_SPLIT = 8;
const FINE_SPLIT = 4;
const ITER = 12;

const WORD_RE = /[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0640]+|[A-Za-z]+|[0-9\u0660-\u0669]+|[.!?؟،,:;"()«»]/g;
const PUNCT = new Set(['.', '!', '?', '؟', '،', ',', ':', ';', '"', '(', ')', '«', '»']);

function t0(): () => string {
  const s = Date.now();
  return () => `${((Date.now() - s) / 1000).toFixed(1)}s`;
}

/** Read all texts and map them to arrays of form ids (one Int32Array per article). */
function readCorpus(dir: string): { forms: string[]; docs: Int32Array[]; counts: number[] } {
  const ids = new Map<string, number>();
  const forms: string[] = [];
  const counts: number[] = [];
  const norm = new Map<string, number>();
  const docs: Int32Array[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.zip')).sort()) {
    const zip = unzipSync(readFileSync(join(dir, f)));
    for (const member of Object.values(zip)) {
      const arr = JSON.parse(strFromU8(member)) as { title?: string; content?: string }[];
      for (const a of arr) {
        const buf: number[] = [];
        for (const text of [a.title ?? '', a.content ?? '']) {
          for (const m of text.matchAll(WORD_RE)) {
            const raw = m[0];
            let id = norm.get(raw);
            if (id === undefined) {
              const n = PUNCT.has(raw) ? '<p>' : /^[0-9\u0660-\u0669]+$/.test(raw) ? '<d>' : normalizeMatch(raw).toLowerCase();
              id = ids.get(n);
              if (id === undefined) {
                id = forms.length;
                ids.set(n, id);
                forms.push(n);
                counts.push(0);
              }
              norm.set(raw, id);
            }
            counts[id] = (counts[id] ?? 0) + 1;
            buf.push(id);
          }
          buf.push(-1); // title/content boundary
        }
        docs.push(Int32Array.from(buf));
      }
    }
  }
  return { forms, docs, counts };
}

/** A deterministic ±1 for (context column, dimension). */
function sign(col: number, d: number): number {
  let h = Math.imul(col + 1, 0x9e3779b1) ^ Math.imul(d + 7, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h & 1 ? 1 : -1;
}

function normalizeRows(v: Float32Array, n: number, dim: number): void {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += (v[i * dim + d] as number) ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let d = 0; d < dim; d++) v[i * dim + d] = (v[i * dim + d] as number) * inv;
  }
}

/** Spherical k-means over the rows `members` of `vecs`; returns the cluster of each member. */
function kmeans(vecs: Float32Array, dim: number, members: number[], k: number, iter: number, seed: number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const cent = new Float32Array(k * dim);
  // Seed: spread over the frequency-sorted members (deterministic).
  let s = seed >>> 0;
  for (let c = 0; c < k; c++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const m = members[Math.floor(((c + (s % 1000) / 1000) * n) / k)] as number;
    for (let d = 0; d < dim; d++) cent[c * dim + d] = vecs[m * dim + d] as number;
  }
  for (let it = 0; it < iter; it++) {
    for (let i = 0; i < n; i++) {
      const off = (members[i] as number) * dim;
      let best = 0;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * dim;
        for (let d = 0; d < dim; d++) dot += (vecs[off + d] as number) * (cent[co + d] as number);
        if (dot > bestS) {
          bestS = dot;
          best = c;
        }
      }
      assign[i] = best;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number;
      size[c] = (size[c] as number) + 1;
      const off = (members[i] as number) * dim;
      for (let d = 0; d < dim; d++) cent[c * dim + d] = (cent[c * dim + d] as number) + (vecs[off + d] as number);
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        const m = members[(c * 7919 + it) % n] as number;
        for (let d = 0; d < dim; d++) cent[c * dim + d] = vecs[m * dim + d] as number;
      }
    }
    normalizeRows(cent, k, dim);
  }
  return assign;
}

function main(): void {
  const time = t0();
  const { forms, docs, counts } = readCorpus(sharedPath('data', 'saudinewsnet'));
  let tokens = 0;
  for (const d of docs) tokens += d.length;
  console.log(`read ${docs.length} articles, ${tokens} tokens, ${forms.length} forms (${time()})`);

  const byFreq = forms.map((_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number));
  const vocab = byFreq.filter((i) => (counts[i] as number) >= MIN_COUNT).slice(0, VOCAB);
  const vIndex = new Int32Array(forms.length).fill(-1);
  vocab.forEach((w, i) => (vIndex[w] = i));
  const cIndex = new Int32Array(forms.length).fill(-1);
  byFreq.slice(0, CTX).forEach((w, i) => (cIndex[w] = i));
  const V = vocab.length;
  const COLS = 3 * CTX;
  const co = new Uint32Array(V * COLS);
  for (const doc of docs) {
    for (let i = 0; i < doc.length; i++) {
      const w = doc[i] as number;
      if (w < 0) continue;
      const v = vIndex[w] as number;
      if (v < 0) continue;
      const base = v * COLS;
      const l1 = i > 0 ? (doc[i - 1] as number) : -1;
      const r1 = i + 1 < doc.length ? (doc[i + 1] as number) : -1;
      const l2 = i > 1 ? (doc[i - 2] as number) : -1;
      const r2 = i + 2 < doc.length ? (doc[i + 2] as number) : -1;
      if (l1 >= 0 && (cIndex[l1] as number) >= 0) co[base + (cIndex[l1] as number)] = (co[base + (cIndex[l1] as number)] as number) + 1;
      if (r1 >= 0 && (cIndex[r1] as number) >= 0) co[base + CTX + (cIndex[r1] as number)] = (co[base + CTX + (cIndex[r1] as number)] as number) + 1;
      if (l2 >= 0 && (cIndex[l2] as number) >= 0) co[base + 2 * CTX + (cIndex[l2] as number)] = (co[base + 2 * CTX + (cIndex[l2] as number)] as number) + 1;
      if (r2 >= 0 && (cIndex[r2] as number) >= 0) co[base + 2 * CTX + (cIndex[r2] as number)] = (co[base + 2 * CTX + (cIndex[r2] as number)] as number) + 1;
    }
  }
  console.log(`co-occurrence counts for ${V} words × ${COLS} contexts (${time()})`);

  // PPMI with smoothed context distribution.
  const colSum = new Float64Array(COLS);
  const rowSum = new Float64Array(V);
  for (let v = 0; v < V; v++) {
    for (let c = 0; c < COLS; c++) {
      const x = co[v * COLS + c] as number;
      if (x === 0) continue;
      rowSum[v] = (rowSum[v] as number) + x;
      colSum[c] = (colSum[c] as number) + x;
    }
  }
  const colP = new Float64Array(COLS);
  let zsum = 0;
  for (let c = 0; c < COLS; c++) zsum += (colSum[c] as number) ** 0.75;
  for (let c = 0; c < COLS; c++) colP[c] = (colSum[c] as number) ** 0.75 / zsum;
  // Sparse PPMI matrix (CSR), then a truncated SVD by randomised subspace iteration:
  // Z ← orth(Mᵀ M Z) twice from a ±1 start, word vectors = M Z (the rows in the top-DIM
  // right singular subspace).
  const rowPtr = new Int32Array(V + 1);
  const colsArr: number[] = [];
  const valsArr: number[] = [];
  for (let v = 0; v < V; v++) {
    rowPtr[v] = colsArr.length;
    const rs = rowSum[v] as number;
    if (rs === 0) continue;
    for (let c = 0; c < COLS; c++) {
      const x = co[v * COLS + c] as number;
      if (x === 0) continue;
      const pmi = Math.log(x / rs / (colP[c] as number));
      if (pmi <= 0) continue;
      colsArr.push(c);
      valsArr.push(pmi);
    }
  }
  rowPtr[V] = colsArr.length;
  const cols = Int32Array.from(colsArr);
  const vals = Float32Array.from(valsArr);
  console.log(`PPMI: ${cols.length} non-zeros (${time()})`);
  // M (V×COLS) times Z (COLS×DIM) → V×DIM.
  const mulM = (z: Float32Array): Float32Array => {
    const out = new Float32Array(V * DIM);
    for (let v = 0; v < V; v++) {
      const o = v * DIM;
      for (let p = rowPtr[v] as number; p < (rowPtr[v + 1] as number); p++) {
        const x = vals[p] as number;
        const zo = (cols[p] as number) * DIM;
        for (let d = 0; d < DIM; d++) out[o + d] = (out[o + d] as number) + x * (z[zo + d] as number);
      }
    }
    return out;
  };
  // Mᵀ (COLS×V) times Y (V×DIM) → COLS×DIM.
  const mulMT = (y: Float32Array): Float32Array => {
    const out = new Float32Array(COLS * DIM);
    for (let v = 0; v < V; v++) {
      const yo = v * DIM;
      for (let p = rowPtr[v] as number; p < (rowPtr[v + 1] as number); p++) {
        const x = vals[p] as number;
        const oo = (cols[p] as number) * DIM;
        for (let d = 0; d < DIM; d++) out[oo + d] = (out[oo + d] as number) + x * (y[yo + d] as number);
      }
    }
    return out;
  };
  const orth = (z: Float32Array): void => {
    for (let d = 0; d < DIM; d++) {
      for (let e = 0; e < d; e++) {
        let dot = 0;
        for (let c = 0; c < COLS; c++) dot += (z[c * DIM + d] as number) * (z[c * DIM + e] as number);
        for (let c = 0; c < COLS; c++) z[c * DIM + d] = (z[c * DIM + d] as number) - dot * (z[c * DIM + e] as number);
      }
      let nn = 0;
      for (let c = 0; c < COLS; c++) nn += (z[c * DIM + d] as number) ** 2;
      const inv = nn > 0 ? 1 / Math.sqrt(nn) : 0;
      for (let c = 0; c < COLS; c++) z[c * DIM + d] = (z[c * DIM + d] as number) * inv;
    }
  };
  let z: Float32Array = new Float32Array(COLS * DIM);
  for (let c = 0; c < COLS; c++) for (let d = 0; d < DIM; d++) z[c * DIM + d] = sign(c, d);
  orth(z);
  for (let it = 0; it < 3; it++) {
    z = mulMT(mulM(z));
    orth(z);
  }
  const vecs = mulM(z);
  normalizeRows(vecs, V, DIM);
  // Remove the common direction (PPMI vectors are all non-negative), then renormalise.
  const mean = new Float64Array(DIM);
  for (let v = 0; v < V; v++) for (let d = 0; d < DIM; d++) mean[d] = (mean[d] as number) + (vecs[v * DIM + d] as number) / V;
  for (let v = 0; v < V; v++) for (let d = 0; d < DIM; d++) vecs[v * DIM + d] = (vecs[v * DIM + d] as number) - (mean[d] as number);
  normalizeRows(vecs, V, DIM);
  console.log(`vectors (${time()})`);
  if (process.argv.includes('--nn')) {
    for (const probe of ['موسكو', 'بوتين', 'وزير', 'السعوديه']) {
      const id = forms.indexOf(probe);
      const v = id >= 0 ? (vIndex[id] as number) : -1;
      if (v < 0) continue;
      const sims: [number, number][] = [];
      for (let u = 0; u < V; u++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += (vecs[u * DIM + d] as number) * (vecs[v * DIM + d] as number);
        sims.push([dot, u]);
      }
      sims.sort((a, b) => b[0] - a[0]);
      console.log(probe, sims.slice(0, 10).map(([s, u]) => `${forms[vocab[u] as number]}:${s.toFixed(2)}`).join(' '));
    }
  }

  // k-means over the KMEANS_VOCAB most frequent words; rarer words (up to VOCAB) join the fine
  // cluster with the nearest centroid, so that noisy rare vectors do not move the clusters.
  const K = Math.min(V, KMEANS_VOCAB);
  const all = Array.from({ length: K }, (_, i) => i);
  const coarse = new Int32Array(V);
  coarse.set(kmeans(vecs, DIM, all, COARSE, ITER, 1));
  const mid = new Int32Array(V);
  const fine = new Int32Array(V);
  for (let c = 0; c < COARSE; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const a = kmeans(vecs, DIM, members, MID_SPLIT, ITER, 100 + c);
    for (let m = 0; m < MID_SPLIT; m++) {
      const sub = members.filter((_, j) => a[j] === m);
      const b = kmeans(vecs, DIM, sub, FINE_SPLIT, ITER, 1000 + c * MID_SPLIT + m);
      sub.forEach((w, j) => {
        mid[w] = c * MID_SPLIT + m;
        fine[w] = (c * MID_SPLIT + m) * FINE_SPLIT + (b[j] as number);
      });
    }
  }
  if (V > K) {
    const nf = COARSE * MID_SPLIT * FINE_SPLIT;
    const cent = new Float32Array(nf * DIM);
    for (let v = 0; v < K; v++) {
      const o = (fine[v] as number) * DIM;
      for (let d = 0; d < DIM; d++) cent[o + d] = (cent[o + d] as number) + (vecs[v * DIM + d] as number);
    }
    normalizeRows(cent, nf, DIM);
    for (let v = K; v < V; v++) {
      let best = 0;
      let bestS = -Infinity;
      for (let c = 0; c < nf; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += (vecs[v * DIM + d] as number) * (cent[c * DIM + d] as number);
        if (dot > bestS) {
          bestS = dot;
          best = c;
        }
      }
      fine[v] = best;
      mid[v] = Math.floor(best / FINE_SPLIT);
      coarse[v] = Math.floor(best / (FINE_SPLIT * MID_SPLIT));
    }
  }
  console.log(`k-means ${COARSE}/${COARSE * MID_SPLIT}/${COARSE * MID_SPLIT * FINE_SPLIT} over ${K} words, ${V - K} assigned (${time()})`);

  const lines: string[] = [];
  for (let v = 0; v < V; v++) {
    const form = forms[vocab[v] as number] as string;
    if (form === '<p>' || form === '<d>') continue;
    lines.push(`${form}\t${coarse[v]}\t${mid[v]}\t${fine[v]}`);
  }
  const out = gzipSync(strToU8(lines.join('\n') + '\n'), { level: 9 });
  writeFileSync(modelPath('clusters.tsv.gz'), out);
  console.log(`wrote models/clusters.tsv.gz: ${lines.length} words, ${out.length} bytes (${time()})`);
  // A few sample clusters for inspection.
  for (const probe of ['موسكو', 'بوتين', 'وزير', 'السعودية', 'الاتحاد']) {
    const id = forms.indexOf(probe);
    const v = id >= 0 ? (vIndex[id] as number) : -1;
    if (v < 0) continue;
    const same = vocab.filter((_, j) => mid[j] === mid[v]).slice(0, 12).map((w) => forms[w]);
    console.log(`${probe} → mid ${mid[v]}: ${same.join(' ')}`);
  }
}

main();
