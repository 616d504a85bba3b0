import type { ArticleMeta } from '../core/article.js';
import type { Message } from '../core/message.js';
import type { ArticleCorpusInfo } from '../store/knowledge.js';
import type { StoredArticle } from '../store/store.js';

/** Where an article's content was seen. */
export interface Sighting {
  readonly source: string;
  readonly member?: string;
  readonly outcome: string;
  readonly at: string;
  readonly runId: number;
}

/** One article as `GET /api/articles/:id` returns it. */
export interface ArticleView {
  readonly id: number;
  readonly version: number;
  readonly current: boolean;
  readonly supersedes?: number;
  readonly createdAt: string;
  readonly analyzedAt: string;
  readonly source: string;
  readonly member?: string;
  /** The clean text; every annotation offset points into it. */
  readonly text: string;
  /** Metadata; each field with its value, provenance (`from`), span and confidence. */
  readonly meta: ArticleMeta;
  /** Stored annotations by name (entities, time, numbers, events, clean…). */
  readonly annotations: Record<string, unknown>;
  readonly messages: readonly Message[];
  /** The input as received. */
  readonly input: {
    readonly kind: string;
    readonly encoding: string;
    readonly sha256: string;
    readonly bytes: number;
    readonly fields: Record<string, unknown>;
    readonly receivedAt?: string;
  };
  readonly sightings: readonly Sighting[];
  /** Story, duplicates and resolved mentions (null when the corpus step has not seen the article). */
  readonly corpus: ArticleCorpusInfo | null;
  /** The raw input decoded with its encoding (only with `?raw=1`). */
  readonly raw?: string;
}

/** Decode stored raw bytes with their recorded encoding (UTF-8 when the label is unknown). */
export function decodeRaw(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Build the JSON view of a stored article. */
export function articleView(a: StoredArticle, sightings: readonly Sighting[], corpus: ArticleCorpusInfo | null, withRaw: boolean): ArticleView {
  return {
    id: a.id,
    version: a.version,
    current: a.current,
    ...(a.supersedes !== undefined ? { supersedes: a.supersedes } : {}),
    createdAt: a.createdAt,
    analyzedAt: a.analyzedAt,
    source: a.raw.source,
    ...(a.raw.member !== undefined ? { member: a.raw.member } : {}),
    text: a.text,
    meta: a.meta,
    annotations: a.annotations as Record<string, unknown>,
    messages: a.messages,
    input: {
      kind: a.raw.kind,
      encoding: a.raw.encoding,
      sha256: a.raw.sha256,
      bytes: a.raw.bytes.byteLength,
      fields: a.raw.fields as Record<string, unknown>,
      ...(a.raw.receivedAt !== undefined ? { receivedAt: a.raw.receivedAt } : {}),
    },
    sightings,
    corpus,
    ...(withRaw ? { raw: decodeRaw(a.raw.bytes, a.raw.encoding) } : {}),
  };
}
