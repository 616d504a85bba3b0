/**
 * Helper for building `test/fixtures/search/judged.json`: builds (or reuses) the SaudiNewsNet
 * search database and prints, for each candidate query, the pooled top results of Marsad and of
 * PostgreSQL's `arabic` configuration (id, URL, date, title, a snippet) for a human to judge.
 * Prints to stdout only (article text never goes into the repository: the fixture holds URLs).
 *
 *   MARSAD_SEARCH_DB=/tmp/search.db npx tsx scripts/search-judge.ts build
 *   MARSAD_SEARCH_DB=/tmp/search.db npx tsx scripts/search-judge.ts pool QUERIES.txt [DEPTH]
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { corpusStore, oursRanked } from '../bench/suites/search.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { clearSearchIndex, indexArticles } from '../src/search/indexArticles.js';
import { loadPgDocs, pgSearch, startPgCluster } from './search-postgres.js';

const [cmd, file, depthArg] = process.argv.slice(2);
const res = createArabicResources(loadArabicLexicon());
const { store, ingestMs } = await corpusStore(tmpdir());
if (ingestMs !== null) console.error(`ingested in ${(ingestMs / 1000).toFixed(1)} s`);
const indexed = store.db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
if (cmd === 'build' || indexed === 0) {
  const t0 = performance.now();
  clearSearchIndex(store.db);
  function* inputs() {
    for (const a of store.iterateArticles()) yield { id: a.id, article: a };
  }
  const n = indexArticles(store.db, inputs(), res);
  const s = (performance.now() - t0) / 1000;
  console.error(`indexed ${n} articles in ${s.toFixed(1)} s (${Math.round(n / s)} articles/s)`);
}
if (cmd === 'pool' && file) {
  const depth = Number(depthArg ?? 20);
  const queries = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const cluster = await startPgCluster();
  try {
    function* docs() {
      for (const a of store.iterateArticles()) yield { id: a.id, title: a.meta.title?.value ?? '', body: a.text };
    }
    await loadPgDocs(cluster.client, docs());
    const row = store.db.prepare('SELECT url, published, title, substr(text, 1, 200) AS head FROM articles WHERE id = ?');
    for (const q of queries) {
      const ours = oursRanked(store, q, res).slice(0, depth);
      const theirs = (await pgSearch(cluster.client, q, depth)).slice(0, depth);
      const pool = [...new Set([...ours, ...theirs])].sort((a, b) => a - b);
      console.log(`\n### ${q}  (ours ${ours.length}, pg ${theirs.length}, pool ${pool.length})`);
      for (const id of pool) {
        const r = row.get(id) as { url: string; published: string | null; title: string | null; head: string };
        const tag = `${ours.includes(id) ? 'M' : '-'}${theirs.includes(id) ? 'P' : '-'}`;
        console.log(`${id}\t${tag}\t${(r.published ?? '').slice(0, 10)}\t${(r.title ?? '').slice(0, 90)} | ${r.head.replace(/\s+/g, ' ').slice(0, 110)}`);
      }
    }
  } finally {
    await cluster.stop();
  }
}
store.close();
