import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultEngine } from '../../src/engine/defaultEngine.js';
import { createEngine } from '../../src/engine/engine.js';
import { ingestPaths } from '../../src/ingest/ingestPaths.js';
import { readFile } from '../../src/ingest/readFile.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import { measure, peakRssMb, rssMb, saudiNewsNetZips, type BenchSuite } from '../harness.js';
import { statSync } from 'node:fs';

function zipsUpTo(_limit: number): string[] {
  return saudiNewsNetZips();
}

/** Read + decode + hash only (no analysis, no store). */
export const readSuite: BenchSuite = {
  name: 'read',
  description: 'read zips, inflate, parse JSON, decode, hash each record',
  async run({ limit }) {
    const zips = zipsUpTo(limit);
    let items = 0;
    let bytes = 0;
    const m = await measure(() => {
      outer: for (const z of zips) {
        for (const item of readFile({ path: z, size: statSync(z).size })) {
          if (item.type !== 'record') continue;
          items++;
          bytes += item.raw.bytes.byteLength;
          if (limit && items >= limit) break outer;
        }
      }
    });
    return [{ suite: 'ingest', stage: 'read+decode+hash', items, unit: 'articles', bytes, ms: m.ms, cpuS: m.cpuS, peakRssMb: peakRssMb() }];
  },
};

/** Read + the default engine: per-stage timings of cleaning and every annotation stage. */
export const analyzeSuite: BenchSuite = {
  name: 'analyze',
  description: 'read + the default engine (cleaning and annotation stages), no store; per-stage times',
  async run({ limit }) {
    const zips = zipsUpTo(limit);
    const engine = createDefaultEngine();
    let items = 0;
    let bytes = 0;
    const timings: Record<string, number> = {};
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    outer: for (const z of zips) {
      for (const item of readFile({ path: z, size: statSync(z).size })) {
        if (item.type !== 'record') continue;
        const r = engine.analyzeTimed(item.raw, item.messages);
        for (const [k, v] of Object.entries(r.timings)) timings[k] = (timings[k] ?? 0) + v;
        items++;
        bytes += item.raw.bytes.byteLength;
        if (limit && items >= limit) break outer;
      }
    }
    const total = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const peak = peakRssMb();
    return [
      { suite: 'pipeline', stage: 'read+all stages (no store)', items, unit: 'articles', bytes, ms: total, cpuS: (c.user + c.system) / 1e6, peakRssMb: peak },
      ...Object.entries(timings).map(([stage, ms]) => ({ suite: 'stage', stage, items, unit: 'articles', bytes, ms, peakRssMb: peak })),
    ];
  },
};

/** The whole ingest: read, decode, baseline cleaning, store raw + text in SQLite (no NLP); RSS sampled per file. */
export const ingestSuite: BenchSuite = {
  name: 'ingest',
  description: 'ingest of SaudiNewsNet into a fresh SQLite database: read, decode, store raw + text, no NLP',
  async run({ tmp }) {
    const zips = saudiNewsNetZips();
    const db = join(tmp, 'bench-ingest.db');
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    const store = openSqliteStore(db);
    const engine = createEngine({ stages: [] });
    const rss: number[] = [];
    let bytes = 0;
    const m = await measure(() =>
      ingestPaths(store, engine, zips, {
        keepOutcomes: false,
        onProgress: (p) => {
          if (p.filesDone > rss.length) rss.push(rssMb());
          bytes = p.bytesDone;
        },
      }),
    );
    const report = m.value;
    const ms = m.ms;
    const st = store.stats();
    store.close();
    const half = Math.floor(rss.length / 2);
    const early = Math.max(...rss.slice(0, Math.max(1, half)));
    const late = Math.max(...rss.slice(half));
    return [
      {
        suite: 'ingest',
        stage: 'end-to-end, no NLP',
        items: report.read,
        unit: 'articles',
        bytes: st.rawBytes,
        ms,
        cpuS: m.cpuS,
        peakRssMb: peakRssMb(),
        notes: [
          `zip bytes ${(bytes / 1024 / 1024).toFixed(1)} MB, raw stored ${(st.rawBytes / 1024 / 1024).toFixed(1)} MB; new ${report.new}, duplicate ${report.duplicate}, failed ${report.failed}`,
          `RSS after each file (MB): ${rss.map((x) => x.toFixed(0)).join(' ')}`,
          `memory: max RSS first half ${early.toFixed(0)} MB, second half ${late.toFixed(0)} MB`,
        ],
      },
    ];
  },
};
