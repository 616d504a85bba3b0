/**
 * Types of Marsad's full-text search (SQLite FTS5 over Arabic-normalised, clitic-stripped,
 * stemmed terms computed in JS). The CLI, the HTTP API and the web UI code against these.
 */

/** How results are returned: grouped by story (default) or as a flat list of articles. */
export type SearchGrouping = 'story' | 'article';

/**
 * A search request. Query syntax of `q`:
 *
 * - words are ANDed: `وزير الدفاع` finds articles with both words (any form: clitics, diacritics,
 *   hamza/alef/ya/ta-marbuta spellings and suffixes are normalised away);
 * - `"وزير الدفاع"` is a phrase (the words in that order, adjacent); an unclosed quote runs to the end;
 * - `بيلوس*` is a prefix (at least 3 letters before the `*`; a typed article is also taken off);
 * - `-word` or `-"a phrase"` excludes (a query needs at least one non-excluded word);
 * - `OR` (upper case, between two words/phrases) makes an alternative;
 * - every other character (`( ) : ^ + NEAR …`) is a separator, never FTS5 syntax.
 *
 * `q` may be empty when at least one filter is given: the filtered articles, newest first.
 */
export interface SearchQuery {
  readonly q: string;
  /** Results per page: groups in `story` mode, articles in `article` mode (default 20, at most 200). */
  readonly limit?: number;
  /** Results to skip (same unit as `limit`; default 0). */
  readonly offset?: number;
  /** Earliest publication date, inclusive (`YYYY-MM-DD` or a longer ISO date). */
  readonly from?: string;
  /** Latest publication date, inclusive (`YYYY-MM-DD`: the whole day). */
  readonly to?: string;
  /** Publisher, exactly as stored (`articles.publisher`). */
  readonly publisher?: string;
  /** Only articles mentioning this canonical entity (`entities.id`). */
  readonly entityId?: string;
  /** Only articles of this story (`stories.id`). */
  readonly storyId?: string;
  /** Only articles with an event of this type (the events annotation's `type`, e.g. `meeting`). */
  readonly eventType?: string;
  /** Default `story`. */
  readonly group?: SearchGrouping;
}

/** A `[start, end)` range of UTF-16 code units. */
export type Highlight = readonly [number, number];

