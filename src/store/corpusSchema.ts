import type { Migration } from './migrations.js';

/**
 * Migration 2: the corpus-level results (duplicates, canonical entities, stories, storylines,
 * story-level events, claims and disagreements), materialised for querying. They are derived:
 * the incremental models' state lives in `kv` and these tables are rewritten from it after each
 * ingest or re-analysis (see `src/corpus/`).
 */
export const CORPUS_MIGRATION: Migration = {
  version: 2,
  name: 'corpus: duplicates, entities, stories, storylines, events, claims',
  up: `
    CREATE TABLE article_corpus (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id),
      duplicate_of INTEGER,
      story_id TEXT,
      similarity REAL
    );
    CREATE INDEX article_corpus_story ON article_corpus(story_id);
    CREATE INDEX article_corpus_dup ON article_corpus(duplicate_of);
    CREATE TABLE entities (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      name_latin TEXT NOT NULL,
      mention_count INTEGER NOT NULL,
      article_count INTEGER NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX entities_by_type ON entities(type, mention_count DESC);
    CREATE INDEX entities_by_count ON entities(mention_count DESC);
    CREATE TABLE entity_aliases (
      entity_id TEXT NOT NULL,
      alias TEXT NOT NULL,
      match TEXT NOT NULL,
      count INTEGER NOT NULL
    );
    CREATE INDEX entity_aliases_match ON entity_aliases(match);
    CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
    CREATE TABLE entity_mentions (
      entity_id TEXT NOT NULL,
      article_id INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      text TEXT NOT NULL
    );
    CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, article_id);
    CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
    CREATE TABLE stories (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      storyline_id TEXT,
      first_date TEXT,
      last_date TEXT,
      article_count INTEGER NOT NULL,
      source_count INTEGER NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX stories_by_date ON stories(last_date DESC, article_count DESC);
    CREATE INDEX stories_by_storyline ON stories(storyline_id);
    CREATE TABLE storylines (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      story_count INTEGER NOT NULL,
      first_date TEXT,
      last_date TEXT,
      json TEXT NOT NULL
    );
    CREATE TABLE story_events (
      id TEXT PRIMARY KEY,
      story_id TEXT NOT NULL,
      type TEXT NOT NULL,
      time_value TEXT,
      background INTEGER NOT NULL DEFAULT 0,
      json TEXT NOT NULL
    );
    CREATE INDEX story_events_story ON story_events(story_id);
    CREATE INDEX story_events_time ON story_events(time_value);
    CREATE TABLE event_entities (
      event_id TEXT NOT NULL,
      entity_id TEXT NOT NULL
    );
    CREATE INDEX event_entities_entity ON event_entities(entity_id);
    CREATE TABLE claims (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL,
      story_id TEXT,
      unit TEXT,
      json TEXT NOT NULL
    );
    CREATE INDEX claims_story ON claims(story_id);
    CREATE INDEX claims_article ON claims(article_id);
    CREATE TABLE disagreements (
      id INTEGER PRIMARY KEY,
      story_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX disagreements_story ON disagreements(story_id);
  `,
};
