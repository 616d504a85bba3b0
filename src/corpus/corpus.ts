import type { LanguageResources } from '../arabic/resources.js';
import type { Article } from '../core/article.js';
import { EntityResolver, type ResolverResources, type ResolverState } from '../entities/resolver.js';
import type { Mention } from '../entities/mentions.js';
import { DuplicateIndex, type DuplicateIndexJSON } from '../stories/duplicateIndex.js';
import { StoryClusterer, type RepairReport, type StoryClustererJSON, type StoryDoc } from '../stories/storyClusterer.js';
import { storyDocFromArticle } from '../stories/storyDocFromArticle.js';

/** Keys under which the corpus models are kept in the store's key/value state. */
export const CORPUS_STATE_KEYS = {
  duplicates: 'corpus.duplicates',
  entities: 'corpus.entities',
  stories: 'corpus.stories',
} as const;

/** The serialised corpus models (JSON strings; absent for a new corpus). */
export interface CorpusState {
  readonly duplicates?: string | undefined;
  readonly entities?: string | undefined;
  readonly stories?: string | undefined;
}

/** Resources the corpus models use. */
export interface CorpusResources {
  readonly arabic: LanguageResources;
  readonly entities?: ResolverResources;
}

/** What the corpus decided about one article. */
export interface CorpusAddResult {
  readonly articleId: number;
  /** The canonical copy this article duplicates (exact or near), or null. */
  readonly duplicateOf: number | null;
  /** Similarity to the canonical copy (1 for exact). */
  readonly duplicateSimilarity: number;
  /** The story the article joined or started, or null when it was not clustered (see `skipped`). */
  readonly storyId: string | null;
  /** Similarity to the story joined (1 for a duplicate, 0 for a new story). */
  readonly similarity: number;
  /** Entity id of each mention of the `entities` annotation (same order). */
  readonly entityIds: readonly string[];
  /** The resolved mentions (with ids) — what the store records as entity mentions. */
  readonly mentions: readonly (Mention & { readonly entityId: string })[];
  /** Why the article was not clustered: `empty` (no text), `no-terms` (nothing to compare it by). */
  readonly skipped?: 'empty' | 'no-terms';
}

/** The publication date of an article: its metadata's, else its inferred window's midpoint day. */
export function articleDate(article: Article): string | undefined {
  const p = article.meta.published?.value;
  if (p !== undefined) return p;
  const w = article.annotations.time?.publishedInferred;
  if (w?.earliest && w.latest) {
    const a = Date.parse(w.earliest);
    const b = Date.parse(w.latest);
    if (Number.isFinite(a) && Number.isFinite(b)) return new Date((a + b) / 2).toISOString().slice(0, 10);
  }
  return undefined;
}

