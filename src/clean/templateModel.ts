import { MarsadError } from '../core/errors.js';
import { keyWords, lineKey } from './lineKey.js';

/** Tuning of a {@link TemplateModel}. */
export interface TemplateModelOptions {
  /** A line is template when it occurs in at least this many documents of a publisher (default 3). */
  readonly minDocs?: number;
  /** …and in at least this share of the publisher's documents (default 0.05). */
  readonly minShare?: number;
  /** Corpus-wide scope: minimum documents (default 20) and share (default 0.01), across all publishers. */
  readonly corpusMinDocs?: number;
  readonly corpusMinShare?: number;
  /** Lines longer than this (characters) are never counted: long paragraphs are content (default 300). */
  readonly maxLineLength?: number;
  /** Cap on distinct keys kept per publisher; rare keys are pruned beyond it (default 10,000). */
  readonly maxKeysPerPublisher?: number;
  /** Number of leading words that make an edge line's prefix key (default 4). */
  readonly prefixWords?: number;
}

interface Scope {
  docs: number;
  /** Count floor removed by pruning so far (lossy counting): true counts are ≤ count + floor. */
  floor: number;
  /** Document counts by key hash ({@link hashKey}). */
  counts: Map<string, number>;
  /** Readable keys of the hashes that reached the template threshold (for reports). */
  labels: Map<string, string>;
}

/** A compact 53-bit hash of a key (two 32-bit FNV-1a variants), base 36: keeps the model small. */
export function hashKey(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return ((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff)).toString(36);
}

/** The serialised form of a {@link TemplateModel} (plain JSON). */
export interface TemplateModelJSON {
  readonly version: 1;
  readonly options: Required<TemplateModelOptions>;
  readonly scopes: Record<string, { docs: number; floor: number; counts: [string, number][]; labels?: [string, string][] }>;
}

const CORPUS = '*';
/** Only short lines at the end of a document count under a prefix key. */
const PREFIX_LINE_MAX = 200;
const DEFAULTS: Required<TemplateModelOptions> = {
  minDocs: 3,
  minShare: 0.05,
  corpusMinDocs: 20,
  corpusMinShare: 0.01,
  maxLineLength: 300,
  maxKeysPerPublisher: 10_000,
  prefixWords: 4,
};

/**
 * Cross-document boilerplate learning (in the spirit of jusText / trafilatura site templates):
 * lines that recur in many articles of the same publisher, or of the whole corpus, are site
 * template (share bars, disclaimers, "link to this story at …" lines). Counts are kept per
 * publisher on hashes of normalised line keys ({@link lineKey}, {@link hashKey}), once per document; the last two lines of a
 * document also count under a prefix key (their first few words) so that template
 * lines with a varying tail (a paper's "story link: <headline>") are learnt too. Memory is capped
 * per publisher by pruning the rarest keys (lossy counting). Pure: persist it with
 * {@link TemplateModel.toJSON} and restore it with {@link TemplateModel.fromJSON}.
 */
export class TemplateModel {
  private readonly opts: Required<TemplateModelOptions>;
  private readonly scopes = new Map<string, Scope>();

  constructor(options: TemplateModelOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
    if (this.opts.minDocs < 1 || this.opts.maxKeysPerPublisher < 10) {
      throw new MarsadError('INVALID_ARGUMENT', 'TemplateModel: minDocs must be ≥ 1 and maxKeysPerPublisher ≥ 10');
    }
  }

  /** Number of documents observed for a publisher (`*` for the whole corpus). */
  docs(publisherKey: string): number {
    return this.scopes.get(publisherKey)?.docs ?? 0;
  }

  /** Publisher keys seen so far (without the corpus scope). */
  publishers(): string[] {
    return [...this.scopes.keys()].filter((k) => k !== CORPUS);
  }

  /**
   * Record one document's lines (its raw lines, chrome included) for a publisher. Each distinct
   * line counts once per document; the last two lines also count under their prefix key. Blank
   * and over-long lines are ignored.
   */
  observe(publisherKey: string, lines: readonly string[]): void {
    const seen = new Map<string, string>();
    const nonEmpty = lines.map((l) => l.trim()).filter((l) => l !== '');
    nonEmpty.forEach((line, i) => {
      if (line.length > this.opts.maxLineLength) return;
      const k = lineKey(line);
      if (k === '') return;
      seen.set(hashKey(k), k);
      if (i >= nonEmpty.length - 2 && line.length <= PREFIX_LINE_MAX) {
        const p = this.prefixKey(k);
        if (p !== undefined) seen.set(hashKey(p), p);
      }
    });
    for (const scopeKey of publisherKey === CORPUS ? [CORPUS] : [publisherKey, CORPUS]) {
      const scope = this.scope(scopeKey);
      scope.docs++;
      for (const [h, k] of seen) {
        const c = (scope.counts.get(h) ?? 0) + 1;
        scope.counts.set(h, c);
        if (c === this.opts.minDocs && scopeKey !== CORPUS && scope.labels.size < 1000) scope.labels.set(h, k);
      }
      const cap = scopeKey === CORPUS ? this.opts.maxKeysPerPublisher * 4 : this.opts.maxKeysPerPublisher;
      if (scope.counts.size > cap) this.prune(scope, cap);
    }
  }

