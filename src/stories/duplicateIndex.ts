import { MarsadError } from '../core/errors.js';
import { contentKey, fmix32 } from './hash.js';
import { jaccardSorted, matchWords, minhash, permutationSeeds, shingleHashes } from './shingles.js';

/** Tuning of {@link DuplicateIndex}. Defaults were tuned on SaudiNewsNet (see DESIGN.md, stories). */
export interface DuplicateOptions {
  /** Words per shingle (default 3). */
  shingleSize?: number;
  /** LSH bands (default 20). */
  bands?: number;
  /** Rows per band (default 3); the signature has `bands × rows` permutations. */
  rows?: number;
  /** Exact shingle Jaccard at or above which two texts are near-duplicates (default 0.5). */
  threshold?: number;
  /** Texts with fewer match-level words are neither exact nor near duplicates of anything (default 8). */
  minWords?: number;
  /** Largest LSH bucket scanned for candidates; larger buckets keep only their newest entries (default 200). */
  maxBucket?: number;
}

/** What {@link DuplicateIndex.add} found for a new text. */
export interface DuplicateResult {
  /** The canonical (earliest) copy of the group this text joined; absent when it is original. */
  duplicateOf?: string;
  /** The already indexed text it matched best (for an exact duplicate: the group's canonical copy). */
  matched?: string;
  /** Exact shingle Jaccard with `matched` (1 for exact duplicates, 0 when nothing matched). */
  similarity: number;
  /** True when the match-normalised content is identical. */
  exact: boolean;
  /** The group's id: its canonical copy's id (the text's own id when it is original). */
  group: string;
  /** Set when this text is earlier than the group's previous canonical copy and replaced it. */
  replacedCanonical?: string;
  /** Set when the text was too short to compare (fewer than `minWords` words). */
  skipped?: 'short';
}

/** Serialised {@link DuplicateIndex}. */
export interface DuplicateIndexJSON {
  version: 1;
  options: Required<DuplicateOptions>;
  /** Per text in insertion order: id, content key, published (or ''), group (index of canonical), base64 shingles. */
  docs: Array<[string, string, string, number, string]>;
}

interface Doc {
  id: string;
  key: string;
  published: string;
  /** The doc's group (index into `roots`/`groupMembers`): re-rooting a group is O(1), whatever its size. */
  group: number;
  shingles: Uint32Array;
}

const DEFAULTS: Required<DuplicateOptions> = { shingleSize: 3, bands: 20, rows: 3, threshold: 0.5, minWords: 8, maxBucket: 200 };

/**
 * Incremental exact and near-duplicate detection: exact duplicates by a 64-bit key of the
 * match-normalised words; near-duplicates by MinHash over match-normalised word shingles with
 * LSH banding, confirmed by the exact Jaccard of the shingle sets. Each text joins the group of
 * the best match; the group's canonical copy is its earliest member (by `published`, then by
 * insertion order). Pure: no I/O.
 */
