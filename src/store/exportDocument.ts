import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Message } from '../core/message.js';
import { exportArticleEvents, exportClaims, exportQuotes } from '../events/exportEvents.js';
import type { PublicationWindow } from '../time/inferPublicationWindow.js';
import type Database from 'better-sqlite3';
import type { MaterializedEvent } from '../corpus/materializeStory.js';
import { SqliteStore } from './sqliteStore.js';
import type { Store, StoredArticle } from './store.js';

/** Version of the export document's schema (see README "Export format"). */
export const EXPORT_VERSION = '1';

/** One article in the export document. */
export interface ExportedArticle {
  id: number;
  /** The path or URL exactly as given to ingest (for a record inside a container: the container's path). */
  source: string;
  /** Where inside the container (`file.json[3]`), when the record came from one. */
  member?: string;
  /** The article's own URL when the input gave one. */
  url: string | null;
  sha256: string;
  title: string | null;
  publisher: string | null;
  /** ISO 8601 date or date-time, or null when it could not be determined. */
  published: string | null;
  text: string;
  messages: Message[];
  version: number;
  supersedes?: number;
  /** For articles with no `published`: the inferred publication window and its evidence. */
  publishedInferred?: PublicationWindow;
  /** The canonical copy this article duplicates (exact or near duplicate), when it is one. */
  duplicateOf?: number | null;
  /** The story the article belongs to. */
  storyId?: string | null;
}

/** Map a stored article to its export form. */
export function exportArticle(a: StoredArticle): ExportedArticle {
  const e: ExportedArticle = {
    id: a.id,
    source: a.raw.source,
    url: a.meta.url?.value ?? null,
    sha256: a.raw.sha256,
    title: a.meta.title?.value ?? null,
    publisher: a.meta.publisher?.value ?? null,
    published: a.meta.published?.value ?? null,
    text: a.text,
    messages: a.messages,
    version: a.version,
  };
  if (a.raw.member !== undefined) e.member = a.raw.member;
  if (a.supersedes !== undefined) e.supersedes = a.supersedes;
  const inferred = a.annotations.time?.publishedInferred;
  if (e.published === null && inferred) e.publishedInferred = inferred;
  return e;
}

async function write(w: Writable, s: string): Promise<void> {
  if (!w.write(s)) await once(w, 'drain');
}

/** Rows of a table as JSON, streamed in id order (the corpus sections). */
function* rows<T>(db: Database.Database, sql: string, map: (r: Record<string, unknown>) => T): Generator<T> {
  for (const r of db.prepare(sql).iterate() as IterableIterator<Record<string, unknown>>) yield map(r);
}

async function section(w: Writable, name: string, items: Iterable<unknown>): Promise<void> {
  await write(w, `\n],\n${JSON.stringify(name)}:[`);
  let k = 0;
  for (const item of items) {
    await write(w, (k === 0 ? '\n' : ',\n') + JSON.stringify(item));
    k++;
  }
}

/**
 * Stream the export document to a writable, one record at a time, so memory stays flat on large
 * stores: `{ version, generatedAt, articles, entities, stories, storylines, events, timeline,
 * quotes, claims, disagreements }` (README "Export format"). With corpus results (SQLite store
 * after ingest), events are story-level (merged across sources) and articles carry `duplicateOf`
 * and `storyId`; without them, events and claims are per article. Returns the number of articles.
 */
