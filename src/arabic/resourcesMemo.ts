/**
 * A bounded memo that keeps frequently used entries: two generations of at most `size` entries
 * each; when the young one fills up it becomes the old one (the previous old one is dropped), and
 * a hit in the old generation is copied to the young one. Zipfian keys (word forms) thus stay
 * cached while rare ones age out, with O(1) work per call.
 */
export class Memo<V> {
  readonly #size: number;
  #young = new Map<string, V>();
  #old = new Map<string, V>();

  /** `size` entries per generation; 0 disables the memo. */
  constructor(size: number) {
    this.#size = Math.max(0, Math.floor(size));
  }

  /** The memoised value for `key`, computing and storing it on a miss. */
  get(key: string, compute: (key: string) => V): V {
    if (this.#size === 0) return compute(key);
    let v = this.#young.get(key);
    if (v !== undefined) return v;
    v = this.#old.get(key);
    if (v === undefined) v = compute(key);
    if (this.#young.size >= this.#size) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, v);
    return v;
  }
}
