import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultEngine, defaultCorpusResources } from '../../src/engine/defaultEngine.js';
import { ingestPaths } from '../../src/ingest/ingestPaths.js';
import { reindexStore } from '../../src/search/reindexStore.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import { CorpusUpdater } from '../../src/store/updateCorpus.js';
import { measure, peakRssMb, saudiNewsNetZips, type BenchSuite } from '../harness.js';

/**
 * The whole pipeline as `marsad ingest` runs it, on SaudiNewsNet into a fresh database: read,
 * clean, annotate (tokens, numbers, time, entities, events), store; then the corpus step
 * (duplicates, entity resolution, stories, storylines, story materialisation) and the search
 * index. With `--limit=N`, the first days (zips) whose articles reach N.
 */
export const fullSuite: BenchSuite = {
  name: 'full',
  description: 'full pipeline: ingest + analysis + corpus (entities, stories) + search index, fresh SQLite database',
  async run({ limit, tmp }) {
    const all = saudiNewsNetZips();
    // About 1,630 articles per daily zip: take enough days for the limit.
    const zips = limit > 0 ? all.slice(0, Math.max(1, Math.ceil(limit / 1630))) : all;
    const bytes = zips.reduce((s, z) => s + statSync(z).size, 0);
    const db = join(tmp, 'bench-full.db');
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    const store = openSqliteStore(db);
    const engine = createDefaultEngine();
    // As `marsad ingest` runs it: the corpus step takes each stored batch while the workers
    // analyse the next ones, and finishes (repair, materialisation, storylines) at the end.
    const updater = new CorpusUpdater(store, defaultCorpusResources());
    const ingest = await measure(() => ingestPaths(store, engine, zips, { keepOutcomes: false, workers: 'auto', onStored: () => updater.addPending() }));
    const corpus = await measure(() => updater.finish());
    const search = await measure(() => reindexStore(store, defaultCorpusResources().arabic));
    const n = ingest.value.read;
    const c = corpus.value;
    store.close();
    const peak = peakRssMb();
    const total = ingest.ms + corpus.ms + search.ms;
    return [
      { suite: 'full', stage: 'ingest+analysis+corpus adds', items: n, unit: 'articles', bytes, ms: ingest.ms, cpuS: ingest.cpuS, peakRssMb: peak },
      {
        suite: 'full',
        stage: 'corpus finish (stories…)',
        items: c.added,
        unit: 'articles',
        bytes: 0,
        ms: corpus.ms,
        cpuS: corpus.cpuS,
        peakRssMb: peak,
        notes: [`${c.duplicates} duplicates, ${c.stories} stories, ${c.storylines} storylines, ${c.entities} entities; ${c.skipped.length} skipped`],
      },
      { suite: 'full', stage: 'search index', items: search.value.articles, unit: 'articles', bytes: 0, ms: search.ms, cpuS: search.cpuS, peakRssMb: peak },
      {
        suite: 'full',
        stage: 'total',
        items: n,
        unit: 'articles',
        bytes,
        ms: total,
        cpuS: ingest.cpuS + corpus.cpuS + search.cpuS,
        peakRssMb: peak,
        notes: [`${zips.length} daily zips; wall ${(total / 60000).toFixed(1)} min`],
      },
    ];
  },
};
