import type { Article, ArticleMeta, RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';

/** An article as kept in the store. */
export interface StoredArticle extends Article {
  readonly id: number;
  /** 1 for the first version at its (source, member), then 2, 3… */
  readonly version: number;
  /** The previous version this one replaces, if any. */
  readonly supersedes?: number;
  /** False when a newer version at the same (source, member) exists. */
  readonly current: boolean;
  readonly createdAt: string;
  readonly analyzedAt: string;
}

/** A one-line view of an article for listings. */
export interface ArticleSummary {
  readonly id: number;
  readonly source: string;
  readonly member?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly url?: string;
  readonly version: number;
  readonly current: boolean;
  readonly chars: number;
  readonly messages: number;
}

/** What happened to one record offered to {@link Store.ingestBatch}. */
export type IngestOutcome =
  | { readonly outcome: 'new'; readonly articleId: number }
  /** Same content as an article already stored. */
  | { readonly outcome: 'duplicate'; readonly articleId: number }
  /** Changed content at a (source, member) already stored: a new version. */
  | { readonly outcome: 'version'; readonly articleId: number; readonly supersedes: number };

/** An analysed record ready to be stored. */
export interface PreparedRecord {
  readonly raw: RawInput;
  readonly article: Article;
}

/** Figures about the store's content. */
export interface StoreStats {
  readonly articles: number;
  readonly currentArticles: number;
  readonly versions: number;
  readonly rawInputs: number;
  readonly rawBytes: number;
  readonly textChars: number;
  readonly publishers: number;
  readonly withPublished: number;
  readonly runs: number;
  readonly failures: number;
  readonly bySource: readonly { publisher: string; articles: number }[];
  readonly messagesByCode: readonly { code: string; count: number }[];
  readonly schemaVersion: number;
}

/** A recorded ingest failure. */
export interface StoredFailure {
  readonly runId: number;
  readonly source: string;
  readonly member?: string;
  readonly code: string;
  readonly text: string;
}

/** Counts for one ingest run. */
export interface RunCounts {
  read: number;
  new: number;
  duplicate: number;
  versions: number;
  failed: number;
}

/** Options for listing articles. */
export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Include superseded versions (default false). */
  readonly allVersions?: boolean;
}

/** Updated analysis for an article (re-analysis). */
export interface AnalysisUpdate {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly annotations: Article['annotations'];
  readonly messages: Message[];
}

/**
 * Marsad's persistence boundary. The SQLite adapter is the default; other adapters
 * (PostgreSQL) implement the same interface.
 */
export interface Store {
  /** Start an ingest run; returns its id. */
  beginRun(args: readonly string[]): number;
  /** Close a run with its counts. */
  finishRun(runId: number, counts: RunCounts): void;
  /** Store a batch of records in ONE transaction; idempotent by content hash. */
  ingestBatch(runId: number, records: readonly PreparedRecord[]): IngestOutcome[];
  /** Record failures of a run. */
  recordFailures(runId: number, failures: readonly Omit<StoredFailure, 'runId'>[]): void;
  /** Failures of a run (or of every run). */
  failures(runId?: number): StoredFailure[];
  getArticle(id: number): StoredArticle | undefined;
  listArticles(options?: ListOptions): ArticleSummary[];
  /** Iterate over articles (current versions unless `allVersions`), in id order, streaming. */
  iterateArticles(options?: { allVersions?: boolean }): IterableIterator<StoredArticle>;
  /** Ids of articles (current versions unless `allVersions`), in id order. */
  articleIds(options?: { allVersions?: boolean }): number[];
  /** Replace the analysis of several articles in one transaction. */
  updateAnalysis(updates: readonly { id: number; analysis: AnalysisUpdate }[]): void;
  /** Where an article was seen (every source/member that gave its content). */
  sightings(articleId: number): { source: string; member?: string; outcome: string; at: string; runId: number }[];
  /** Key/value state for corpus-level models (e.g. boilerplate templates). */
  getState(key: string): string | undefined;
  setState(key: string, value: string): void;
  stats(): StoreStats;
  close(): void;
}
