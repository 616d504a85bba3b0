import type Database from 'better-sqlite3';
import type { LanguageResources } from '../arabic/resources.js';
import { expandQuery, matchExpression, type ExpandedQuery, type ExpandOptions } from './expandQuery.js';
import { parseQuery } from './parseQuery.js';
import { candidateTermTokens, highlightText, makeSnippet, matchSpans, termMatcher, type TermMatcher } from './snippet.js';
import {
  SearchQueryError,
  type Hit,
  type ParsedQuery,
  type QueryClause,
  type SearchQuery,
  type SearchResult,
  type StoryGroup,
} from './types.js';

/** Tuning of {@link search} (defaults are the shipped behaviour; the bench varies them). */
export interface SearchOptions extends ExpandOptions {
  /** BM25 weight of the title column relative to the body (default 3). */
  readonly titleWeight?: number;
  /** Most ranked matches read to form story groups (default 2000). */
  readonly groupWindow?: number;
  /**
   * For a query of 2+ plain words, rank the articles where they stand as a phrase first
   * (default true).
   */
  readonly phraseFirst?: boolean;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const MAX_OFFSET = 10_000;
const GROUP_HITS = 3;
const PHRASE_FIRST_MAX = 8000;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?([T ][0-9:.+\-Z]*)?$/;

interface Ranked {
  readonly id: number;
  readonly score: number;
  readonly story: string | null;
}

interface ArticleRow {
  id: number;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  text: string;
}

function checkPage(name: string, v: number | undefined, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new SearchQueryError('INVALID_PAGE', `${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
  }
  return v;
}

function checkDate(name: string, v: string | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (!DATE.test(v)) throw new SearchQueryError('INVALID_DATE', `${name} must be an ISO date (YYYY-MM-DD), got "${v.slice(0, 40)}"`);
  return v.slice(0, 10);
}

function hasIndex(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").get() !== undefined;
}

/** SQL conditions and parameters for the query's filters, over `search_docs d`. */
function filters(q: SearchQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const from = checkDate('from', q.from);
  const to = checkDate('to', q.to);
  if (from !== undefined) {
    parts.push('d.day >= ?');
    params.push(from);
  }
  if (to !== undefined) {
    // A partial date (`2015-07`) covers the whole month: `~` sorts after digits and `-`.
    parts.push('d.day <= ?');
    params.push(`${to}~`);
  }
  if (q.publisher !== undefined && q.publisher !== '') {
    parts.push('d.publisher = ?');
    params.push(q.publisher);
  }
  if (q.entityId !== undefined && q.entityId !== '') {
    parts.push('d.article_id IN (SELECT article_id FROM entity_mentions WHERE entity_id = ?)');
    params.push(q.entityId);
  }
  if (q.storyId !== undefined && q.storyId !== '') {
    parts.push('d.article_id IN (SELECT article_id FROM article_corpus WHERE story_id = ?)');
    params.push(q.storyId);
  }
  if (q.eventType !== undefined && q.eventType !== '') {
    parts.push('d.article_id IN (SELECT article_id FROM search_event_types WHERE type = ?)');
    params.push(q.eventType);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * The phrase form of a query of 2+ plain words (no OR, prefix, phrase or entity clause): its words
 * adjacent and in order, with the same exclusions. Empty when the query has no such form.
 */
function phraseExpression(q: ExpandedQuery): string {
  if (q.groups.length < 2) return '';
  const terms: string[] = [];
  for (const g of q.groups) {
    const c = g[0];
    if (g.length !== 1 || !c || c.kind !== 'term' || c.terms.length !== 1 || c.entityIds.length > 0 || c.exact === true) return '';
    terms.push(c.terms[0]!);
  }
  const clause: QueryClause = { kind: 'phrase', text: terms.join(' '), negated: false, terms, expansions: [], entityIds: [] };
  return matchExpression({ groups: [[clause]], negated: q.negated, expandedTerms: [] });
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  const line = (nl < 0 ? text : text.slice(0, nl)).trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SearchQueryError) throw e;
    if (e instanceof Error && e.name === 'SqliteError' && /fts5|MATCH|syntax/i.test(e.message)) {
      throw new SearchQueryError('UNSUPPORTED_QUERY', `the query could not be run: ${e.message}`);
    }
    throw e;
  }
}

/**
 * Search the index (see `SearchQuery` for the syntax). Ranking: FTS5 BM25 over the title and body
 * terms with the title weighted ({@link SearchOptions.titleWeight}); filter-only queries list the
 * newest first. In `story` mode, the best {@link SearchOptions.groupWindow} matches are grouped by
 * story (`article_corpus.story_id`; an article in no story is its own group) and groups are paged.
 * Snippets and highlights point into the ORIGINAL clean text and title.
 *
 * Throws {@link SearchQueryError} for a query the user must fix; never lets an SQLite error about
 * the query through.
 */
export function search(db: Database.Database, query: SearchQuery, res: LanguageResources, options: SearchOptions = {}): SearchResult {
  const t0 = performance.now();
  const limit = checkPage('limit', query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = checkPage('offset', query.offset, 0, 0, MAX_OFFSET);
  const mode = query.group ?? 'story';
  if (mode !== 'story' && mode !== 'article') {
    throw new SearchQueryError('INVALID_PAGE', `group must be "story" or "article", got "${String(mode)}"`);
  }
  const f = filters(query);
  const raw = parseQuery(query.q ?? '', res);
  if (!hasIndex(db)) throw new SearchQueryError('NO_INDEX', 'the database has no search index (run `marsad reindex`)');
  const expanded = expandQuery(db, raw, res, options);
  const match = matchExpression(expanded);
  const parsed: ParsedQuery = { groups: expanded.groups, match, notes: raw.notes };
  if (match === '') {
    if (raw.negated.length > 0) {
      throw new SearchQueryError('ONLY_EXCLUSIONS', 'the query only excludes words: give at least one word to search for');
    }
    if (f.params.length === 0) throw new SearchQueryError('EMPTY_QUERY', 'give a word to search for, or a filter');
  }
  const w = options.titleWeight ?? 3;
  const phrase = phraseExpression(expanded);
  const windowSize = mode === 'story' ? Math.max(options.groupWindow ?? 2000, offset + limit) : offset + limit;

  const { total, ranked } = run(() => {
    if (match === '') {
      const total = db.prepare(`SELECT count(*) FROM search_docs d WHERE 1${f.sql}`).pluck().get(...f.params) as number;
      const ranked = db
        .prepare(
          `SELECT d.article_id AS id, 0 AS score, c.story_id AS story FROM search_docs d
           LEFT JOIN article_corpus c ON c.article_id = d.article_id
           WHERE 1${f.sql} ORDER BY d.published DESC, d.article_id DESC LIMIT ?`,
        )
        .all(...f.params, windowSize) as Ranked[];
      return { total, ranked };
    }
    const total = db
      .prepare(
        `SELECT count(*) FROM search_fts JOIN search_docs d ON d.article_id = search_fts.rowid
         WHERE search_fts MATCH ?${f.sql}`,
      )
      .pluck()
      .get(match, ...f.params) as number;
    if (total === 0) return { total, ranked: [] as Ranked[] };
    const rank = db.prepare(
      `SELECT search_fts.rowid AS id, -bm25(search_fts, ?, 1.0, 1.0) AS score, c.story_id AS story
       FROM search_fts JOIN search_docs d ON d.article_id = search_fts.rowid
       LEFT JOIN article_corpus c ON c.article_id = search_fts.rowid
       WHERE search_fts MATCH ?${f.sql} ORDER BY bm25(search_fts, ?, 1.0, 1.0) LIMIT ?`,
    );
    const all = rank.all(w, match, ...f.params, w, windowSize) as Ranked[];
    // Phrase-first costs a second ranked query; beyond PHRASE_FIRST_MAX matches (function words)
    // the reordering is not worth it.
    if (phrase === '' || options.phraseFirst === false || total > PHRASE_FIRST_MAX) return { total, ranked: all };
    // Adjacent words first: the articles with the words as a phrase, then the others.
    const first = rank.all(w, phrase, ...f.params, w, windowSize) as Ranked[];
    if (first.length === 0) return { total, ranked: all };
    const bonus = (all[0]?.score ?? 0) + 1;
    const seen = new Set(first.map((r) => r.id));
    const ranked = [...first.map((r) => ({ ...r, score: r.score + bonus })), ...all.filter((r) => !seen.has(r.id))];
    return { total, ranked: ranked.slice(0, windowSize) };
    return { total, ranked };
  });

  const matcher = termMatcher(expanded.groups);
  if (mode === 'article') {
    const page = ranked.slice(offset, offset + limit);
    const hits = makeHits(db, page, matcher, res);
    return { total, totalGroups: total, hits, expandedTerms: expanded.expandedTerms, parsed, tookMs: performance.now() - t0 };
  }
  // Story mode: group the ranked window, best group first.
  const order: string[] = [];
  const members = new Map<string, Ranked[]>();
  for (const r of ranked) {
    const key = r.story ?? `#${r.id}`;
    let m = members.get(key);
    if (!m) {
      m = [];
      members.set(key, m);
      order.push(key);
    }
    m.push(r);
  }
  const pageKeys = order.slice(offset, offset + limit);
  const shown = pageKeys.flatMap((k) => members.get(k)!.slice(0, GROUP_HITS));
  const hitById = new Map(makeHits(db, shown, matcher, res).map((h) => [h.articleId, h]));
  const storyIds = pageKeys.filter((k) => !k.startsWith('#'));
  const titles = new Map<string, string>();
  if (storyIds.length > 0) {
    const rows = db
      .prepare(`SELECT id, title FROM stories WHERE id IN (${storyIds.map(() => '?').join(',')})`)
      .all(...storyIds) as { id: string; title: string }[];
    for (const r of rows) titles.set(r.id, r.title);
  }
  const groups: StoryGroup[] = pageKeys.map((k) => {
    const m = members.get(k)!;
    const articles = m.slice(0, GROUP_HITS).flatMap((r) => hitById.get(r.id) ?? []);
    const storyId = k.startsWith('#') ? null : k;
    return {
      storyId,
      title: (storyId !== null ? titles.get(storyId) : undefined) ?? articles[0]?.title ?? '',
      articles,
      matchCount: m.length,
      score: m[0]?.score ?? 0,
    };
  });
  return {
    total,
    totalGroups: order.length,
    groups,
    hits: groups.flatMap((g) => g.articles),
    expandedTerms: expanded.expandedTerms,
    parsed,
    tookMs: performance.now() - t0,
  };
}

function makeHits(db: Database.Database, ranked: readonly Ranked[], m: TermMatcher, res: LanguageResources): Hit[] {
  if (ranked.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, title, url, publisher, published, text FROM articles WHERE id IN (${ranked.map(() => '?').join(',')})`,
    )
    .all(...ranked.map((r) => r.id)) as ArticleRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits: Hit[] = [];
  for (const r of ranked) {
    const a = byId.get(r.id);
    if (!a) continue;
    const title = a.title !== null && a.title.trim() !== '' ? a.title : firstLine(a.text);
    const spans = matchSpans(candidateTermTokens(a.text, res, m), m);
    hits.push({
      articleId: r.id,
      title,
      titleHighlights: highlightText(title, m, res),
      publisher: a.publisher,
      published: a.published,
      url: a.url,
      score: r.score,
      storyId: r.story,
      snippet: makeSnippet(a.text, spans),
    });
  }
  return hits;
}
