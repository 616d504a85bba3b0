import type { ArticleSummary } from './store.js';

/**
 * The read side of the knowledge base: canonical entities, stories, storylines, timelines,
 * claims and disagreements, as materialised by the corpus step (`src/corpus/`). The HTTP API,
 * the CLI and the web UI read through this interface; JSON-ready shapes throughout.
 */

/** An alias or role with how often it was seen. */
export interface TextCount {
  readonly text: string;
  readonly count: number;
}

/** Entity types (ANERcorp's, with PER for persons). */
export type KnowledgeEntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A canonical entity in listings. */
export interface EntitySummary {
  readonly id: string;
  readonly type: KnowledgeEntityType;
  /** Canonical (most frequent full) Arabic name. */
  readonly name: string;
  /** English/Latin display name. */
  readonly nameLatin: string;
  readonly mentionCount: number;
  readonly articleCount: number;
  /** The most frequent aliases (at most 5). */
  readonly topAliases: readonly TextCount[];
}

/** A mention of an entity: an exact span of an article's clean text. */
export interface MentionRef {
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An entity sharing articles with another one. */
export interface Cooccurrence {
  readonly id: string;
  readonly name: string;
  readonly type: KnowledgeEntityType;
  /** Articles both appear in. */
  readonly articles: number;
}

/** Everything about one entity. */
export interface EntityDetail extends EntitySummary {
  readonly aliases: readonly TextCount[];
  readonly roles: readonly TextCount[];
  /** Countries related through nisba roles (`الروسي` → روسيا). */
  readonly countries: readonly TextCount[];
  /** Mentions (at most `mentionLimit`, in article order). */
  readonly mentions: readonly MentionRef[];
  /** Articles mentioning the entity, newest first (at most 200). */
  readonly articles: readonly ArticleSummary[];
  /** Stories the entity is in, most mentions first (at most 50). */
  readonly storyIds: readonly string[];
  readonly cooccurring: readonly Cooccurrence[];
}

/** A date range (ISO `YYYY-MM-DD`). */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** A story in listings. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly storylineId: string | null;
  readonly dateRange: DateRange | null;
  readonly articleCount: number;
  /** Distinct publishers. */
  readonly sourceCount: number;
  readonly publishers: readonly string[];
  /** Key entities, most salient first (at most 6). */
  readonly keyEntities: readonly { readonly id: string; readonly name: string; readonly type: KnowledgeEntityType }[];
}

/** A summary sentence citing its article. */
export interface CitedSentence {
  readonly text: string;
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
}

/** A time as exported: a value or an interval, grain, and whether it rests on an inferred date. */
export interface TimeValue {
  readonly value?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly grain: string;
  readonly inferred: boolean;
}

/** A source span of an event, quote or claim. */
export interface SourceRef {
  readonly articleId: number;
  readonly publisher?: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The time this source gives (events), when any. */
  readonly time?: TimeValue | null;
}

/** An event argument: the text as written, and the entity id when resolved. */
export interface ArgumentRef {
  readonly text: string;
  readonly entityId?: string;
}

/** A story-level event: mentions from one or more articles describing the same happening. */
export interface EventRecord {
  readonly id: string;
  readonly storyId: string;
  /** VISIT, MEET, AGREE, STATE, ACCUSE, DEPLOY, ATTACK, SANCTION, APPOINT, OTHER. */
  readonly type: string;
  readonly agents: readonly ArgumentRef[];
  readonly partners: readonly ArgumentRef[];
  readonly place: ArgumentRef | null;
  readonly time: TimeValue | null;
  /** happened, planned, denied, hypothetical. */
  readonly modality: string;
  /** Mentioned in passing as context (a past event), not what the story reports. */
  readonly background: boolean;
  readonly sources: readonly SourceRef[];
}

/** A quote with its speaker (null when the text does not say). */
export interface QuoteRecord {
  readonly speaker: ArgumentRef | null;
  readonly text: string;
  readonly direct: boolean;
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
}

/** A numeric claim. */
export interface ClaimRecord {
  readonly id: number;
  readonly articleId: number;
  readonly storyId: string | null;
  readonly publisher?: string;
  /** A value, or [min, max] for a range. */
  readonly value: number | readonly [number, number] | null;
  readonly qualifier: string;
  readonly unit: string | null;
  readonly what: string | null;
  readonly predicate: string;
  readonly attribution: ArgumentRef | null;
  readonly time: TimeValue | null;
  readonly start: number;
  readonly end: number;
  /** The claim's sentence. */
  readonly text: string;
}

