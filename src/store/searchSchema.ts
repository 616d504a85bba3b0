import type { Migration } from './migrations.js';

/**
 * Migration 3: the full-text search index (see `src/search/`).
 *
 * - `search_fts`: a contentless FTS5 table (rowid = article id) over index terms computed in JS
 *   (match-normalised, clitic-stripped, stemmed: `LanguageResources.term`), one term per word,
 *   space-separated, in columns `title` and `body`; `bases` holds the unstemmed bases of the
 *   over-stemmed words of both (كورونا, whose stem كور is also the stem of كورية). FTS5's `unicode61` tokenizer only splits
 *   them at the spaces (the terms hold no diacritics, no punctuation); positions are kept
 *   (`detail=full`) for phrases. `contentless_delete=1` lets an article be replaced or removed.
 * - `search_vocab`: the FTS5 vocabulary (term, documents, occurrences), for expansion.
 * - `search_docs`: one row per indexed article with the fields the filters and result listing
 *   need (publisher, publication date and its day), so a search never parses article JSON.
 * - `search_event_types`: the event types found in each article (events annotation).
 * - `search_terms`: the index vocabulary with each Arabic term's name key, for spelling-variant
 *   expansion (`بيونغ` ~ `بيونج`). Grows only; a stale term costs a no-match alternative.
 */
export const SEARCH_MIGRATION: Migration = {
  version: 3,
  name: 'search index',
  up: `
    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, body, bases,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, row);
    CREATE TABLE search_docs (
      article_id INTEGER PRIMARY KEY,
      publisher TEXT,
      published TEXT,
      day TEXT,
      indexed_at TEXT NOT NULL
    );
    CREATE INDEX search_docs_day ON search_docs(day);
    CREATE INDEX search_docs_publisher ON search_docs(publisher, day);
    CREATE TABLE search_event_types (
      type TEXT NOT NULL,
      article_id INTEGER NOT NULL,
      PRIMARY KEY (type, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX search_event_types_article ON search_event_types(article_id);
    CREATE TABLE search_terms (
      term TEXT PRIMARY KEY,
      key TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX search_terms_key ON search_terms(key);
  `,
};