export async function writeExport(store: Store, w: Writable, options: { allVersions?: boolean } = {}): Promise<number> {
  const db = store instanceof SqliteStore ? store.db : undefined;
  const corpus = db !== undefined && (db.prepare('SELECT count(*) FROM article_corpus').pluck().get() as number) > 0 ? db : undefined;
  const placement = corpus?.prepare('SELECT duplicate_of, story_id FROM article_corpus WHERE article_id = ?');
  let n = 0;
  await write(w, `{"version":${JSON.stringify(EXPORT_VERSION)},"generatedAt":${JSON.stringify(new Date().toISOString())},"articles":[`);
  for (const a of store.iterateArticles(options)) {
    const e = exportArticle(a);
    const p = placement?.get(a.id) as { duplicate_of: number | null; story_id: string | null } | undefined;
    if (placement) {
      e.duplicateOf = p?.duplicate_of ?? null;
      e.storyId = p?.story_id ?? null;
    }
    await write(w, (n === 0 ? '\n' : ',\n') + JSON.stringify(e));
    n++;
  }
  const perArticle = (f: (a: StoredArticle) => unknown[]): Iterable<unknown> => ({
    *[Symbol.iterator]() {
      for (const a of store.iterateArticles(options)) yield* f(a);
    },
  });
  if (corpus) {
    const mentions = corpus.prepare('SELECT article_id AS articleId, start, end, text FROM entity_mentions WHERE entity_id = ? ORDER BY article_id, start');
    await section(
      w,
      'entities',
      rows(corpus, 'SELECT id, type, name, name_latin, json FROM entities ORDER BY mention_count DESC, id', (r) => {
        const j = JSON.parse(r['json'] as string) as { aliases: unknown[]; roles: unknown[]; countries: unknown[] };
        return { id: r['id'], type: r['type'], name: r['name'], nameLatin: r['name_latin'], aliases: j.aliases, roles: j.roles, countries: j.countries, mentions: mentions.all(r['id']) };
      }),
    );
    const eventIds = corpus.prepare('SELECT id FROM story_events WHERE story_id = ? ORDER BY coalesce(time_value, \'\'), id').pluck();
    await section(
      w,
      'stories',
      rows(corpus, 'SELECT id, title, storyline_id, first_date, last_date, json FROM stories ORDER BY id', (r) => {
        const j = JSON.parse(r['json'] as string) as { articleIds: number[]; summary: unknown[]; entityCounts: { id: string }[] };
        return {
          id: r['id'],
          title: r['title'],
          summary: j.summary,
          articleIds: j.articleIds,
          storylineId: r['storyline_id'],
          dateRange: r['first_date'] !== null ? { start: r['first_date'], end: r['last_date'] } : null,
          entityIds: j.entityCounts.map((e) => e.id),
          eventIds: eventIds.all(r['id']),
        };
      }),
    );
    await section(
      w,
      'storylines',
      rows(corpus, 'SELECT id, title, json FROM storylines ORDER BY id', (r) => {
        const j = JSON.parse(r['json'] as string) as { storyIds: string[]; links: unknown[] };
        return { id: r['id'], title: r['title'], storyIds: j.storyIds, links: j.links };
      }),
    );
    await section(w, 'events', rows(corpus, 'SELECT json FROM story_events ORDER BY story_id, id', (r) => {
      const e = JSON.parse(r['json'] as string) as Record<string, unknown>;
      delete e['earliest'];
      delete e['latest'];
      delete e['confidence'];
      return e;
    }));
    // The timeline: every dated story-level event, in time order (background events included and marked).
    await section(
      w,
      'timeline',
      rows(corpus, "SELECT json FROM story_events WHERE time_value IS NOT NULL ORDER BY time_value, id", (r) => {
        const e = JSON.parse(r['json'] as string) as MaterializedEvent;
        return { time: e.time?.value ?? e.time?.begin ?? '', grain: e.time?.grain ?? 'unknown', earliest: e.earliest, latest: e.latest, eventId: e.id, storyId: e.storyId, summary: e.summary, sources: e.sources, background: e.background };
      }),
    );
    await section(w, 'quotes', perArticle((a) => (a.annotations.events ? exportQuotes(String(a.id), a.annotations.events.quotes) : [])));
    await section(w, 'claims', rows(corpus, 'SELECT id, json FROM claims ORDER BY article_id, id', (r) => ({ id: r['id'], ...(JSON.parse(r['json'] as string) as object) })));
    await section(w, 'disagreements', rows(corpus, 'SELECT id, json FROM disagreements ORDER BY story_id, id', (r) => ({ id: r['id'], ...(JSON.parse(r['json'] as string) as object) })));
  } else {
    await section(w, 'events', perArticle((a) => (a.annotations.events ? exportArticleEvents(String(a.id), a.text, a.annotations.events.events) : [])));
    await section(w, 'quotes', perArticle((a) => (a.annotations.events ? exportQuotes(String(a.id), a.annotations.events.quotes) : [])));
    await section(w, 'claims', perArticle((a) => (a.annotations.events ? exportClaims(String(a.id), a.annotations.events.claims) : [])));
  }
  await write(w, '\n]}\n');
  return n;
}

/** Write the export document to a file (or stdout for `-`). */
export async function exportToFile(store: Store, path: string, options: { allVersions?: boolean } = {}): Promise<number> {
  if (path === '-') return writeExport(store, process.stdout, options);
  const w = createWriteStream(path);
  const n = await writeExport(store, w, options);
  w.end();
  await once(w, 'finish');
  return n;
}
