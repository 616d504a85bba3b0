import { NerWeights, NT, viterbi } from './nerWeights.js';

/** One training sentence: its features (as from `NerFeatureExtractor.sentence`) and gold tag ids. */
export interface TrainingSentence {
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  readonly gold: Int32Array;
}

/** Options of {@link trainPerceptron}. */
export interface PerceptronOptions {
  /** Passes over the data (default 12). */
  readonly epochs?: number;
  /** Seed of the per-epoch shuffle (default 1). */
  readonly seed?: number;
  /** Share of feature occurrences dropped at random in each training step (default 0). */
  readonly dropout?: number;
  /**
   * Cost-augmented decoding while training (a margin): every wrong tag gets `cost` added to its
   * score, so that updates continue until the gold tag wins by that margin (default 0).
   */
  readonly cost?: number;
  /** Cost of predicting `O` for a gold entity token (default: `cost`); above `cost` favours recall. */
  readonly missCost?: number;
  /** Called after each epoch with the epoch number and the token error rate of that pass. */
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

/**
 * Train an averaged structured perceptron (Collins 2002) with first-order Viterbi decoding
 * over BIO tags. Features are the 32-bit hashes of the training data; averaging is lazy
 * (`avg = w − u / c`). Deterministic for a given seed.
 */
export function trainPerceptron(data: readonly TrainingSentence[], options: PerceptronOptions = {}): NerWeights {
  const epochs = options.epochs ?? 12;
  const dropout = options.dropout ?? 0;
  const cost = options.cost ?? 0;
  const missCost = options.missCost ?? cost;
  const index = new Map<number, number>();
  for (const s of data) for (const h of s.hashes) if (!index.has(h)) index.set(h, index.size);
  const nf = index.size;
  const hashes = new Uint32Array(nf);
  for (const [h, i] of index) hashes[i] = h;
  const rows = data.map((s) => Int32Array.from(s.hashes, (h) => index.get(h) as number));
  const w = new Float32Array((nf + 1) * NT);
  const u = new Float64Array((nf + 1) * NT);
  const trans = new Float32Array((NT + 1) * NT);
  const utrans = new Float64Array((NT + 1) * NT);
  let c = 1;
  let seed = options.seed ?? 1;
  const order = data.map((_, i) => i);
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const s = data[si] as TrainingSentence;
      const n = s.gold.length;
      tokens += n;
      if (n === 0) continue;
      let r = rows[si] as Int32Array;
      if (dropout > 0) {
        r = r.slice();
        for (let k = 0; k < r.length; k++) {
          seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
          if (seed / 4294967296 < dropout) {
            r[k] = nf; // the dead row
          }
        }
      }
      const emis = new Float32Array(n * NT);
      for (let i = 0; i < n; i++) {
        for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
          const row = r[k] as number;
          if (row === nf) continue; // dropped
          const b = row * NT;
          for (let t = 0; t < NT; t++) emis[i * NT + t] = (emis[i * NT + t] as number) + (w[b + t] as number);
        }
      }
      if (cost !== 0 || missCost !== 0) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i] as number;
          for (let t = 0; t < NT; t++) if (t !== g) emis[i * NT + t] = (emis[i * NT + t] as number) + (t === 0 && g !== 0 ? missCost : cost);
        }
      }
      const pred = viterbi(emis, trans, n);
      for (let i = 0; i < n; i++) {
        const g = s.gold[i] as number;
        const p = pred[i] as number;
        const gp = i === 0 ? NT : (s.gold[i - 1] as number);
        const pp = i === 0 ? NT : (pred[i - 1] as number);
        if (g !== p) {
          errors++;
          for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
            const b = (r[k] as number) * NT;
            w[b + g] = (w[b + g] as number) + 1;
            u[b + g] = (u[b + g] as number) + c;
            w[b + p] = (w[b + p] as number) - 1;
            u[b + p] = (u[b + p] as number) - c;
          }
        }
        if (g !== p || gp !== pp) {
          trans[gp * NT + g] = (trans[gp * NT + g] as number) + 1;
          utrans[gp * NT + g] = (utrans[gp * NT + g] as number) + c;
          trans[pp * NT + p] = (trans[pp * NT + p] as number) - 1;
          utrans[pp * NT + p] = (utrans[pp * NT + p] as number) - c;
        }
      }
      c++;
    }
    options.onEpoch?.(ep, tokens > 0 ? errors / tokens : 0);
  }
  const avg = new Float32Array(nf * NT);
  for (let i = 0; i < avg.length; i++) avg[i] = (w[i] as number) - (u[i] as number) / c;
  const avgT = new Float32Array(trans.length);
  for (let i = 0; i < avgT.length; i++) avgT[i] = (trans[i] as number) - (utrans[i] as number) / c;
  return new NerWeights(hashes, avg, avgT);
}
