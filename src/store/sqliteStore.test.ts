import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Article, RawInput } from '../core/article.js';
import { isMarsadError } from '../core/errors.js';
import { MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './sqliteStore.js';
import type { PreparedRecord } from './store.js';

function record(source: string, text: string, member?: string): PreparedRecord {
  const bytes = new TextEncoder().encode(text);
  const raw: RawInput = {
    source,
    ...(member !== undefined ? { member } : {}),
    kind: 'text',
    bytes,
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fields: {},
    decoded: text,
  };
  const article: Article = {
    raw,
    text,
    meta: { title: { value: text.split('\n')[0] ?? '', from: 'text:first-line', confidence: 0.3 } },
    annotations: {},
    messages: [],
  };
  return { raw, article };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'marsad-store-'));

describe('SqliteStore', () => {
  it('stores raw bytes and text, and reads them back', () => {
    const s = openSqliteStore(':memory:');
    const run = s.beginRun(['a.txt']);
    const [o] = s.ingestBatch(run, [record('a.txt', 'عنوان الخبر\nنص الخبر')]);
    expect(o).toEqual({ outcome: 'new', articleId: 1 });
    const a = s.getArticle(1)!;
    expect(a.text).toBe('عنوان الخبر\nنص الخبر');
    expect(new TextDecoder().decode(a.raw.bytes)).toBe('عنوان الخبر\nنص الخبر');
    expect(a.raw.source).toBe('a.txt');
    expect(a.meta.title?.value).toBe('عنوان الخبر');
    expect(a.version).toBe(1);
    expect(a.current).toBe(true);
    s.close();
  });

  it('is idempotent by content: the same content twice is one article, reported as a duplicate', () => {
    const s = openSqliteStore(':memory:');
    const run = s.beginRun([]);
    s.ingestBatch(run, [record('a.txt', 'نص واحد')]);
    const out = s.ingestBatch(run, [record('copy/a.txt', 'نص واحد'), record('a.txt', 'نص واحد')]);
    expect(out).toEqual([
      { outcome: 'duplicate', articleId: 1 },
      { outcome: 'duplicate', articleId: 1 },
    ]);
    expect(s.stats().currentArticles).toBe(1);
    expect(s.sightings(1).map((x) => x.outcome)).toEqual(['new', 'duplicate', 'duplicate']);
    s.close();
  });

  it('makes a changed file at the same path a new version, not an overwrite', () => {
    const s = openSqliteStore(':memory:');
    const run = s.beginRun([]);
    s.ingestBatch(run, [record('a.txt', 'النسخة الأولى')]);
    const [o] = s.ingestBatch(run, [record('a.txt', 'النسخة الثانية')]);
    expect(o).toEqual({ outcome: 'version', articleId: 2, supersedes: 1 });
    expect(s.getArticle(1)!.current).toBe(false);
    expect(s.getArticle(1)!.text).toBe('النسخة الأولى');
    expect(s.getArticle(2)!.version).toBe(2);
    expect(s.listArticles().map((a) => a.id)).toEqual([2]);
    expect(s.listArticles({ allVersions: true }).map((a) => a.id)).toEqual([1, 2]);
    // members of one container are versioned independently
    s.ingestBatch(run, [record('z.json', 'أ', 'z.json[0]'), record('z.json', 'ب', 'z.json[1]')]);
    expect(s.stats().currentArticles).toBe(3);
    s.close();
  });

  it('writes a batch in one transaction: a failing batch leaves nothing behind', () => {
    const s = openSqliteStore(':memory:');
    const run = s.beginRun([]);
    const bad = record('b.txt', 'ب');
    const broken = { ...bad, raw: { ...bad.raw, kind: null as unknown as 'text' } }; // violates NOT NULL
    expect(() => s.ingestBatch(run, [record('a.txt', 'أ'), broken])).toThrow();
    expect(s.stats().articles).toBe(0);
    expect(s.stats().rawInputs).toBe(0);
    s.close();
  });

  it('migrates a new file to the latest schema and refuses a newer one', () => {
    const dir = tmp();
    const path = join(dir, 'm.db');
    const s = openSqliteStore(path);
    expect(s.stats().schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    s.close();
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    try {
      openSqliteStore(path);
      expect.unreachable();
    } catch (e) {
      expect(isMarsadError(e, 'STORE_NEWER_SCHEMA')).toBe(true);
    }
  });

  it('records runs and failures, and keeps key/value state', () => {
    const s = openSqliteStore(':memory:');
    const run = s.beginRun(['x']);
    s.recordFailures(run, [{ source: 'x', code: 'NOT_FOUND', text: 'x: no such file' }]);
    s.finishRun(run, { read: 0, new: 0, duplicate: 0, versions: 0, failed: 1 });
    expect(s.failures(run)).toEqual([{ runId: run, source: 'x', code: 'NOT_FOUND', text: 'x: no such file' }]);
    s.setState('k', 'v1');
    s.setState('k', 'v2');
    expect(s.getState('k')).toBe('v2');
    expect(s.getState('missing')).toBeUndefined();
    s.close();
    expect(() => s.stats()).toThrowError(/STORE_CLOSED/);
  });

  it('iterates in pages and updates analysis in place', () => {
    const s = openSqliteStore(':memory:');
    const run = s.beginRun([]);
    s.ingestBatch(run, Array.from({ length: 1203 }, (_, i) => record(`f${i}.txt`, `نص ${i}`)));
    let n = 0;
    for (const a of s.iterateArticles()) {
      n++;
      if (a.id % 100 === 0) s.updateAnalysis([{ id: a.id, analysis: { text: 'جديد', meta: {}, annotations: {}, messages: [] } }]);
    }
    expect(n).toBe(1203);
    expect(s.getArticle(100)!.text).toBe('جديد');
    expect(s.getArticle(101)!.text).toBe('نص 100');
    s.close();
  });
});

describe('SqliteStore annotations', () => {
  it('does not persist transient annotations (tokens) but keeps the others', () => {
    const s = openSqliteStore(':memory:');
    const r = record('a.txt', 'نص');
    const annotations = { tokens: { tokens: [], terms: [], sentences: [], sentenceTokens: [] }, other: [1, 2] } as unknown as Article['annotations'];
    s.ingestBatch(s.beginRun([]), [{ raw: r.raw, article: { ...r.article, annotations } }]);
    const a = s.getArticle(1)!;
    expect(Object.keys(a.annotations)).toEqual(['other']);
    s.close();
  });
});