function parse<T>(json: string | undefined): T | undefined {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

/**
 * The corpus-level models, updated incrementally article by article: near-duplicate detection
 * (MinHash/LSH), entity resolution across articles, and story clustering. New articles join the
 * existing results; nothing is recomputed from scratch. The state round-trips through
 * {@link Corpus.toState} / {@link Corpus.fromState}. Pure (no I/O).
 */
export class Corpus {
  readonly duplicates: DuplicateIndex;
  readonly resolver: EntityResolver;
  readonly clusterer: StoryClusterer;
  /** Stories whose membership changed since the last {@link Corpus.takeTouched}. */
  readonly #touchedStories = new Set<string>();
  /** Entities that gained mentions since the last {@link Corpus.takeTouched}. */
  readonly #touchedEntities = new Set<string>();
  readonly #res: CorpusResources;

  constructor(res: CorpusResources, parts: { duplicates?: DuplicateIndex; resolver?: EntityResolver; clusterer?: StoryClusterer } = {}) {
    this.#res = res;
    this.duplicates = parts.duplicates ?? new DuplicateIndex();
    this.resolver = parts.resolver ?? new EntityResolver(res.entities ?? {});
    this.clusterer = parts.clusterer ?? new StoryClusterer();
  }

  /** Restore the models from saved state; unreadable parts start empty (and are reported in `lost`). */
  static fromState(state: CorpusState, res: CorpusResources): { corpus: Corpus; lost: string[] } {
    const lost: string[] = [];
    const d = parse<DuplicateIndexJSON>(state.duplicates);
    const e = parse<ResolverState>(state.entities);
    const s = parse<StoryClustererJSON>(state.stories);
    const parts: { duplicates?: DuplicateIndex; resolver?: EntityResolver; clusterer?: StoryClusterer } = {};
    try {
      if (d) parts.duplicates = DuplicateIndex.fromJSON(d);
    } catch {
      lost.push('duplicates');
    }
    try {
      if (e) parts.resolver = EntityResolver.fromJSON(e, res.entities ?? {});
    } catch {
      lost.push('entities');
    }
    try {
      if (s) parts.clusterer = StoryClusterer.fromJSON(s);
    } catch {
      lost.push('stories');
    }
    for (const [k, raw, v] of [['duplicates', state.duplicates, d], ['entities', state.entities, e], ['stories', state.stories, s]] as const) {
      if (raw !== undefined && v === undefined) lost.push(k);
    }
    return { corpus: new Corpus(res, parts), lost };
  }

  /** Serialise the models. */
  toState(): Required<{ [K in keyof CorpusState]: string }> {
    return {
      duplicates: JSON.stringify(this.duplicates.toJSON()),
      entities: JSON.stringify(this.resolver.toJSON()),
      stories: JSON.stringify(this.clusterer.toJSON()),
    };
  }

  /** True when the article is already part of the corpus. */
  has(articleId: number): boolean {
    return this.clusterer.storyOf(String(articleId)) !== undefined || this.duplicates.canonicalOf(String(articleId)) !== undefined;
  }

  /**
   * Add one analysed article: find its duplicate group, resolve its entity mentions, and place it
   * in a story (joining one or starting one). Articles with no text are not clustered.
   */
  add(articleId: number, article: Article): CorpusAddResult {
    const id = String(articleId);
    const published = articleDate(article);
    const dup = this.duplicates.add(id, article.text, published);
    const canonical = dup.duplicateOf !== undefined ? Number(dup.duplicateOf) : null;
    const given = article.annotations.entities?.mentions ?? [];
    const entityIds = given.length > 0 ? this.resolver.add(id, given, article.meta.title ? { title: article.meta.title.value } : {}) : [];
    const mentions = given.map((m, i) => ({ ...m, entityId: entityIds[i] ?? '' })).filter((m) => m.entityId !== '');
    for (const m of mentions) this.#touchedEntities.add(m.entityId);
    const base = { articleId, duplicateOf: canonical, duplicateSimilarity: dup.similarity, entityIds, mentions };
    if (article.text.trim() === '') return { ...base, storyId: null, similarity: 0, skipped: 'empty' };
    const doc: StoryDoc = storyDocFromArticle(id, article, this.#res.arabic, {
      entityIds,
      ...(dup.duplicateOf !== undefined && this.clusterer.storyOf(dup.duplicateOf) !== undefined ? { duplicateOf: dup.duplicateOf } : {}),
    });
    const a = this.clusterer.add(doc);
    if (a.skipped || a.storyId === '') return { ...base, storyId: null, similarity: 0, skipped: 'no-terms' };
    this.#touchedStories.add(a.storyId);
    return { ...base, storyId: a.storyId, similarity: a.similarity };
  }

  /** Merge/split repair of drifting stories; touched stories are recorded. */
  repair(): RepairReport {
    const r = this.clusterer.repair();
    for (const [absorbed, kept] of r.merged) {
      this.#touchedStories.add(absorbed);
      this.#touchedStories.add(kept);
    }
    for (const [, from, to] of r.split) {
      this.#touchedStories.add(from);
      this.#touchedStories.add(to);
    }
    return r;
  }

  /** The stories and entities changed since the last call (and forget them). */
  takeTouched(): { stories: string[]; entities: string[] } {
    const out = { stories: [...this.#touchedStories], entities: [...this.#touchedEntities] };
    this.#touchedStories.clear();
    this.#touchedEntities.clear();
    return out;
  }
}
