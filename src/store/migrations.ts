import { CORPUS_MIGRATION } from './corpusSchema.js';
import { SEARCH_MIGRATION } from './searchSchema.js';

/** One numbered schema migration. */
export interface Migration {
  /** Strictly increasing, starting at 1. */
  readonly version: number;
  readonly name: string;
  /** SQL run in one transaction. */
  readonly up: string;
}

/**
 * The SQLite schema, as numbered migrations. Never edit a released migration: add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'raw inputs, articles, ingest runs',
    up: `
      CREATE TABLE raw_inputs (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        encoding TEXT NOT NULL,
        bytes BLOB NOT NULL,
        size INTEGER NOT NULL,
        fields_json TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        raw_id INTEGER NOT NULL UNIQUE REFERENCES raw_inputs(id),
        source TEXT NOT NULL,
        member TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        supersedes INTEGER REFERENCES articles(id),
        is_current INTEGER NOT NULL DEFAULT 1,
        url TEXT,
        title TEXT,
        publisher TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        meta_json TEXT NOT NULL,
        messages_json TEXT NOT NULL,
        annotations_json TEXT NOT NULL DEFAULT '{}',
        analysis_version TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        analyzed_at TEXT NOT NULL
      );
      CREATE INDEX articles_by_source ON articles(source, member, version);
      CREATE INDEX articles_current ON articles(is_current, id);
      CREATE INDEX articles_published ON articles(published);
      CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        args_json TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        new INTEGER NOT NULL DEFAULT 0,
        duplicate INTEGER NOT NULL DEFAULT 0,
        versions INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE sightings (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES ingest_runs(id),
        article_id INTEGER NOT NULL REFERENCES articles(id),
        source TEXT NOT NULL,
        member TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL CHECK (outcome IN ('new', 'duplicate', 'version')),
        at TEXT NOT NULL
      );
      CREATE INDEX sightings_by_article ON sightings(article_id);
      CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES ingest_runs(id),
        source TEXT NOT NULL,
        member TEXT NOT NULL DEFAULT '',
        code TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE TABLE kv (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  CORPUS_MIGRATION,
  SEARCH_MIGRATION,
];
