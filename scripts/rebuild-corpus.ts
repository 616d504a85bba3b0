/**
 * Re-run the corpus step (duplicates, entity resolution, stories, storylines) over the analysed
 * articles already stored in a database, without re-analysing them: for judging a change to the
 * resolver or the clustering on a large database (the full SaudiNewsNet run takes minutes to
 * analyse, the corpus step alone about two). The search index is left as it is.
 *
 *   npx tsx scripts/rebuild-corpus.ts --db PATH
 */
import { parseArgs } from 'node:util';
import { defaultCorpusResources } from '../src/engine/defaultEngine.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';
import { resetCorpus, updateCorpus } from '../src/store/updateCorpus.js';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) {
  console.error('usage: npx tsx scripts/rebuild-corpus.ts --db PATH');
  process.exit(2);
}
const store = openSqliteStore(values.db);
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
resetCorpus(store);
const report = updateCorpus(store, defaultCorpusResources());
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify(report));
console.log(`corpus step rebuilt in ${wall.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU-s`);
store.close();