/** One side of a disagreement. */
export interface DisagreementItemRecord {
  readonly articleId: number;
  readonly publisher?: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Sources that disagree about a date, a number or who said something. */
export interface DisagreementRecord {
  readonly id: number;
  readonly storyId: string;
  readonly kind: 'date' | 'number' | 'attribution';
  readonly about: string;
  readonly items: readonly DisagreementItemRecord[];
}

/** A timeline row. */
export interface TimelineRow {
  /** Normalised time value (`2024-11-29`, `2024-06`, `2000`). */
  readonly time: string;
  readonly grain: string;
  /** First and last days the value can denote (its uncertainty). */
  readonly earliest: string;
  readonly latest: string;
  readonly eventId: string;
  readonly storyId: string;
  readonly type: string;
  readonly summary: string;
  readonly sources: readonly SourceRef[];
  readonly background: boolean;
  /** 0..1 */
  readonly confidence: number;
}

/** An undated member's inferred publication window. */
export interface InferredDate {
  readonly articleId: number;
  readonly earliest: string;
  readonly latest: string;
  readonly evidence: string;
}

/** Everything about one story. */
export interface StoryDetail extends StorySummary {
  readonly summary: readonly CitedSentence[];
  /** Member articles (current versions), grouped by the UI by publisher. */
  readonly articles: readonly (ArticleSummary & { readonly duplicateOf: number | null })[];
  readonly events: readonly EventRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly disagreements: readonly DisagreementRecord[];
  readonly timeline: readonly TimelineRow[];
  readonly inferredDates: readonly InferredDate[];
  readonly entities: readonly (EntitySummary & { readonly mentionsInStory: number })[];
}

/** Why two stories of a storyline are linked. */
export interface StorylineLinkRecord {
  readonly from: string;
  readonly to: string;
  readonly score: number;
  /** Entity ids both stories share. */
  readonly sharedEntities: readonly string[];
  readonly sharedTerms: readonly string[];
}

/** A storyline in listings. */
export interface StorylineSummary {
  readonly id: string;
  readonly title: string;
  readonly storyCount: number;
  readonly dateRange: DateRange | null;
}

/** Everything about one storyline. */
export interface StorylineDetail extends StorylineSummary {
  readonly stories: readonly StorySummary[];
  readonly links: readonly StorylineLinkRecord[];
}

/** What the corpus knows about one article. */
export interface ArticleCorpusInfo {
  readonly storyId: string | null;
  /** The canonical copy this article duplicates, or null. */
  readonly duplicateOf: number | null;
  /** Articles that duplicate this one. */
  readonly duplicates: readonly number[];
  /** Resolved mentions in the article, in text order. */
  readonly mentions: readonly (MentionRef & { readonly entityId: string; readonly type: KnowledgeEntityType })[];
}

/** Paging of list queries (limit default 20, at most 200; offset default 0). */
export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

/** A page of results with the total count. */
export interface Paged<T> {
  readonly total: number;
  readonly items: readonly T[];
}

/** Which timeline to build. */
export type TimelineScope = { readonly storyId: string } | { readonly storylineId: string } | { readonly entityId: string } | Record<string, never>;

/** The read interface over the materialised knowledge base. */
export interface KnowledgeBase {
  listEntities(query: Page & { readonly type?: KnowledgeEntityType; readonly q?: string }): Paged<EntitySummary>;
  /** One entity by id, or undefined. */
  getEntity(id: string, options?: { readonly mentionLimit?: number }): EntityDetail | undefined;
  /** Entities one of whose aliases has the same match-normalised form as `name` (for query expansion and `marsad entity NAME`). */
  findEntities(name: string): EntitySummary[];
  listStories(query: Page & { readonly storylineId?: string; readonly entityId?: string }): Paged<StorySummary>;
  getStory(id: string): StoryDetail | undefined;
  listStorylines(query: Page): Paged<StorylineSummary>;
  getStoryline(id: string): StorylineDetail | undefined;
  timeline(scope: TimelineScope, query?: Page): Paged<TimelineRow>;
  listClaims(query: Page & { readonly storyId?: string; readonly articleId?: number }): Paged<ClaimRecord>;
  listDisagreements(query: Page & { readonly storyId?: string; readonly kind?: string }): Paged<DisagreementRecord>;
  /** Story, duplicates and resolved mentions of an article (undefined when the article is unknown). */
  articleCorpus(articleId: number): ArticleCorpusInfo | undefined;
  /** True when a story, storyline or entity with this id exists (for checking filter ids). */
  has(kind: 'story' | 'storyline' | 'entity', id: string): boolean;
  /** Corpus-level counts. */
  corpusStats(): { readonly entities: number; readonly stories: number; readonly storylines: number; readonly duplicates: number; readonly events: number; readonly claims: number; readonly disagreements: number };
}