export class DuplicateIndex {
  private readonly opts: Required<DuplicateOptions>;
  private readonly seeds: Uint32Array;
  private readonly docs: Doc[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly buckets = new Map<number, number[]>();
  /** Group → index of its canonical doc. */
  private readonly roots: number[] = [];
  /** Group → member doc indexes (only groups of two or more). */
  private readonly members = new Map<number, number[]>();
  /** Candidate texts compared by exact Jaccard so far (a cost counter for tests and benchmarks). */
  comparisons = 0;

  constructor(options: DuplicateOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
    const { bands, rows, shingleSize, threshold } = this.opts;
    if (!(bands >= 1 && rows >= 1 && shingleSize >= 1 && threshold > 0 && threshold <= 1)) {
      throw new MarsadError('INVALID_ARGUMENT', `DuplicateIndex options out of range: ${JSON.stringify(this.opts)}`);
    }
    this.seeds = permutationSeeds(bands * rows);
  }

  /** Number of texts added. */
  get size(): number {
    return this.docs.length;
  }

  /** The options in force. */
  get options(): Readonly<Required<DuplicateOptions>> {
    return this.opts;
  }

  /** The canonical copy of an added text's group (itself when original); undefined for unknown ids. */
  canonicalOf(id: string): string | undefined {
    const i = this.byId.get(id);
    if (i === undefined) return undefined;
    const d = this.docs[i];
    return d ? this.docs[this.roots[d.group] ?? -1]?.id : undefined;
  }

  /** All ids of an added text's group, canonical first (just the id when original; [] when unknown). */
  groupOf(id: string): string[] {
    const i = this.byId.get(id);
    const d = i === undefined ? undefined : this.docs[i];
    if (!d) return [];
    const m = this.members.get(d.group);
    if (!m) return [id];
    const root = this.roots[d.group] ?? -1;
    return [root, ...m.filter((x) => x !== root)].map((x) => this.docs[x]?.id ?? '');
  }

  /**
   * Add a text and report whether it duplicates one already added. `published` (ISO 8601) picks
   * the earliest copy as canonical; without it insertion order decides. Re-adding a known id
   * returns its current group without changing anything.
   */
  add(id: string, text: string, published?: string): DuplicateResult {
    const known = this.byId.get(id);
    if (known !== undefined) {
      const d = this.docs[known];
      const canon = d ? (this.docs[this.roots[d.group] ?? -1]?.id ?? id) : id;
      return canon === id ? { similarity: 0, exact: false, group: id } : { duplicateOf: canon, similarity: 0, exact: false, group: canon };
    }
    const words = matchWords(text);
    const index = this.docs.length;
    const pub = published ?? '';
    if (words.length < this.opts.minWords) {
      this.pushDoc({ id, key: '', published: pub, group: this.newGroup(index), shingles: new Uint32Array(0) });
      return { similarity: 0, exact: false, group: id, skipped: 'short' };
    }
    const key = contentKey(words.join(' '));
    const shingles = shingleHashes(words, this.opts.shingleSize);
    const doc: Doc = { id, key, published: pub, group: -1, shingles };
    const exactOf = this.byKey.get(key);
    if (exactOf !== undefined) {
      this.pushDoc(doc);
      return this.join(index, this.docs[exactOf]?.group ?? -1, exactOf, 1, true);
    }
    this.byKey.set(key, index);
    const sig = minhash(shingles, this.seeds);
    const bandKeys = this.bandKeys(sig);
    let best = -1;
    let bestSim = 0;
    const seen = new Set<number>();
    for (const bk of bandKeys) {
      const bucket = this.buckets.get(bk);
      if (!bucket) continue;
      for (let k = bucket.length - 1; k >= 0; k--) {
        const c = bucket[k] ?? 0;
        if (seen.has(c)) continue;
        seen.add(c);
        const cd = this.docs[c];
        if (!cd) continue;
        this.comparisons++;
        const sim = jaccardSorted(shingles, cd.shingles);
        if (sim > bestSim || (sim === bestSim && best >= 0 && c < best)) {
          bestSim = sim;
          best = c;
        }
      }
    }
    this.pushDoc(doc);
    this.indexBands(index, bandKeys);
    if (best >= 0 && bestSim >= this.opts.threshold) {
      return this.join(index, this.docs[best]?.group ?? -1, best, bestSim, false);
    }
    doc.group = this.newGroup(index);
    return { similarity: bestSim, exact: false, group: id };
  }

  /** Serialise (shingles are kept; signatures and buckets are rebuilt by {@link fromJSON}). */
  toJSON(): DuplicateIndexJSON {
    return {
      version: 1,
      options: { ...this.opts },
      docs: this.docs.map((d) => [d.id, d.key, d.published, this.roots[d.group] ?? -1, Buffer.from(d.shingles.buffer, d.shingles.byteOffset, d.shingles.byteLength).toString('base64')]),
    };
  }

  /** Rebuild an index from {@link toJSON} output. */
  static fromJSON(json: DuplicateIndexJSON): DuplicateIndex {
    if (json.version !== 1) throw new MarsadError('INVALID_ARGUMENT', `unknown DuplicateIndex version ${String(json.version)}`);
    const ix = new DuplicateIndex(json.options);
    const groupOfRoot = new Map<number, number>();
    for (const [id, key, published, root, b64] of json.docs) {
      const buf = Buffer.from(b64, 'base64');
      const shingles = new Uint32Array(buf.byteLength / 4);
      new Uint8Array(shingles.buffer).set(buf);
      const index = ix.docs.length;
      let g = groupOfRoot.get(root);
      if (g === undefined) {
        g = ix.newGroup(root);
        groupOfRoot.set(root, g);
      }
      ix.pushDoc({ id, key, published, group: g, shingles });
      if (root !== index) {
        const m = ix.members.get(g) ?? [root];
        m.push(index);
        ix.members.set(g, m);
      }
      if (key !== '' && !ix.byKey.has(key)) ix.byKey.set(key, index);
      if (key !== '' && shingles.length > 0 && ix.byKey.get(key) === index) ix.indexBands(index, ix.bandKeys(minhash(shingles, ix.seeds)));
    }
    return ix;
  }

  private newGroup(root: number): number {
    this.roots.push(root);
    return this.roots.length - 1;
  }

  private pushDoc(d: Doc): void {
    this.byId.set(d.id, this.docs.length);
    this.docs.push(d);
  }

  private bandKeys(sig: Uint32Array): number[] {
    const { bands, rows } = this.opts;
    const keys: number[] = [];
    for (let b = 0; b < bands; b++) {
      let h = fmix32(0x27d4eb2f + b);
      for (let r = 0; r < rows; r++) h = fmix32(h ^ (sig[b * rows + r] ?? 0));
      keys.push(h);
    }
    return keys;
  }

  private indexBands(index: number, keys: number[]): void {
    for (const k of keys) {
      let bucket = this.buckets.get(k);
      if (!bucket) {
        bucket = [];
        this.buckets.set(k, bucket);
      }
      bucket.push(index);
      if (bucket.length > this.opts.maxBucket) bucket.shift();
    }
  }

  /** Put doc `index` into group `g`; it becomes the canonical copy when it is earlier (O(1)). */
  private join(index: number, g: number, matched: number, similarity: number, exact: boolean): DuplicateResult {
    const doc = this.docs[index];
    const root = this.roots[g] ?? -1;
    const rootDoc = this.docs[root];
    if (!doc || !rootDoc) throw new MarsadError('INVALID_ARGUMENT', 'duplicate index out of sync');
    let m = this.members.get(g);
    if (!m) this.members.set(g, (m = [root]));
    m.push(index);
    doc.group = g;
    const matchedId = this.docs[matched]?.id ?? rootDoc.id;
    if (doc.published !== '' && (rootDoc.published === '' || doc.published < rootDoc.published)) {
      // The new text is earlier: it becomes the canonical copy.
      this.roots[g] = index;
      return { matched: matchedId, similarity, exact, group: doc.id, replacedCanonical: rootDoc.id };
    }
    return { duplicateOf: rootDoc.id, matched: matchedId, similarity, exact, group: rootDoc.id };
  }
}
