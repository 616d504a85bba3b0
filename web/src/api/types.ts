/**
 * JSON shapes the Marsad HTTP API returns. The knowledge-base shapes are the server's own types
 * (`src/store/knowledge.ts`, imported as types only: nothing from the server is bundled); the
 * article detail and search shapes are mirrored here from the API's contract.
 */
export type {
  ArgumentRef,
  ArticleCorpusInfo,
  ClaimRecord,
  Cooccurrence,
  DateRange,
  DisagreementItemRecord,
  DisagreementRecord,
  EntityDetail,
  EntitySummary,
  EventRecord,
  InferredDate,
  KnowledgeEntityType,
  MentionRef,
  Paged,
  QuoteRecord,
  SourceRef,
  StoryDetail,
  StorylineDetail,
  StorylineLinkRecord,
  StorylineSummary,
  StorySummary,
  TextCount,
  TimelineRow,
  TimeValue,
} from '../../../src/store/knowledge.js';
export type { ArticleSummary } from '../../../src/store/store.js';

import type { ArticleCorpusInfo } from '../../../src/store/knowledge.js';

/** The API's error body. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

/** A metadata value with its provenance. */
export interface MetaFieldJson {
  readonly value: string;
  readonly from: string;
  readonly confidence: number;
  readonly span?: { readonly start: number; readonly end: number };
}

/** A data problem recorded on an article. */
export interface MessageJson {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly text: string;
  readonly span?: { readonly start: number; readonly end: number };
  readonly field?: string;
  readonly stage?: string;
}

/** A span with its text. */
export interface TextSpanJson {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An entity mention of the `entities` annotation. */
export interface MentionJson extends TextSpanJson {
  readonly type: string;
  readonly key?: string;
  readonly roles?: readonly TextSpanJson[];
}

/** A temporal expression of the `time` annotation. */
export interface TimexJson {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly grain: string;
  readonly begin?: string;
  readonly end?: string;
  readonly inferred: boolean;
  readonly confidence?: number;
  readonly mod?: string;
  readonly note?: string;
}

/** A number of the `numbers` annotation. */
export interface NumberJson extends TextSpanJson {
  readonly kind: string;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: string;
  readonly unit?: string;
}

/** An event argument / quote speaker / claim source in an article. */
export interface ParticipantJson extends TextSpanJson {
  readonly kind?: string;
  readonly type?: string;
  readonly entityId?: string;
}

/** An event time in an article. */
export interface EventTimeJson {
  readonly value: string;
  readonly begin?: string;
  readonly end?: string;
  readonly grain: string;
  readonly inferred: boolean;
  readonly text?: string;
}

/** An event mention in an article. */
export interface EventMentionJson {
  readonly type: string;
  readonly trigger: TextSpanJson;
  readonly sentence: { readonly start: number; readonly end: number };
  readonly agents: readonly ParticipantJson[];
  readonly partners: readonly ParticipantJson[];
  readonly place: ParticipantJson | null;
  readonly time: EventTimeJson | null;
  readonly modality: string;
}

/** A quote in an article. */
export interface QuoteJson extends TextSpanJson {
  readonly direct: boolean;
  readonly speaker: ParticipantJson | null;
  readonly cue?: string | null;
}

/** A numeric claim in an article. */
export interface ClaimJson extends TextSpanJson {
  readonly kind?: string;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: string;
  readonly unit: string | null;
  readonly what: string | null;
  readonly predicate: string;
  readonly attribution: ParticipantJson | null;
  readonly time: EventTimeJson | null;
  readonly sentence?: { readonly start: number; readonly end: number };
}

/** The annotations the article page shows (each may be absent). */
export interface ArticleAnnotationsJson {
  readonly entities?: { readonly mentions: readonly MentionJson[] };
  readonly time?: {
    readonly ref?: string | null;
    readonly refSource?: string;
    readonly timexes: readonly TimexJson[];
    readonly publishedInferred?: { readonly earliest: string | null; readonly latest: string | null; readonly confidence: number } | null;
  };
  readonly numbers?: readonly NumberJson[];
  readonly events?: {
    readonly events: readonly EventMentionJson[];
    readonly quotes: readonly QuoteJson[];
    readonly claims: readonly ClaimJson[];
  };
}

/** The input as received (`GET /api/articles/:id` → `input`). */
export interface InputJson {
  readonly kind: string;
  readonly encoding: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly receivedAt?: string;
}

/** Where an article's content was seen. */
export interface SightingJson {
  readonly source: string;
  readonly member?: string;
  readonly outcome: string;
  readonly at: string;
  readonly runId: number;
}

/** `GET /api/articles/:id` (mirrors `ArticleView` of `src/api/articleView.ts`, with typed annotations). */
export interface ArticleDetail {
  readonly id: number;
  readonly version: number;
  readonly current: boolean;
  readonly supersedes?: number;
  readonly createdAt?: string;
  readonly analyzedAt?: string;
  readonly source: string;
  readonly member?: string;
  readonly text: string;
  readonly meta: Readonly<Record<string, MetaFieldJson | undefined>>;
  readonly annotations: ArticleAnnotationsJson;
  readonly messages: readonly MessageJson[];
  readonly input?: InputJson;
  readonly sightings?: readonly SightingJson[];
  readonly corpus: ArticleCorpusInfo | null;
  /** The raw input decoded with its encoding (only with `?raw=1`). */
  readonly raw?: string;
}

export type { Highlight, Hit, SearchResult, Snippet as SnippetJson, StoryGroup } from '../../../src/search/types.js';

/** `GET /api/stats`: `{ store, corpus }` figures (read loosely: the UI shows what it finds). */
export type StatsJson = Readonly<Record<string, unknown>>;
