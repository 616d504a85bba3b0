/** Development helper: run hostile and expensive queries on a built search database and time them. `npx tsx scripts/search-hostile.ts DB` */
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { search } from '../src/search/search.js';
import { isSearchQueryError } from '../src/search/types.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';

const res = createArabicResources(loadArabicLexicon());
const store = openSqliteStore(process.argv[2] ?? 'marsad.db');
const queries = ['مد*', 'ال*', 'م*', 'وزير*', 'NEAR(وزير الدفاع)', '"وزير', 'x'.repeat(10240), 'في من على', '"في" OR "من" OR "على" OR "إلى"', '-في', '(', '*', 'كورونا -الرياض', 'بيونغ يانغ'];
for (const q of queries) {
  const t0 = performance.now();
  try {
    const r = search(store.db, { q }, res);
    console.log(`${(performance.now() - t0).toFixed(1).padStart(7)} ms  ${String(r.total).padStart(6)} hits  ${q.slice(0, 40)}  ${r.parsed.match.slice(0, 80)}`);
  } catch (e) {
    console.log(`${(performance.now() - t0).toFixed(1).padStart(7)} ms  ${isSearchQueryError(e) ? e.code : `THREW ${(e as Error).name}`}  ${q.slice(0, 40)}`);
  }
}
store.close();
