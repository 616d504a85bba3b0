import type Database from 'better-sqlite3';
import type { MaterializedEvent } from '../corpus/materializeStory.js';
import { aliasMatch } from './corpusWriter.js';
import type {
  ArticleCorpusInfo,
  CitedSentence,
  ClaimRecord,
  Cooccurrence,
  DisagreementRecord,
  EntityDetail,
  EntitySummary,
  InferredDate,
  KnowledgeBase,
  KnowledgeEntityType,
  Page,
  Paged,
  QuoteRecord,
  StorylineDetail,
  StorylineSummary,
  StoryDetail,
  StorySummary,
  TextCount,
  TimelineRow,
  TimelineScope,
} from './knowledge.js';
import { articleSummaryOf as summaryOf, SUMMARY_COLUMNS as ARTICLE_COLS, type SummaryRow as ArticleRow } from './sqliteStore.js';

interface EntityRow {
  id: string;
  type: KnowledgeEntityType;
  name: string;
  name_latin: string;
  mention_count: number;
  article_count: number;
  json: string;
}

interface StoryRow {
  id: string;
  title: string;
  storyline_id: string | null;
  first_date: string | null;
  last_date: string | null;
  article_count: number;
  source_count: number;
  json: string;
}

interface StoryJson {
  articleIds: number[];
  publishers: string[];
  summary: CitedSentence[];
  entityCounts: { id: string; count: number }[];
  quotes: QuoteRecord[];
  inferredDates: InferredDate[];
}

function page(p: Page): { limit: number; offset: number } {
  const limit = Math.min(200, Math.max(1, Math.floor(p.limit ?? 20)));
  const offset = Math.max(0, Math.floor(p.offset ?? 0));
  return { limit, offset };
}

function dateRange(f: string | null, l: string | null): { start: string; end: string } | null {
  if (f === null && l === null) return null;
  return { start: (f ?? l) as string, end: (l ?? f) as string };
}

/**
 * The SQLite {@link KnowledgeBase}: reads the tables the corpus step materialises (migration 2).
 * Every list is paged; ids that do not exist give `undefined`.
 */