  /**
   * True when the line is template for the publisher (or for the whole corpus). `edge`: the line
   * is among the last two lines of its document, so a learnt prefix (first words of a recurring
   * closing line, at twice the usual threshold) also counts.
   */
  isTemplate(publisherKey: string, line: string, edge = false): boolean {
    const t = line.trim();
    if (t === '' || t.length > this.opts.maxLineLength) return false;
    const key = lineKey(t);
    if (key === '') return false;
    const k = hashKey(key);
    const prefix = edge && t.length <= PREFIX_LINE_MAX ? this.prefixKey(key) : undefined;
    const p = prefix === undefined ? undefined : hashKey(prefix);
    const hit = (scope: Scope | undefined, minDocs: number, minShare: number): boolean => {
      if (scope === undefined) return false;
      const need = Math.max(minDocs, Math.ceil(minShare * scope.docs));
      return (scope.counts.get(k) ?? 0) >= need || (p !== undefined && (scope.counts.get(p) ?? 0) >= 2 * need);
    };
    return (
      hit(this.scopes.get(publisherKey), this.opts.minDocs, this.opts.minShare) ||
      hit(this.scopes.get(CORPUS), this.opts.corpusMinDocs, this.opts.corpusMinShare)
    );
  }

  /**
   * The most frequent template keys of a publisher, with counts (for reports). Keys are the
   * normalised lines ({@link lineKey}); prefix keys start with `^`; a key whose text was not kept
   * shows as `#hash`.
   */
  top(publisherKey: string, n = 10): { key: string; docs: number }[] {
    const scope = this.scopes.get(publisherKey);
    if (!scope) return [];
    const need = Math.max(this.opts.minDocs, Math.ceil(this.opts.minShare * scope.docs));
    return [...scope.counts]
      .filter(([, c]) => c >= need)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([h, docs]) => ({ key: scope.labels.get(h) ?? `#${h}`, docs }));
  }

  /** Serialise (plain JSON; store it in the kv table). */
  toJSON(): TemplateModelJSON {
    const scopes: TemplateModelJSON['scopes'] = {};
    for (const [k, s] of this.scopes) {
      const labels = [...s.labels].filter(([h]) => s.counts.has(h));
      scopes[k] = { docs: s.docs, floor: s.floor, counts: [...s.counts], ...(labels.length ? { labels } : {}) };
    }
    return { version: 1, options: this.opts, scopes };
  }

  /** Restore a model written by {@link toJSON}. Unknown or malformed data gives an empty model. */
  static fromJSON(json: unknown): TemplateModel {
    const j = json as Partial<TemplateModelJSON> | null;
    const model = new TemplateModel(j?.options ?? {});
    if (!j || j.version !== 1 || typeof j.scopes !== 'object' || j.scopes === null) return model;
    for (const [k, s] of Object.entries(j.scopes)) {
      if (!s || !Array.isArray(s.counts)) continue;
      model.scopes.set(k, {
        docs: Number(s.docs) || 0,
        floor: Number(s.floor) || 0,
        counts: new Map(s.counts.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number')),
        labels: new Map(Array.isArray(s.labels) ? s.labels.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') : []),
      });
    }
    return model;
  }

  private prefixKey(k: string): string | undefined {
    const words = keyWords(k);
    if (words.length <= this.opts.prefixWords) return undefined;
    return `^${words.slice(0, this.opts.prefixWords).join(' ')}`;
  }

  private scope(key: string): Scope {
    let s = this.scopes.get(key);
    if (!s) {
      s = { docs: 0, floor: 0, counts: new Map(), labels: new Map() };
      this.scopes.set(key, s);
    }
    return s;
  }

  private prune(scope: Scope, cap: number): void {
    // Drop the rarest keys until the map is at three quarters of its cap.
    const target = Math.floor(cap * 0.75);
    while (scope.counts.size > target) {
      scope.floor++;
      for (const [k, c] of scope.counts) if (c <= scope.floor) scope.counts.delete(k);
    }
  }
}
