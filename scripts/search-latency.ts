/** Development helper: latency of drawn queries on a built search database. `npx tsx scripts/search-latency.ts DB [N]` */
import { drawQueries } from '../bench/suites/search.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { search } from '../src/search/search.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';

const res = createArabicResources(loadArabicLexicon());
const store = openSqliteStore(process.argv[2] ?? 'marsad.db');
const queries = drawQueries(store, res, Number(process.argv[3] ?? 200));
for (const q of queries.slice(0, 20)) search(store.db, { q }, res);
for (const group of ['story', 'article'] as const) {
  const times: { ms: number; cpu: number; q: string; total: number }[] = [];
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = search(store.db, { q, group }, res);
    const c = process.cpuUsage(c0);
    times.push({ ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, q, total: r.total });
  }
  const cpu = times.map((t) => t.cpu).sort((a, b) => a - b);
  const pc = (x: number): number => cpu[Math.min(cpu.length - 1, Math.ceil(x * cpu.length) - 1)]!;
  console.log(`${group}: CPU p50 ${pc(0.5).toFixed(1)} ms, p95 ${pc(0.95).toFixed(1)} ms`);
  times.sort((a, b) => a.ms - b.ms);
  const p = (x: number): number => times[Math.min(times.length - 1, Math.ceil(x * times.length) - 1)]!.ms;
  console.log(`${group}: p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, max ${p(1).toFixed(1)} ms`);
  for (const t of times.slice(-5)) console.log(`  ${t.ms.toFixed(1)} ms (cpu ${t.cpu.toFixed(1)})  ${t.total} matches  ${t.q}`);
}
store.close();
