/** Slots of the small direct-mapped front cache (a power of two). */
const FRONT_SIZE = 16384;

/**
 * A bounded memo that keeps frequently used entries: a small direct-mapped front cache (indexed
 * by a hash computed here, so frequent keys cost one array probe and a string comparison) over
 * two generations of at most `size` entries each; when the young generation fills up it becomes
 * the old one (the previous old one is dropped), and a hit in the old generation is copied to the
 * young one. Zipfian keys (word forms) thus stay cached while rare ones age out, with O(1) work
 * per call.
 */
export class Memo<V> {
  readonly #size: number;
  #young = new Map<string, V>();
  #old = new Map<string, V>();
  readonly #frontKeys: (string | undefined)[] = new Array<string | undefined>(FRONT_SIZE).fill(undefined);
  readonly #frontValues: (V | undefined)[] = new Array<V | undefined>(FRONT_SIZE).fill(undefined);

  /** `size` entries per generation; 0 disables the memo. */
  constructor(size: number) {
    this.#size = Math.max(0, Math.floor(size));
  }

  /** The memoised value for `key`, computing and storing it on a miss. */
  get(key: string, compute: (key: string) => V): V {
    if (this.#size === 0) return compute(key);
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    const slot = (h >>> 0) & (FRONT_SIZE - 1);
    if (this.#frontKeys[slot] === key) return this.#frontValues[slot] as V;
    let v = this.#young.get(key);
    if (v === undefined) {
      v = this.#old.get(key);
      if (v === undefined) v = compute(key);
      if (this.#young.size >= this.#size) {
        this.#old = this.#young;
        this.#young = new Map();
      }
      this.#young.set(key, v);
    }
    this.#frontKeys[slot] = key;
    this.#frontValues[slot] = v;
    return v;
  }
}
