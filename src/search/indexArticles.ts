import type Database from 'better-sqlite3';
import type { LanguageResources } from '../arabic/resources.js';
import { tokenKey } from '../arabic/nameKey.js';
import type { Article } from '../core/article.js';
import { indexText } from './terms.js';

/** An article to index, with its store id. */
export interface IndexInput {
  readonly id: number;
  readonly article: Article;
}

interface IndexStatements {
  readonly has: Database.Statement;
  readonly delFts: Database.Statement;
  readonly insFts: Database.Statement;
  readonly upDoc: Database.Statement;
  readonly delDoc: Database.Statement;
  readonly delEvents: Database.Statement;
  readonly insEvent: Database.Statement;
  readonly insTerm: Database.Statement;
}

const STATEMENTS = new WeakMap<Database.Database, IndexStatements>();

function statements(db: Database.Database): IndexStatements {
  let s = STATEMENTS.get(db);
  if (!s) {
    s = {
      has: db.prepare('SELECT 1 FROM search_docs WHERE article_id = ?').pluck(),
      delFts: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
      insFts: db.prepare('INSERT INTO search_fts (rowid, title, body, bases) VALUES (?, ?, ?, ?)'),
      upDoc: db.prepare(
        'INSERT OR REPLACE INTO search_docs (article_id, publisher, published, day, indexed_at) VALUES (?, ?, ?, ?, ?)',
      ),
      delDoc: db.prepare('DELETE FROM search_docs WHERE article_id = ?'),
      delEvents: db.prepare('DELETE FROM search_event_types WHERE article_id = ?'),
      insEvent: db.prepare('INSERT OR IGNORE INTO search_event_types (type, article_id) VALUES (?, ?)'),
      insTerm: db.prepare('INSERT OR IGNORE INTO search_terms (term, key) VALUES (?, ?)'),
    };
    STATEMENTS.set(db, s);
  }
  return s;
}

const ARABIC = /[\u0621-\u064a]/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Terms already written to `search_terms` by this process, per database. */
const SEEN_TERMS = new WeakMap<Database.Database, Set<string>>();

/** Articles per transaction. */
const BATCH = 500;

/**
 * Index (or re-index) articles for full-text search: title and clean text become space-separated
 * index terms (match-normalised, clitic-stripped, stemmed) in `search_fts`; publisher, date and the
 * event types (events annotation) go to the filter tables. Idempotent: re-indexing an id replaces
 * its entry. Runs in transactions of 500 articles. Returns the number of articles indexed.
 */
export function indexArticles(db: Database.Database, articles: Iterable<IndexInput>, res: LanguageResources): number {
  const s = statements(db);
  let seen = SEEN_TERMS.get(db);
  if (!seen) {
    seen = new Set();
    SEEN_TERMS.set(db, seen);
  }
  const known = seen;
  const at = new Date().toISOString();
  let n = 0;
  const write = db.transaction((batch: readonly IndexInput[]) => {
    for (const { id, article } of batch) {
      if (s.has.get(id) !== undefined) {
        s.delFts.run(id);
        s.delEvents.run(id);
      }
      const t = indexText(article.meta.title?.value ?? '', res);
      const b = indexText(article.text, res);
      const title = t.terms;
      const body = b.terms;
      s.insFts.run(id, title, body, t.bases === '' ? b.bases : `${t.bases} ${b.bases}`);
      const published = article.meta.published?.value ?? null;
      const day = published !== null && DAY.test(published) ? published.slice(0, 10) : null;
      s.upDoc.run(id, article.meta.publisher?.value ?? null, published, day, at);
      const events = article.annotations.events?.events ?? [];
      for (const e of events) s.insEvent.run(e.type, id);
      for (const text of [title, body]) {
        for (const term of text.split(' ')) {
          if (term.length < 3 || known.has(term)) continue;
          known.add(term);
          if (!ARABIC.test(term)) continue;
          const key = tokenKey(term);
          if (key.length >= 2) s.insTerm.run(term, key);
        }
      }
    }
  });
  let batch: IndexInput[] = [];
  for (const a of articles) {
    batch.push(a);
    if (batch.length >= BATCH) {
      write(batch);
      n += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) {
    write(batch);
    n += batch.length;
  }
  return n;
}

/** Remove articles from the search index (ids not indexed are ignored). Returns how many were removed. */
export function removeArticles(db: Database.Database, ids: Iterable<number>): number {
  const s = statements(db);
  let n = 0;
  db.transaction(() => {
    for (const id of ids) {
      if (s.has.get(id) === undefined) continue;
      s.delFts.run(id);
      s.delDoc.run(id);
      s.delEvents.run(id);
      n++;
    }
  })();
  return n;
}

/** Empty the whole search index (before a full rebuild). */
export function clearSearchIndex(db: Database.Database): void {
  db.transaction(() => {
    db.exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM search_docs; DELETE FROM search_event_types; DELETE FROM search_terms;");
  })();
  SEEN_TERMS.delete(db);
}
