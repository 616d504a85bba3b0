import type Database from 'better-sqlite3';
import { normalizeMatch } from '../arabic/normalize.js';
import type { MaterializedStory } from '../corpus/materializeStory.js';
import type { EntityJson } from '../entities/resolver.js';

/** One article's corpus placement. */
export interface ArticleCorpusRow {
  readonly articleId: number;
  readonly duplicateOf: number | null;
  readonly storyId: string | null;
  readonly similarity: number;
}

/** A storyline as stored. */
export interface StorylineRow {
  readonly id: string;
  readonly title: string;
  readonly storyIds: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly links: readonly { from: string; to: string; score: number; sharedEntities: readonly string[]; sharedTerms: readonly string[] }[];
}

/** The match form of an alias, for lookups (match-normalised, single spaces). */
export function aliasMatch(text: string): string {
  return normalizeMatch(text).replace(/\s+/g, ' ').trim();
}

/**
 * Writes the corpus step's results into the tables of migration 2 (see corpusSchema.ts). Each
 * method is one transaction. The tables are derived data: rewriting them is always safe.
 */
export class CorpusWriter {
  readonly #db: Database.Database;
  readonly #s;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#s = {
      upsertArticle: db.prepare(
        `INSERT INTO article_corpus (article_id, duplicate_of, story_id, similarity) VALUES (?, ?, ?, ?)
         ON CONFLICT(article_id) DO UPDATE SET duplicate_of = excluded.duplicate_of, story_id = excluded.story_id, similarity = excluded.similarity`,
      ),
      setStory: db.prepare('UPDATE article_corpus SET story_id = ? WHERE article_id = ?'),
      deleteMentions: db.prepare('DELETE FROM entity_mentions WHERE article_id = ?'),
      insertMention: db.prepare('INSERT INTO entity_mentions (entity_id, article_id, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      upsertEntity: db.prepare(
        `INSERT INTO entities (id, type, name, name_latin, mention_count, article_count, json) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, name_latin = excluded.name_latin,
           mention_count = excluded.mention_count, article_count = excluded.article_count, json = excluded.json`,
      ),
      deleteAliases: db.prepare('DELETE FROM entity_aliases WHERE entity_id = ?'),
      insertAlias: db.prepare('INSERT INTO entity_aliases (entity_id, alias, match, count) VALUES (?, ?, ?, ?)'),
      upsertStory: db.prepare(
        `INSERT INTO stories (id, title, storyline_id, first_date, last_date, article_count, source_count, json) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date, last_date = excluded.last_date,
           article_count = excluded.article_count, source_count = excluded.source_count, json = excluded.json`,
      ),
      deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      deleteStoryEvents: db.prepare('DELETE FROM story_events WHERE story_id = ?'),
      deleteEventEntities: db.prepare('DELETE FROM event_entities WHERE event_id IN (SELECT id FROM story_events WHERE story_id = ?)'),
      insertEvent: db.prepare('INSERT OR REPLACE INTO story_events (id, story_id, type, time_value, background, json) VALUES (?, ?, ?, ?, ?, ?)'),
      insertEventEntity: db.prepare('INSERT INTO event_entities (event_id, entity_id) VALUES (?, ?)'),
      deleteClaims: db.prepare('DELETE FROM claims WHERE story_id = ?'),
      insertClaim: db.prepare('INSERT INTO claims (article_id, story_id, unit, json) VALUES (?, ?, ?, ?)'),
      deleteDisagreements: db.prepare('DELETE FROM disagreements WHERE story_id = ?'),
      insertDisagreement: db.prepare('INSERT INTO disagreements (story_id, kind, json) VALUES (?, ?, ?)'),
      clearStorylines: db.prepare('DELETE FROM storylines'),
      insertStoryline: db.prepare('INSERT INTO storylines (id, title, story_count, first_date, last_date, json) VALUES (?, ?, ?, ?, ?, ?)'),
      setStoryline: db.prepare('UPDATE stories SET storyline_id = ? WHERE id = ?'),
    };
  }

  /** Record articles' duplicate groups and stories, and their resolved mentions (replacing earlier ones). */
  writeArticles(rows: readonly (ArticleCorpusRow & { mentions: readonly { entityId: string; start: number; end: number; text: string }[] })[]): void {
    this.#db.transaction(() => {
      for (const r of rows) {
        this.#s.upsertArticle.run(r.articleId, r.duplicateOf, r.storyId, r.similarity);
        this.#s.deleteMentions.run(r.articleId);
        for (const m of r.mentions) this.#s.insertMention.run(m.entityId, r.articleId, m.start, m.end, m.text);
      }
    })();
  }

  /** Point articles at their (possibly repaired) stories. */
  setStories(pairs: readonly (readonly [number, string | null])[]): void {
    this.#db.transaction(() => {
      for (const [articleId, storyId] of pairs) this.#s.setStory.run(storyId, articleId);
    })();
  }

  /** Replace entities (rows and aliases). Mentions are written with the articles. */
  writeEntities(entities: readonly EntityJson[]): void {
    this.#db.transaction(() => {
      for (const e of entities) {
        const articles = new Set(e.mentions.map((m) => m.articleId)).size;
        const json = JSON.stringify({ aliases: e.aliases, roles: e.roles.slice(0, 100), countries: e.countries.map((c) => ({ text: c.country, count: c.count })) });
        this.#s.upsertEntity.run(e.id, e.type, e.name, e.nameLatin, e.mentions.length, articles, json);
        this.#s.deleteAliases.run(e.id);
        for (const a of e.aliases) this.#s.insertAlias.run(e.id, a.text, aliasMatch(a.text), a.count);
      }
    })();
  }

  /** Replace stories (and their events, claims and disagreements). */
  writeStories(stories: readonly MaterializedStory[]): void {
    this.#db.transaction(() => {
      for (const s of stories) {
        const json = JSON.stringify({
          articleIds: s.articleIds,
          publishers: s.publishers,
          summary: s.summary,
          entityCounts: s.entityCounts.slice(0, 50),
          quotes: s.quotes,
          inferredDates: s.inferredDates,
        });
        this.#s.upsertStory.run(s.id, s.title, s.firstDate, s.lastDate, s.articleIds.length, s.publishers.length, json);
        this.#s.deleteEventEntities.run(s.id);
        this.#s.deleteStoryEvents.run(s.id);
        for (const e of s.events) {
          this.#s.insertEvent.run(e.id, s.id, e.type, e.time ? (e.time.value ?? e.time.begin ?? null) : null, e.background ? 1 : 0, JSON.stringify(e));
          const ids = new Set([...e.agents, ...e.partners, ...(e.place ? [e.place] : [])].map((a) => a.entityId).filter((x): x is string => x !== undefined));
          for (const id of ids) this.#s.insertEventEntity.run(e.id, id);
        }
        this.#s.deleteClaims.run(s.id);
        for (const c of s.claims) this.#s.insertClaim.run(c.articleId, s.id, c.unit, JSON.stringify(c));
        this.#s.deleteDisagreements.run(s.id);
        for (const d of s.disagreements) this.#s.insertDisagreement.run(s.id, d.kind, JSON.stringify(d));
      }
    })();
  }

  /** Remove stories that no longer exist (merged away by repair). */
  deleteStories(ids: readonly string[]): void {
    this.#db.transaction(() => {
      for (const id of ids) {
        this.#s.deleteEventEntities.run(id);
        this.#s.deleteStoryEvents.run(id);
        this.#s.deleteClaims.run(id);
        this.#s.deleteDisagreements.run(id);
        this.#s.deleteStory.run(id);
      }
    })();
  }

  /** Replace all storylines and point stories at them. */
  writeStorylines(lines: readonly StorylineRow[]): void {
    this.#db.transaction(() => {
      this.#s.clearStorylines.run();
      this.#db.prepare('UPDATE stories SET storyline_id = NULL').run();
      for (const l of lines) {
        this.#s.insertStoryline.run(l.id, l.title, l.storyIds.length, l.firstDate, l.lastDate, JSON.stringify({ storyIds: l.storyIds, links: l.links }));
        for (const s of l.storyIds) this.#s.setStoryline.run(l.id, s);
      }
    })();
  }
}
