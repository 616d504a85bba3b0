/**
 * Per-query P@10 / R@100 of Marsad search on the judged queries (no PostgreSQL), with and without
 * expansion: `MARSAD_SEARCH_DB=... npx tsx scripts/search-eval.ts`.
 */
import { tmpdir } from 'node:os';
import { corpusStore, idsByUrl, loadJudged, oursRanked, precisionRecall } from '../bench/suites/search.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { search } from '../src/search/search.js';

const res = createArabicResources(loadArabicLexicon());
const { store } = await corpusStore(tmpdir());
const byUrl = idsByUrl(store);
let a = 0;
let b = 0;
const judged = loadJudged();
for (const j of judged) {
  const rel = new Set(j.relevant.flatMap((u) => byUrl.get(u) ?? []));
  const x = precisionRecall(oursRanked(store, j.q, res), rel);
  const y = precisionRecall(oursRanked(store, j.q, res, { entities: false, variants: false }), rel);
  a += x.p10;
  b += y.p10;
  const exp = search(store.db, { q: j.q, group: 'article', limit: 1 }, res).expandedTerms;
  console.log(`${j.q.padEnd(24)} P@10 ${x.p10.toFixed(1)} / ${y.p10.toFixed(1)}  R@100 ${x.r100.toFixed(2)} / ${y.r100.toFixed(2)}  ${exp.join(' ')}`);
}
console.log(`mean P@10 ${(a / judged.length).toFixed(3)} / ${(b / judged.length).toFixed(3)} (with / without expansion)`);
store.close();
