/** Development helper: time raw FTS5 statements on a built search database. `npx tsx scripts/search-sql.ts DB TERM` */
import Database from 'better-sqlite3';

const db = new Database(process.argv[2] ?? 'marsad.db', { readonly: true });
const m = `"${process.argv[3] ?? 'التي'}"`;
const time = (label: string, sql: string, ...p: unknown[]): void => {
  const st = db.prepare(sql);
  st.all(...p);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) st.all(...p);
  const c = process.cpuUsage(c0);
  console.log(`${label}: wall ${((performance.now() - t0) / 5).toFixed(1)} ms, cpu ${((c.user + c.system) / 5000).toFixed(1)} ms`);
};
time('count', 'SELECT count(*) FROM search_fts WHERE search_fts MATCH ?', m);
time('rowids', 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?', m);
time('bm25 order limit 20', 'SELECT rowid, bm25(search_fts, 3, 1, 1) r FROM search_fts WHERE search_fts MATCH ? ORDER BY r LIMIT 20', m);
time('rank order limit 20', 'SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20', m);
time('bm25 + joins limit 2000', `SELECT search_fts.rowid, bm25(search_fts, 3, 1, 1) r, c.story_id FROM search_fts JOIN search_docs d ON d.article_id = search_fts.rowid
  LEFT JOIN article_corpus c ON c.article_id = search_fts.rowid WHERE search_fts MATCH ? ORDER BY r LIMIT 2000`, m);
time('count + join', 'SELECT count(*) FROM search_fts JOIN search_docs d ON d.article_id = search_fts.rowid WHERE search_fts MATCH ?', m);
