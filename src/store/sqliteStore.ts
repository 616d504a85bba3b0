import Database from 'better-sqlite3';
import type { Article, ArticleMeta, InputKind, RawFields, RawInput } from '../core/article.js';
import { MarsadError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type {
  AnalysisUpdate,
  ArticleSummary,
  IngestOutcome,
  ListOptions,
  PreparedRecord,
  RunCounts,
  Store,
  StoreStats,
  StoredArticle,
  StoredFailure,
} from './store.js';

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open read-only (no migrations are applied). */
  readonly readonly?: boolean;
  /** Migrations to apply (default: {@link MIGRATIONS}); for tests. */
  readonly migrations?: readonly Migration[];
}

interface ArticleRow {
  id: number;
  raw_id: number;
  source: string;
  member: string;
  version: number;
  supersedes: number | null;
  is_current: number;
  text: string;
  meta_json: string;
  messages_json: string;
  annotations_json: string;
  created_at: string;
  analyzed_at: string;
  sha256: string;
  kind: string;
  encoding: string;
  bytes: Buffer;
  fields_json: string;
  received_at: string;
}

const ARTICLE_SELECT = `
  SELECT a.id, a.raw_id, a.source, a.member, a.version, a.supersedes, a.is_current, a.text, a.meta_json,
         a.messages_json, a.annotations_json, a.created_at, a.analyzed_at,
         r.sha256, r.kind, r.encoding, r.bytes, r.fields_json, r.received_at
  FROM articles a JOIN raw_inputs r ON r.id = a.raw_id`;

/** The columns of an {@link ArticleSummary}, selected from `articles a`. */
export const SUMMARY_COLUMNS = `a.id, a.source, a.member, a.title, a.publisher, a.published, a.url, a.version, a.is_current,
  length(a.text) AS chars, json_array_length(a.messages_json) AS messages`;

/** A row of {@link SUMMARY_COLUMNS}. */
export interface SummaryRow {
  id: number;
  source: string;
  member: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  version: number;
  is_current: number;
  chars: number;
  messages: number;
}

/** An {@link ArticleSummary} from a row of {@link SUMMARY_COLUMNS}. */
export function articleSummaryOf(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    source: r.source,
    ...(r.member ? { member: r.member } : {}),
    ...(r.title !== null ? { title: r.title } : {}),
    ...(r.publisher !== null ? { publisher: r.publisher } : {}),
    ...(r.published !== null ? { published: r.published } : {}),
    ...(r.url !== null ? { url: r.url } : {}),
    version: r.version,
    current: r.is_current === 1,
    chars: r.chars,
    messages: r.messages,
  };
}

/**
 * Annotations not written to the store: cheap to recompute from the clean text and large
 * (tokens are ~60 bytes each). Readers that need them re-run the stage.
 */
export const TRANSIENT_ANNOTATIONS: ReadonlySet<string> = new Set(['tokens']);

function annotationsJson(annotations: Article['annotations']): string {
  const keep: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(annotations)) if (!TRANSIENT_ANNOTATIONS.has(k)) keep[k] = v;
  return JSON.stringify(keep);
}

function nowIso(): string {
  return new Date().toISOString();
}

function metaValue(meta: ArticleMeta, key: keyof ArticleMeta): string | null {
  const f = meta[key];
  return f === undefined ? null : f.value;
}

/**
 * Apply pending migrations, each in its own transaction, tracked in `PRAGMA user_version`.
 * Throws {@link MarsadError} `STORE_NEWER_SCHEMA` when the file was written by a newer Marsad.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > latest) {
    throw new MarsadError('STORE_NEWER_SCHEMA', `database schema ${current} > supported ${latest}`);
  }
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    const apply = db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      apply();
    } catch (e) {
      throw new MarsadError('STORE_MIGRATION_FAILED', `migration ${m.version} (${m.name}): ${(e as Error).message}`);
    }
  }
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * The SQLite {@link Store}: better-sqlite3, WAL journal, numbered migrations, one transaction per
 * batch. Raw input is kept as received (bytes) with its hash, so any article can be re-analysed.
 */
