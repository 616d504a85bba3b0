/** Development helper: time each phase of a search. `npx tsx scripts/search-phases.ts DB QUERY...` */
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { expandQuery, matchExpression } from '../src/search/expandQuery.js';
import { parseQuery } from '../src/search/parseQuery.js';
import { search } from '../src/search/search.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';

const res = createArabicResources(loadArabicLexicon());
const store = openSqliteStore(process.argv[2] ?? 'marsad.db');
const db = store.db;
const time = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const v = f();
  console.log(`  ${label}: ${(performance.now() - t0).toFixed(1)} ms`);
  return v;
};
for (const q of process.argv.slice(3)) {
  console.log(q);
  for (let k = 0; k < 2; k++) {
    const raw = time('parse', () => parseQuery(q, res));
    const ex = time('expand', () => expandQuery(db, raw, res));
    const m = matchExpression(ex);
    console.log('  match', m);
    time('count', () => db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(m));
    time('rank all', () => db.prepare('SELECT rowid, bm25(search_fts, 3, 1) r FROM search_fts WHERE search_fts MATCH ? ORDER BY r LIMIT 20').all(m));
    time('rank rank', () => db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20').all(m));
    time('search flat', () => search(db, { q, group: 'article' }, res));
    time('search story', () => search(db, { q }, res));
  }
}
store.close();
