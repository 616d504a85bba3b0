/** Profiling helper for the search index build (development only): `npx tsx scripts/search-profile.ts DB`. */
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { indexText } from '../src/search/terms.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';

const res = createArabicResources(loadArabicLexicon());
const store = openSqliteStore(process.argv[2] ?? 'marsad.db');
const cpu = (f: () => void): string => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const c = process.cpuUsage(c0);
  return `wall ${(performance.now() - t0).toFixed(0)} ms, cpu ${((c.user + c.system) / 1000).toFixed(0)} ms`;
};
const arts: { id: number; text: string }[] = [];
console.log('iterate 3000', cpu(() => {
  for (const a of store.iterateArticles()) {
    arts.push({ id: a.id, text: a.text });
    if (arts.length >= 3000) break;
  }
}));
console.log('tokenize', cpu(() => arts.forEach((a) => res.tokenizer.tokenize(a.text))));
let strs: string[] = [];
console.log('terms (cold)', cpu(() => (strs = arts.map((a) => indexText(a.text, res).terms))));
console.log('terms (warm)', cpu(() => arts.forEach((a) => indexText(a.text, res).terms)));
const db = store.db;
for (const [name, opts] of [
  ['contentless_delete', "content='', contentless_delete=1"],
  ['contentless', "content=''"],
  ['contentless_delete pgsz', "content='', contentless_delete=1"],
] as const) {
  db.exec(`DROP TABLE IF EXISTS temp.f; CREATE VIRTUAL TABLE temp.f USING fts5(title, body, ${opts})`);
  if (name.endsWith('pgsz')) db.exec("INSERT INTO temp.f(f, rank) VALUES('pgsz', 4000)");
  const ins = db.prepare('INSERT INTO temp.f(rowid, title, body) VALUES (?, ?, ?)');
  console.log(`fts insert ${name}`, cpu(() => db.transaction(() => arts.forEach((a, i) => ins.run(a.id, '', strs[i])))()));
}
store.close();