export class SqliteStore implements Store {
  /** The underlying connection (for adapters built on this store: search index, entities…). */
  readonly db: Database.Database;
  private closed = false;
  private readonly stmts;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(path, { readonly: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db, options.migrations);
    }
    this.db.pragma('busy_timeout = 5000');
    const db = this.db;
    this.stmts = {
      rawBySha: db.prepare('SELECT id FROM raw_inputs WHERE sha256 = ?').pluck(),
      articleByRaw: db.prepare('SELECT id FROM articles WHERE raw_id = ?').pluck(),
      currentAt: db.prepare(
        'SELECT id, version FROM articles INDEXED BY articles_by_source WHERE source = ? AND member = ? AND +is_current = 1 ORDER BY version DESC LIMIT 1',
      ),
      insertRaw: db.prepare(
        'INSERT INTO raw_inputs (sha256, kind, encoding, bytes, size, fields_json, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertArticle: db.prepare(`INSERT INTO articles
        (raw_id, source, member, version, supersedes, is_current, url, title, publisher, published, language, text,
         meta_json, messages_json, annotations_json, created_at, analyzed_at)
        VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      retire: db.prepare('UPDATE articles SET is_current = 0 WHERE id = ?'),
      insertSighting: db.prepare(
        'INSERT INTO sightings (run_id, article_id, source, member, outcome, at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      updateAnalysis: db.prepare(`UPDATE articles SET url = ?, title = ?, publisher = ?, published = ?, language = ?,
        text = ?, meta_json = ?, messages_json = ?, annotations_json = ?, analyzed_at = ? WHERE id = ?`),
      getArticle: db.prepare(`${ARTICLE_SELECT} WHERE a.id = ?`),
    };
  }

  private check(): void {
    if (this.closed) throw new MarsadError('STORE_CLOSED');
  }

  beginRun(args: readonly string[]): number {
    this.check();
    const r = this.db.prepare('INSERT INTO ingest_runs (started_at, args_json) VALUES (?, ?)').run(nowIso(), JSON.stringify(args));
    return Number(r.lastInsertRowid);
  }

  finishRun(runId: number, c: RunCounts): void {
    this.check();
    this.db
      .prepare(
        'UPDATE ingest_runs SET finished_at = ?, read = ?, new = ?, duplicate = ?, versions = ?, failed = ? WHERE id = ?',
      )
      .run(nowIso(), c.read, c.new, c.duplicate, c.versions, c.failed, runId);
  }

  ingestBatch(runId: number, records: readonly PreparedRecord[]): IngestOutcome[] {
    this.check();
    const s = this.stmts;
    const tx = this.db.transaction((recs: readonly PreparedRecord[]): IngestOutcome[] => {
      const out: IngestOutcome[] = [];
      const at = nowIso();
      for (const { raw, article } of recs) {
        const member = raw.member ?? '';
        const rawId = s.rawBySha.get(raw.sha256) as number | undefined;
        if (rawId !== undefined) {
          const existing = s.articleByRaw.get(rawId) as number;
          s.insertSighting.run(runId, existing, raw.source, member, 'duplicate', at);
          out.push({ outcome: 'duplicate', articleId: existing });
          continue;
        }
        const prev = s.currentAt.get(raw.source, member) as { id: number; version: number } | undefined;
        const newRaw = s.insertRaw.run(
          raw.sha256,
          raw.kind,
          raw.encoding,
          Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength),
          raw.bytes.byteLength,
          JSON.stringify(raw.fields),
          raw.receivedAt ?? at,
        );
        const m = article.meta;
        const res = s.insertArticle.run(
          newRaw.lastInsertRowid,
          raw.source,
          member,
          prev ? prev.version + 1 : 1,
          prev ? prev.id : null,
          metaValue(m, 'url'),
          metaValue(m, 'title'),
          metaValue(m, 'publisher'),
          metaValue(m, 'published'),
          metaValue(m, 'language'),
          article.text,
          JSON.stringify(m),
          JSON.stringify(article.messages),
          annotationsJson(article.annotations),
          at,
          at,
        );
        const id = Number(res.lastInsertRowid);
        if (prev) {
          s.retire.run(prev.id);
          s.insertSighting.run(runId, id, raw.source, member, 'version', at);
          out.push({ outcome: 'version', articleId: id, supersedes: prev.id });
        } else {
          s.insertSighting.run(runId, id, raw.source, member, 'new', at);
          out.push({ outcome: 'new', articleId: id });
        }
      }
      return out;
    });
    return tx(records);
  }

  recordFailures(runId: number, failures: readonly Omit<StoredFailure, 'runId'>[]): void {
    this.check();
    if (failures.length === 0) return;
    const ins = this.db.prepare('INSERT INTO failures (run_id, source, member, code, text, at) VALUES (?, ?, ?, ?, ?, ?)');
    const at = nowIso();
    this.db.transaction(() => {
      for (const f of failures) ins.run(runId, f.source, f.member ?? '', f.code, f.text, at);
    })();
  }

  failures(runId?: number): StoredFailure[] {
    this.check();
    const rows = (
      runId === undefined
        ? this.db.prepare('SELECT run_id, source, member, code, text FROM failures ORDER BY id').all()
        : this.db.prepare('SELECT run_id, source, member, code, text FROM failures WHERE run_id = ? ORDER BY id').all(runId)
    ) as { run_id: number; source: string; member: string; code: string; text: string }[];
    return rows.map((r) => ({
      runId: r.run_id,
      source: r.source,
      ...(r.member ? { member: r.member } : {}),
      code: r.code,
      text: r.text,
    }));
  }

  private toArticle(r: ArticleRow): StoredArticle {
    const raw: RawInput = {
      source: r.source,
      ...(r.member ? { member: r.member } : {}),
      kind: r.kind as InputKind,
      bytes: new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength),
      encoding: r.encoding,
      sha256: r.sha256,
      fields: JSON.parse(r.fields_json) as RawFields,
      decoded: '',
      receivedAt: r.received_at,
    };
    const article: StoredArticle = {
      id: r.id,
      raw,
      text: r.text,
      meta: JSON.parse(r.meta_json) as ArticleMeta,
      annotations: JSON.parse(r.annotations_json) as Article['annotations'],
      messages: JSON.parse(r.messages_json) as Message[],
      version: r.version,
      ...(r.supersedes !== null ? { supersedes: r.supersedes } : {}),
      current: r.is_current === 1,
      createdAt: r.created_at,
      analyzedAt: r.analyzed_at,
    };
    return article;
  }

  getArticle(id: number): StoredArticle | undefined {
    this.check();
    const r = this.stmts.getArticle.get(id) as ArticleRow | undefined;
    return r ? this.toArticle(r) : undefined;
  }

  listArticles(options: ListOptions = {}): ArticleSummary[] {
    this.check();
    const where = options.allVersions ? '' : 'WHERE a.is_current = 1';
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.id LIMIT ? OFFSET ?`)
      .all(options.limit ?? -1, options.offset ?? 0) as SummaryRow[];
    return rows.map(articleSummaryOf);
  }

  *iterateArticles(options: { allVersions?: boolean } = {}): IterableIterator<StoredArticle> {
    this.check();
    // Page by id so that writes between pages (re-analysis) are allowed.
    const where = options.allVersions ? 'a.id > ?' : 'a.id > ? AND a.is_current = 1';
    const page = this.db.prepare(`${ARTICLE_SELECT} WHERE ${where} ORDER BY a.id LIMIT 500`);
    let last = 0;
    for (;;) {
      const rows = page.all(last) as ArticleRow[];
      if (rows.length === 0) return;
      for (const r of rows) yield this.toArticle(r);
      last = rows[rows.length - 1]!.id;
    }
  }

  articleIds(options: { allVersions?: boolean } = {}): number[] {
    this.check();
    const where = options.allVersions ? '' : 'WHERE is_current = 1';
    return this.db.prepare(`SELECT id FROM articles ${where} ORDER BY id`).pluck().all() as number[];
  }

  updateAnalysis(updates: readonly { id: number; analysis: AnalysisUpdate }[]): void {
    this.check();
    const at = nowIso();
    this.db.transaction(() => {
      for (const { id, analysis: a } of updates) {
        this.stmts.updateAnalysis.run(
          metaValue(a.meta, 'url'),
          metaValue(a.meta, 'title'),
          metaValue(a.meta, 'publisher'),
          metaValue(a.meta, 'published'),
          metaValue(a.meta, 'language'),
          a.text,
          JSON.stringify(a.meta),
          JSON.stringify(a.messages),
          annotationsJson(a.annotations),
          at,
          id,
        );
      }
    })();
  }

  sightings(articleId: number): { source: string; member?: string; outcome: string; at: string; runId: number }[] {
    this.check();
    const rows = this.db
      .prepare('SELECT source, member, outcome, at, run_id FROM sightings WHERE article_id = ? ORDER BY id')
      .all(articleId) as { source: string; member: string; outcome: string; at: string; run_id: number }[];
    return rows.map((r) => ({
      source: r.source,
      ...(r.member ? { member: r.member } : {}),
      outcome: r.outcome,
      at: r.at,
      runId: r.run_id,
    }));
  }

  getState(key: string): string | undefined {
    this.check();
    return this.db.prepare('SELECT value FROM kv WHERE key = ?').pluck().get(key) as string | undefined;
  }

  setState(key: string, value: string): void {
    this.check();
    this.db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  stats(): StoreStats {
    this.check();
    const one = <T>(sql: string): T => this.db.prepare(sql).get() as T;
    const a = one<{ n: number; cur: number; chars: number | null; pubs: number; withPub: number }>(
      `SELECT count(*) AS n, sum(is_current) AS cur, sum(length(text)) AS chars,
              count(DISTINCT publisher) AS pubs, count(published) AS withPub FROM articles`,
    );
    const r = one<{ n: number; bytes: number | null }>('SELECT count(*) AS n, sum(size) AS bytes FROM raw_inputs');
    const bySource = this.db
      .prepare(
        `SELECT coalesce(publisher, '(unknown)') AS publisher, count(*) AS articles FROM articles WHERE is_current = 1
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`,
      )
      .all() as { publisher: string; articles: number }[];
    const messagesByCode = this.db
      .prepare(
        `SELECT json_extract(m.value, '$.code') AS code, count(*) AS count
         FROM articles a, json_each(a.messages_json) m WHERE a.is_current = 1 GROUP BY 1 ORDER BY 2 DESC, 1`,
      )
      .all() as { code: string; count: number }[];
    return {
      articles: a.n,
      currentArticles: a.cur ?? 0,
      versions: a.n - (a.cur ?? 0),
      rawInputs: r.n,
      rawBytes: r.bytes ?? 0,
      textChars: a.chars ?? 0,
      publishers: a.pubs,
      withPublished: a.withPub,
      runs: (one<{ n: number }>('SELECT count(*) AS n FROM ingest_runs')).n,
      failures: (one<{ n: number }>('SELECT count(*) AS n FROM failures')).n,
      bySource,
      messagesByCode,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

/** Open (creating and migrating if needed) a SQLite store at `path` (`:memory:` for tests). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}