/** A passage of the article's ORIGINAL clean text around the best matches. */
export interface Snippet {
  /** The passage, exactly `article.text.slice(start, start + text.length)` (diacritics kept). */
  readonly text: string;
  /** Offset of the passage in the article's clean text. */
  readonly start: number;
  /** Matched words, as ranges of {@link text} (relative to the passage). */
  readonly highlights: readonly Highlight[];
  /** True when text was cut before / after the passage. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

/** One matching article. */
export interface Hit {
  readonly articleId: number;
  /** The stored title (or the first line of the text when there is none). */
  readonly title: string;
  /** Matched words in {@link title}, as ranges of it. */
  readonly titleHighlights: readonly Highlight[];
  readonly publisher: string | null;
  /** ISO date/date-time as stored, or null. */
  readonly published: string | null;
  readonly url: string | null;
  /** Relevance, higher is better (negated FTS5 BM25 with a title boost; 0 for filter-only searches). */
  readonly score: number;
  readonly storyId: string | null;
  readonly snippet: Snippet;
}

/** The hits of one story (or of one article that belongs to no story). */
export interface StoryGroup {
  /** Null for an article that belongs to no story. */
  readonly storyId: string | null;
  /** The story's title (`stories.title`), or the article's title when there is no story. */
  readonly title: string;
  /** Matching articles of the story in this result set (best first; at most 3). */
  readonly articles: readonly Hit[];
  /** All matching articles of the story (may exceed `articles.length`). */
  readonly matchCount: number;
  /** The best score in the group. */
  readonly score: number;
}

/** What a parsed clause asks for. */
export type ClauseKind = 'term' | 'phrase' | 'prefix';

/** One clause of a parsed query. */
export interface QueryClause {
  readonly kind: ClauseKind;
  /** The words as the user typed them. */
  readonly text: string;
  /** True for an excluded clause (`-word`). */
  readonly negated: boolean;
  /** Index terms of the words (for `prefix`: the normalised prefix). */
  readonly terms: readonly string[];
  /**
   * Alternatives that also match this clause: other spellings of an entity whose alias the clause
   * is, or name-key spelling variants from the index vocabulary. Each is a list of index terms
   * (a phrase when longer than one).
   */
  readonly expansions: readonly (readonly string[])[];
  /** Entities whose alias the clause matched (`entities.id`). */
  readonly entityIds: readonly string[];
  /**
   * True when the word is matched by its unstemmed base (`terms` holds the base) because its stem
   * is ambiguous (كورونا → كور, also the stem of كورية).
   */
  readonly exact?: boolean;
}

/** The parsed form of a query. */
export interface ParsedQuery {
  /** Clauses in order; an `OR` joins its neighbours into one alternative group. */
  readonly groups: readonly (readonly QueryClause[])[];
  /** The FTS5 MATCH expression that was run (built from the clauses; empty for filter-only searches). */
  readonly match: string;
  /** Notes about what was ignored or changed (`ignored: NEAR(`, `unclosed quote`). */
  readonly notes: readonly string[];
}

/** The answer to a {@link SearchQuery}. */
export interface SearchResult {
  /** Matching articles (all pages). */
  readonly total: number;
  /** Matching groups (all pages); in `article` mode equal to `total`. */
  readonly totalGroups: number;
  /** Present in `story` mode: the page of groups. */
  readonly groups?: readonly StoryGroup[];
  /** The page's hits, best first (in `story` mode: the hits of the page's groups, flattened). */
  readonly hits: readonly Hit[];
  /** Spellings added by expansion, as written in entity aliases or found in the vocabulary. */
  readonly expandedTerms: readonly string[];
  readonly parsed: ParsedQuery;
  /** Milliseconds spent. */
  readonly tookMs: number;
}

/** Codes of {@link SearchQueryError}. */
export type SearchQueryErrorCode =
  /** No word to search for and no filter. */
  | 'EMPTY_QUERY'
  /** The query is longer than {@link MAX_QUERY_LENGTH} characters. */
  | 'QUERY_TOO_LONG'
  /** More than {@link MAX_QUERY_CLAUSES} words/phrases. */
  | 'TOO_MANY_TERMS'
  /** Every clause is excluded (`-a -b`). */
  | 'ONLY_EXCLUSIONS'
  /** A prefix with fewer than 3 letters (`مد*`). */
  | 'PREFIX_TOO_SHORT'
  /** `from`/`to` is not an ISO date. */
  | 'INVALID_DATE'
  /** `limit`/`offset` out of range. */
  | 'INVALID_PAGE'
  /** The search index has not been built (run `marsad reindex`). */
  | 'NO_INDEX'
  /** The query could not be run (a defect: reported instead of an SQLite error). */
  | 'UNSUPPORTED_QUERY';

/** Longest accepted query, in characters. */
export const MAX_QUERY_LENGTH = 1000;
/** Most clauses (words, phrases, prefixes) in one query. */
export const MAX_QUERY_CLAUSES = 32;

/**
 * A query the user must fix: thrown by `search` with a code and a human-readable message. Never an
 * SQLite error: user text never reaches FTS5 syntax raw.
 */
export class SearchQueryError extends Error {
  /** Stable machine-readable code. */
  readonly code: SearchQueryErrorCode;
  constructor(code: SearchQueryErrorCode, message: string) {
    super(message);
    this.name = 'SearchQueryError';
    this.code = code;
  }
}

/** True when `e` is a {@link SearchQueryError}. */
export function isSearchQueryError(e: unknown): e is SearchQueryError {
  return e instanceof SearchQueryError;
}
