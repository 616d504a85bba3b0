import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pgAvailable, loadPgDocs, pgSearch, startPgCluster } from '../../scripts/search-postgres.js';
import { createArabicResources, type LanguageResources } from '../../src/arabic/resources.js';
import { createEngine } from '../../src/engine/engine.js';
import { ingestPaths } from '../../src/ingest/ingestPaths.js';
import { loadArabicLexicon } from '../../src/models/arabicLexicon.js';
import { packageRoot } from '../../src/models/paths.js';
import { clearSearchIndex, indexArticles } from '../../src/search/indexArticles.js';
import { search, type SearchOptions } from '../../src/search/search.js';
import { SEARCH_MIGRATION } from '../../src/store/searchSchema.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqliteStore.js';
import { measure, peakRssMb, saudiNewsNetZips, type BenchResult, type BenchSuite } from '../harness.js';

/** A judged query: the articles (by URL) judged relevant by reading the candidates. */
export interface JudgedQuery {
  readonly q: string;
  /** What counts as relevant. */
  readonly need: string;
  readonly relevant: readonly string[];
}

/** The judged queries (`test/fixtures/search/judged.json`). */
export function loadJudged(): JudgedQuery[] {
  const p = join(packageRoot(), 'test', 'fixtures', 'search', 'judged.json');
  if (!existsSync(p)) return [];
  return (JSON.parse(readFileSync(p, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/**
 * The SaudiNewsNet store for search: reused from `$MARSAD_SEARCH_DB` (or `tmp/search.db`) when it
 * already holds the corpus, otherwise ingested without NLP stages (clean text and metadata only).
 */
export async function corpusStore(tmp: string): Promise<{ store: SqliteStore; ingestMs: number | null }> {
  const path = process.env['MARSAD_SEARCH_DB'] ?? join(tmp, 'search.db');
  if (existsSync(path)) {
    const s = openSqliteStore(path);
    if (s.articleIds().length >= 30_000) {
      // A database made by an earlier development version of migration 3: recreate its search tables.
      const cols = s.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('search_fts') as string[];
      if (!cols.includes('bases')) {
        s.db.exec('DROP TABLE IF EXISTS search_vocab; DROP TABLE IF EXISTS search_fts; DROP TABLE IF EXISTS search_docs; DROP TABLE IF EXISTS search_event_types; DROP TABLE IF EXISTS search_terms;');
        s.db.exec(SEARCH_MIGRATION.up);
      }
      return { store: s, ingestMs: null };
    }
    s.close();
  }
  for (const x of ['', '-wal', '-shm']) rmSync(path + x, { force: true });
  const store = openSqliteStore(path);
  const m = await measure(() => ingestPaths(store, createEngine({ stages: [] }), saudiNewsNetZips(), { keepOutcomes: false }));
  return { store, ingestMs: m.ms };
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` queries of 1–3 adjacent Arabic words (3+ letters each) drawn from random articles. */
export function drawQueries(store: SqliteStore, res: LanguageResources, n: number, seed = 9): string[] {
  const ids = store.articleIds();
  const next = rng(seed);
  const out: string[] = [];
  while (out.length < n) {
    const a = store.getArticle(ids[Math.floor(next() * ids.length)]!);
    if (!a) continue;
    const toks = res.tokenizer.tokenize(a.text).filter((t) => t.kind === 'arabic');
    if (toks.length < 5) continue;
    const len = 1 + Math.floor(next() * 3);
    const at = Math.floor(next() * (toks.length - len));
    const words = toks.slice(at, at + len).map((t) => t.text);
    if (words.some((w) => res.normalizer.match(w).length < 3)) continue;
    out.push(words.join(' '));
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Precision at 10 and recall at 100 of ranked ids against the relevant ids. */
export function precisionRecall(ranked: readonly number[], relevant: ReadonlySet<number>): { p10: number; r100: number } {
  const p10 = ranked.slice(0, 10).filter((id) => relevant.has(id)).length / 10;
  const r100 = relevant.size === 0 ? 0 : ranked.slice(0, 100).filter((id) => relevant.has(id)).length / relevant.size;
  return { p10, r100 };
}

/** Ids of articles by URL (several when the corpus holds copies at one URL). */
export function idsByUrl(store: SqliteStore): Map<string, number[]> {
  const rows = store.db.prepare('SELECT id, url FROM articles WHERE url IS NOT NULL AND is_current = 1').all() as { id: number; url: string }[];
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const ids = out.get(r.url);
    if (ids) ids.push(r.id);
    else out.set(r.url, [r.id]);
  }
  return out;
}

/** Our ranking of a judged query (flat, top 100). */
export function oursRanked(store: SqliteStore, q: string, res: LanguageResources, options: SearchOptions = {}): number[] {
  return search(store.db, { q, group: 'article', limit: 100 }, res, options).hits.map((h) => h.articleId);
}

const fmt = (x: number): string => x.toFixed(3);

/** Full-text search over SaudiNewsNet: index speed, latency of 200 drawn queries, judged quality vs PostgreSQL. */
export const searchSuite: BenchSuite = {
  name: 'search',
  description: 'search index of SaudiNewsNet: index docs/s, query p50/p95, P@10/R@100 vs PostgreSQL arabic',
  async run({ tmp }) {
    const res = createArabicResources(loadArabicLexicon());
    const { store, ingestMs } = await corpusStore(tmp);
    const results: BenchResult[] = [];
    const notes: string[] = [];
    if (ingestMs !== null) notes.push(`corpus ingested without NLP in ${(ingestMs / 1000).toFixed(1)} s`);

    // 1. Index build from the store (read article rows, terms, FTS5 insert).
    clearSearchIndex(store.db);
    const ix = await measure(() => {
      function* inputs() {
        for (const a of store.iterateArticles()) yield { id: a.id, article: a };
      }
      return indexArticles(store.db, inputs(), res);
    });
    results.push({ suite: 'search', stage: 'index (reindex from store)', items: ix.value, unit: 'articles', bytes: 0, ms: ix.ms, cpuS: ix.cpuS, peakRssMb: peakRssMb(), notes });

    // 2. Latency of 200 one- to three-word queries drawn from the corpus.
    const queries = drawQueries(store, res, 200);
    for (const q of queries.slice(0, 20)) search(store.db, { q }, res);
    for (const mode of ['story', 'article'] as const) {
      const times: number[] = [];
      const cpu: number[] = [];
      let hits = 0;
      const m = await measure(() => {
        for (const q of queries) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          const r = search(store.db, { q, group: mode }, res);
          times.push(performance.now() - t0);
          const c = process.cpuUsage(c0);
          cpu.push((c.user + c.system) / 1000);
          hits += r.total;
        }
      });
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      results.push({
        suite: 'search',
        stage: `query (${mode === 'story' ? 'grouped' : 'flat'}, 20/page)`,
        items: queries.length,
        unit: 'queries',
        bytes: 0,
        ms: m.ms,
        cpuS: m.cpuS,
        peakRssMb: peakRssMb(),
        notes: [
          `latency p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms (wall); CPU per query p50 ${percentile(cpu, 50).toFixed(1)} ms, p95 ${percentile(cpu, 95).toFixed(1)} ms; mean matches ${Math.round(hits / queries.length)}`,
        ],
      });
    }

    // 3. Judged retrieval quality, ours vs PostgreSQL's `arabic` configuration.
    const judged = loadJudged();
    if (judged.length > 0) {
      const byUrl = idsByUrl(store);
      const rel = judged.map((j) => new Set(j.relevant.flatMap((u) => byUrl.get(u) ?? [])));
      const evalRuns: { name: string; rank: (q: string) => Promise<number[]> }[] = [
        { name: 'marsad (FTS5, expansion)', rank: (q) => Promise.resolve(oursRanked(store, q, res)) },
        { name: 'marsad, no expansion', rank: (q) => Promise.resolve(oursRanked(store, q, res, { entities: false, variants: false })) },
      ];
      let stopPg: (() => Promise<void>) | null = null;
      if (pgAvailable()) {
        const t0 = performance.now();
        const cluster = await startPgCluster();
        stopPg = () => cluster.stop();
        function* docs() {
          for (const a of store.iterateArticles()) yield { id: a.id, title: a.meta.title?.value ?? '', body: a.text };
        }
        const n = await loadPgDocs(cluster.client, docs());
        notes.push(`PostgreSQL 15: ${n} articles loaded and indexed (to_tsvector arabic + GIN) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        evalRuns.push({ name: "PostgreSQL 15 'arabic'", rank: (q) => pgSearch(cluster.client, q, 100) });
      } else notes.push('PostgreSQL 15 is not installed: no comparison');
      try {
        for (const run of evalRuns) {
          let p10 = 0;
          let r100 = 0;
          const t0 = performance.now();
          for (let i = 0; i < judged.length; i++) {
            const s = precisionRecall(await run.rank(judged[i]!.q), rel[i]!);
            p10 += s.p10;
            r100 += s.r100;
          }
          results.push({
            suite: 'search',
            stage: `judged: ${run.name}`,
            items: judged.length,
            unit: 'queries',
            bytes: 0,
            ms: performance.now() - t0,
            peakRssMb: peakRssMb(),
            notes: [`P@10 ${fmt(p10 / judged.length)}, R@100 ${fmt(r100 / judged.length)} (${judged.length} queries, ${rel.reduce((s, r) => s + r.size, 0)} judged relevant)`],
          });
        }
      } finally {
        if (stopPg) await stopPg();
      }
    }
    store.close();
    return results;
  },
};
