/** Development helper: CPU of grouped search with full pages vs one group (snippet cost). `npx tsx scripts/search-cost.ts DB` */
import { drawQueries } from '../bench/suites/search.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { search } from '../src/search/search.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';

const res = createArabicResources(loadArabicLexicon());
const store = openSqliteStore(process.argv[2] ?? 'marsad.db');
const queries = drawQueries(store, res, 200);
for (const q of queries.slice(0, 20)) search(store.db, { q }, res);
for (const [label, limit, group] of [['story 20', 20, 'story'], ['story 1', 1, 'story'], ['flat 20', 20, 'article'], ['flat 1', 1, 'article']] as const) {
  const c0 = process.cpuUsage();
  for (const q of queries) search(store.db, { q, limit, group }, res);
  const c = process.cpuUsage(c0);
  console.log(`${label}: ${((c.user + c.system) / 1000 / queries.length).toFixed(1)} ms CPU per query`);
}
store.close();
