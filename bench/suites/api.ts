import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../src/api/createApi.js';
import { storeItems } from '../../src/api/storeItems.js';
import { listen } from '../../src/cli/serve.js';
import { createDefaultEngine, defaultArabicResources, defaultCorpusResources } from '../../src/engine/defaultEngine.js';
import { readFile } from '../../src/ingest/readFile.js';
import type { IngestItem } from '../../src/ingest/types.js';
import { reindexStore } from '../../src/search/reindexStore.js';
import { search } from '../../src/search/search.js';
import { SqliteKnowledge } from '../../src/store/sqliteKnowledge.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import { updateCorpus } from '../../src/store/updateCorpus.js';
import { measure, peakRssMb, saudiNewsNetZips, type BenchResult, type BenchSuite } from '../harness.js';

/** Search queries for the load: common news words and phrases (our own list), with filters and grouping mixed in. */
const QUERIES = [
  'وزير', 'الرياض', 'النفط', 'مجلس الوزراء', 'التعليم', 'وزارة الصحة', 'الملك', 'اجتماع', 'جدة', 'الأمن',
  '"ولي العهد"', 'مشروع*', 'الاقتصاد -النفط', 'المملكة OR السعودية', 'الطلاب', 'المرور', 'الحج', 'مكة', 'الدفاع', 'الشرطة',
];

/** Load settings: bounded so a shared 2-core machine stays usable. */
const CONNECTIONS = 8;
const DURATION_S = 10;

interface CannonSummary {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; average: number; max: number };
  throughput: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

/** Run autocannon in a child process (so the load generator does not share the server's event loop). */
function cannon(base: string, paths: readonly string[]): Promise<CannonSummary> {
  const autocannonPath = createRequire(import.meta.url).resolve('autocannon');
  const code = `
    const autocannon = require(${JSON.stringify(autocannonPath)});
    const paths = ${JSON.stringify(paths)};
    autocannon({ url: ${JSON.stringify(base)}, connections: ${CONNECTIONS}, duration: ${DURATION_S},
      requests: paths.map((p) => ({ method: 'GET', path: p })) }, (err, r) => {
      if (err) { console.error(err); process.exit(1); }
      process.stdout.write(JSON.stringify({ requests: r.requests, latency: r.latency, throughput: r.throughput,
        errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, duration: r.duration }));
    });`;
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (status) => (status === 0 ? ok(JSON.parse(out) as CannonSummary) : fail(new Error(`autocannon exited ${status}`))));
  });
}

/**
 * The HTTP API under bounded loopback load: a database is built from the first `limit`
 * SaudiNewsNet articles (default 2,000) with the default engine, the corpus step and the search
 * index; the API listens on 127.0.0.1 in this process and autocannon (in a child process, 8
 * connections, 10 s per route) requests `/api/search` (20 queries in rotation) and
 * `/api/stories/:id` (up to 50 stories in rotation). Reports requests/s and p50/p99 latency.
 * `MARSAD_BENCH_API_DB=PATH` measures an existing database (corpus built and indexed) instead.
 */
export const apiSuite: BenchSuite = {
  name: 'api',
  description: 'HTTP API: requests/s and p99 latency of /api/search and /api/stories/:id (autocannon, loopback)',
  async run({ limit, tmp }) {
    const max = limit || 2000;
    const given = process.env['MARSAD_BENCH_API_DB'];
    const db = given ?? join(tmp, 'bench-api.db');
    if (given === undefined) for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    const store = openSqliteStore(db);
    const build = await measure(() => {
      if (given !== undefined) return store.stats().currentArticles;
      const engine = createDefaultEngine();
      let items: IngestItem[] = [];
      let records = 0;
      outer: for (const z of saudiNewsNetZips()) {
        for (const item of readFile({ path: z, size: statSync(z).size })) {
          if (item.type !== 'record') continue;
          items.push(item);
          records++;
          if (items.length >= 500) {
            storeItems(store, engine, items, ['bench']);
            items = [];
          }
          if (records >= max) break outer;
        }
      }
      if (items.length) storeItems(store, engine, items, ['bench']);
      updateCorpus(store, defaultCorpusResources());
      reindexStore(store, defaultArabicResources());
      return records;
    });
    const kb = new SqliteKnowledge(store.db);
    const res = defaultArabicResources();
    const app = createApi({ store, kb, search: (q) => search(store.db, q, res), webRoot: join(tmp, 'no-web') });
    const server = await listen(app, '127.0.0.1', 0);
    const stories = kb.listStories({ limit: 50 }).items.map((s) => `/api/stories/${encodeURIComponent(s.id)}`);
    const searches = QUERIES.flatMap((q, i) => [
      `/api/search?q=${encodeURIComponent(q)}${i % 3 === 0 ? '&group=article' : ''}`,
    ]);
    const results: BenchResult[] = [];
    const buildNote = `database: ${build.value} articles, ${kb.corpusStats().stories} stories, ${given !== undefined ? `given (${given})` : `built in ${(build.ms / 1000).toFixed(1)} s`}; ${CONNECTIONS} connections × ${DURATION_S} s per route, autocannon in a child process`;
    try {
      for (const [stage, paths] of [
        ['GET /api/search', searches],
        ['GET /api/stories/:id', stories],
      ] as const) {
        if (paths.length === 0) continue;
        const c0 = process.cpuUsage();
        const r = await cannon(server.url, paths);
        const c = process.cpuUsage(c0);
        results.push({
          suite: 'api',
          stage,
          items: r.requests.total,
          unit: 'requests',
          bytes: r.throughput.total,
          ms: r.duration * 1000,
          cpuS: (c.user + c.system) / 1e6,
          peakRssMb: peakRssMb(),
          notes: [
            `${Math.round(r.requests.total / r.duration)} req/s; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
            ...(stage === 'GET /api/search' ? [buildNote] : []),
          ],
        });
      }
    } finally {
      await server.close();
      store.close();
    }
    return results;
  },
};