export class SqliteKnowledge implements KnowledgeBase {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  #entitySummary(r: EntityRow): EntitySummary {
    const j = JSON.parse(r.json) as { aliases: TextCount[] };
    return { id: r.id, type: r.type, name: r.name, nameLatin: r.name_latin, mentionCount: r.mention_count, articleCount: r.article_count, topAliases: j.aliases.slice(0, 5) };
  }

  #entitiesByIds(ids: readonly string[]): Map<string, EntitySummary> {
    const out = new Map<string, EntitySummary>();
    const get = this.#db.prepare('SELECT * FROM entities WHERE id = ?');
    for (const id of ids) {
      const r = get.get(id) as EntityRow | undefined;
      if (r) out.set(id, this.#entitySummary(r));
    }
    return out;
  }

  listEntities(query: Page & { type?: KnowledgeEntityType; q?: string }): Paged<EntitySummary> {
    const { limit, offset } = page(query);
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.type !== undefined) {
      where.push('e.type = ?');
      args.push(query.type);
    }
    if (query.q !== undefined && query.q.trim() !== '') {
      where.push('e.id IN (SELECT entity_id FROM entity_aliases WHERE match LIKE ? ESCAPE \'\\\')');
      args.push(`%${aliasMatch(query.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const w = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.#db.prepare(`SELECT count(*) FROM entities e ${w}`).pluck().get(...args) as number;
    const rows = this.#db.prepare(`SELECT e.* FROM entities e ${w} ORDER BY e.mention_count DESC, e.id LIMIT ? OFFSET ?`).all(...args, limit, offset) as EntityRow[];
    return { total, items: rows.map((r) => this.#entitySummary(r)) };
  }

  getEntity(id: string, options: { mentionLimit?: number } = {}): EntityDetail | undefined {
    const r = this.#db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
    if (!r) return undefined;
    const j = JSON.parse(r.json) as { aliases: TextCount[]; roles: TextCount[]; countries: TextCount[] };
    const mentions = this.#db
      .prepare('SELECT article_id AS articleId, start, end, text FROM entity_mentions WHERE entity_id = ? ORDER BY article_id, start LIMIT ?')
      .all(id, options.mentionLimit ?? 500) as EntityDetail['mentions'];
    const articles = (
      this.#db
        .prepare(
          `SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id IN (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = ?)
           AND a.is_current = 1 ORDER BY coalesce(a.published, '') DESC, a.id DESC LIMIT 200`,
        )
        .all(id) as ArticleRow[]
    ).map(summaryOf);
    const storyIds = this.#db
      .prepare(
        `SELECT c.story_id FROM entity_mentions m JOIN article_corpus c ON c.article_id = m.article_id
         WHERE m.entity_id = ? AND c.story_id IS NOT NULL GROUP BY c.story_id ORDER BY count(*) DESC LIMIT 50`,
      )
      .pluck()
      .all(id) as string[];
    const cooccurring = this.#db
      .prepare(
        `SELECT e.id, e.name, e.type, count(DISTINCT m2.article_id) AS articles
         FROM (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = ? LIMIT 2000) a
         JOIN entity_mentions m2 ON m2.article_id = a.article_id
         JOIN entities e ON e.id = m2.entity_id
         WHERE m2.entity_id != ? GROUP BY e.id ORDER BY articles DESC, e.id LIMIT 30`,
      )
      .all(id, id) as Cooccurrence[];
    return { ...this.#entitySummary(r), aliases: j.aliases, roles: j.roles, countries: j.countries, mentions, articles, storyIds, cooccurring };
  }

  findEntities(name: string): EntitySummary[] {
    const rows = this.#db
      .prepare('SELECT DISTINCT e.* FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.match = ? ORDER BY e.mention_count DESC LIMIT 20')
      .all(aliasMatch(name)) as EntityRow[];
    return rows.map((r) => this.#entitySummary(r));
  }

  #storySummary(r: StoryRow): StorySummary {
    const j = JSON.parse(r.json) as StoryJson;
    const ents = this.#entitiesByIds(j.entityCounts.slice(0, 6).map((e) => e.id));
    return {
      id: r.id,
      title: r.title,
      storylineId: r.storyline_id,
      dateRange: dateRange(r.first_date, r.last_date),
      articleCount: r.article_count,
      sourceCount: r.source_count,
      publishers: j.publishers,
      keyEntities: [...ents.values()].map((e) => ({ id: e.id, name: e.name, type: e.type })),
    };
  }

  listStories(query: Page & { storylineId?: string; entityId?: string }): Paged<StorySummary> {
    const { limit, offset } = page(query);
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.storylineId !== undefined) {
      where.push('s.storyline_id = ?');
      args.push(query.storylineId);
    }
    if (query.entityId !== undefined) {
      where.push('s.id IN (SELECT c.story_id FROM entity_mentions m JOIN article_corpus c ON c.article_id = m.article_id WHERE m.entity_id = ?)');
      args.push(query.entityId);
    }
    const w = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.#db.prepare(`SELECT count(*) FROM stories s ${w}`).pluck().get(...args) as number;
    const rows = this.#db
      .prepare(`SELECT s.* FROM stories s ${w} ORDER BY coalesce(s.last_date, '') DESC, s.article_count DESC, s.id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as StoryRow[];
    return { total, items: rows.map((r) => this.#storySummary(r)) };
  }

  #events(where: string, args: unknown[]): MaterializedEvent[] {
    return (this.#db.prepare(`SELECT json FROM story_events ${where}`).pluck().all(...args) as string[]).map((j) => JSON.parse(j) as MaterializedEvent);
  }

  #timelineRows(events: readonly MaterializedEvent[]): TimelineRow[] {
    return events
      .filter((e) => e.time !== null && e.earliest !== '')
      .map((e) => ({
        time: e.time?.value ?? e.time?.begin ?? '',
        grain: e.time?.grain ?? 'unknown',
        earliest: e.earliest,
        latest: e.latest,
        eventId: e.id,
        storyId: e.storyId,
        type: e.type,
        summary: e.summary,
        sources: e.sources,
        background: e.background,
        confidence: e.confidence,
      }))
      .sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : a.eventId < b.eventId ? -1 : 1));
  }

  getStory(id: string): StoryDetail | undefined {
    const r = this.#db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
    if (!r) return undefined;
    const j = JSON.parse(r.json) as StoryJson;
    const articles = (
      this.#db
        .prepare(
          `SELECT ${ARTICLE_COLS}, c.duplicate_of FROM article_corpus c JOIN articles a ON a.id = c.article_id
           WHERE c.story_id = ? AND a.is_current = 1 ORDER BY coalesce(a.published, ''), a.id`,
        )
        .all(id) as (ArticleRow & { duplicate_of: number | null })[]
    ).map((x) => ({ ...summaryOf(x), duplicateOf: x.duplicate_of }));
    const events = this.#events('WHERE story_id = ? ORDER BY coalesce(time_value, \'\'), id', [id]);
    const counts = new Map(j.entityCounts.map((e) => [e.id, e.count]));
    const ents = this.#entitiesByIds(j.entityCounts.slice(0, 30).map((e) => e.id));
    return {
      ...this.#storySummary(r),
      summary: j.summary,
      articles,
      events: events.map((e) => ({ id: e.id, storyId: e.storyId, type: e.type, agents: e.agents, partners: e.partners, place: e.place, time: e.time, modality: e.modality, background: e.background, sources: e.sources })),
      quotes: j.quotes,
      claims: this.listClaims({ storyId: id, limit: 200 }).items,
      disagreements: this.listDisagreements({ storyId: id, limit: 200 }).items,
      timeline: this.#timelineRows(events),
      inferredDates: j.inferredDates,
      entities: [...ents.values()].map((e) => ({ ...e, mentionsInStory: counts.get(e.id) ?? 0 })),
    };
  }

  listStorylines(query: Page): Paged<StorylineSummary> {
    const { limit, offset } = page(query);
    const total = this.#db.prepare('SELECT count(*) FROM storylines').pluck().get() as number;
    const rows = this.#db
      .prepare('SELECT * FROM storylines ORDER BY coalesce(last_date, \'\') DESC, story_count DESC, id LIMIT ? OFFSET ?')
      .all(limit, offset) as { id: string; title: string; story_count: number; first_date: string | null; last_date: string | null }[];
    return { total, items: rows.map((x) => ({ id: x.id, title: x.title, storyCount: x.story_count, dateRange: dateRange(x.first_date, x.last_date) })) };
  }

  getStoryline(id: string): StorylineDetail | undefined {
    const x = this.#db.prepare('SELECT * FROM storylines WHERE id = ?').get(id) as
      | { id: string; title: string; story_count: number; first_date: string | null; last_date: string | null; json: string }
      | undefined;
    if (!x) return undefined;
    const j = JSON.parse(x.json) as { storyIds: string[]; links: StorylineDetail['links'] };
    const get = this.#db.prepare('SELECT * FROM stories WHERE id = ?');
    const stories = j.storyIds.map((s) => get.get(s) as StoryRow | undefined).filter((s): s is StoryRow => s !== undefined).map((s) => this.#storySummary(s));
    return { id: x.id, title: x.title, storyCount: x.story_count, dateRange: dateRange(x.first_date, x.last_date), stories, links: j.links };
  }

  timeline(scope: TimelineScope, query: Page = {}): Paged<TimelineRow> {
    const { limit, offset } = page({ limit: query.limit ?? 200, offset: query.offset ?? 0 });
    let events: MaterializedEvent[];
    if ('storyId' in scope && typeof scope.storyId === 'string') events = this.#events('WHERE story_id = ?', [scope.storyId]);
    else if ('storylineId' in scope && typeof scope.storylineId === 'string')
      events = this.#events('WHERE story_id IN (SELECT id FROM stories WHERE storyline_id = ?)', [scope.storylineId]);
    else if ('entityId' in scope && typeof scope.entityId === 'string')
      events = this.#events('WHERE id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)', [scope.entityId]);
    else events = this.#events('WHERE time_value IS NOT NULL ORDER BY time_value DESC LIMIT 5000', []);
    const rows = this.#timelineRows(events);
    return { total: rows.length, items: rows.slice(offset, offset + limit) };
  }

  /** A page of `{ id, json }` rows of a table, filtered by equality on the given columns. */
  #pagedJson<T>(table: 'claims' | 'disagreements', filters: Record<string, unknown>, order: string, p: Page): Paged<T & { id: number }> {
    const { limit, offset } = page(p);
    const cols = Object.keys(filters).filter((k) => filters[k] !== undefined);
    const w = cols.length > 0 ? `WHERE ${cols.map((c) => `${c} = ?`).join(' AND ')}` : '';
    const args = cols.map((c) => filters[c]);
    const total = this.#db.prepare(`SELECT count(*) FROM ${table} ${w}`).pluck().get(...args) as number;
    const rows = this.#db.prepare(`SELECT id, json FROM ${table} ${w} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...args, limit, offset) as { id: number; json: string }[];
    return { total, items: rows.map((r) => ({ id: r.id, ...(JSON.parse(r.json) as T) })) };
  }

  listClaims(query: Page & { storyId?: string; articleId?: number }): Paged<ClaimRecord> {
    return this.#pagedJson<Omit<ClaimRecord, 'id'>>('claims', { story_id: query.storyId, article_id: query.articleId }, 'article_id, id', query);
  }

  listDisagreements(query: Page & { storyId?: string; kind?: string }): Paged<DisagreementRecord> {
    return this.#pagedJson<Omit<DisagreementRecord, 'id'>>('disagreements', { story_id: query.storyId, kind: query.kind }, 'story_id, id', query);
  }

  articleCorpus(articleId: number): ArticleCorpusInfo | undefined {
    const exists = this.#db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck().get(articleId);
    if (exists === undefined) return undefined;
    const c = this.#db.prepare('SELECT duplicate_of, story_id FROM article_corpus WHERE article_id = ?').get(articleId) as
      | { duplicate_of: number | null; story_id: string | null }
      | undefined;
    const duplicates = this.#db.prepare('SELECT article_id FROM article_corpus WHERE duplicate_of = ? ORDER BY article_id').pluck().all(articleId) as number[];
    const mentions = this.#db
      .prepare(
        `SELECT m.article_id AS articleId, m.start, m.end, m.text, m.entity_id AS entityId, e.type
         FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start`,
      )
      .all(articleId) as ArticleCorpusInfo['mentions'];
    return { storyId: c?.story_id ?? null, duplicateOf: c?.duplicate_of ?? null, duplicates, mentions };
  }

  has(kind: 'story' | 'storyline' | 'entity', id: string): boolean {
    const table = kind === 'story' ? 'stories' : kind === 'storyline' ? 'storylines' : 'entities';
    return this.#db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) !== undefined;
  }

  corpusStats(): { entities: number; stories: number; storylines: number; duplicates: number; events: number; claims: number; disagreements: number } {
    const n = (sql: string): number => this.#db.prepare(sql).pluck().get() as number;
    return {
      entities: n('SELECT count(*) FROM entities'),
      stories: n('SELECT count(*) FROM stories'),
      storylines: n('SELECT count(*) FROM storylines'),
      duplicates: n('SELECT count(*) FROM article_corpus WHERE duplicate_of IS NOT NULL'),
      events: n('SELECT count(*) FROM story_events'),
      claims: n('SELECT count(*) FROM claims'),
      disagreements: n('SELECT count(*) FROM disagreements'),
    };
  }
}
