import type { Migration } from './migrations.js';

/**
 * Migration 3: the full-text search index (SQLite FTS5 over Arabic-normalised terms computed in
 * JS; see `src/search/`).
 */
export const SEARCH_MIGRATION: Migration = {
  version: 3,
  name: 'search index',
  up: `
    CREATE TABLE search_docs (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id),
      indexed_at TEXT NOT NULL
    );
  `,
};
