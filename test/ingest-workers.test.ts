import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultEngine } from '../src/engine/defaultEngine.js';
import { poolAvailable } from '../src/ingest/analyzePool.js';
import { ingestPaths } from '../src/ingest/ingestPaths.js';
import { packageRoot } from '../src/models/paths.js';
import { openSqliteStore } from '../src/store/sqliteStore.js';
import { tempDir } from './helpers.js';

const sample = join(packageRoot(), 'examples', 'sample');

describe.skipIf(!poolAvailable())('ingest with analysis on worker threads', () => {
  it('stores the same articles with the same analysis as on one thread', async () => {
    const dir = tempDir();
    const one = openSqliteStore(join(dir, 'one.db'));
    const two = openSqliteStore(join(dir, 'two.db'));
    const engine = createDefaultEngine();
    const r1 = await ingestPaths(one, engine, [sample], { workers: 0 });
    const r2 = await ingestPaths(two, createDefaultEngine(), [sample], { workers: 2, batchSize: 4 });
    expect(r2.read).toBe(r1.read);
    expect(r2.new).toBe(r1.new);
    expect(r2.failed).toBe(0);
    const byKey = (s: typeof one): Map<string, { title?: string; entities: number; events: number; timexes: number }> =>
      new Map(
        [...s.iterateArticles()].map((a) => [
          `${a.raw.source}#${a.raw.member ?? ''}`,
          { ...(a.meta.title ? { title: a.meta.title.value } : {}), entities: a.annotations.entities?.mentions.length ?? -1, events: a.annotations.events?.events.length ?? -1, timexes: a.annotations.time?.timexes.length ?? -1 },
        ]),
      );
    const a = byKey(one);
    const b = byKey(two);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, v] of a) {
      const w = b.get(k);
      expect(w?.title, k).toBe(v.title);
      expect(w?.entities, k).toBeGreaterThan(0);
      expect(w?.events, k).toBeGreaterThanOrEqual(0);
    }
    // Articles stored in input order (ids follow the reading order).
    const order = (s: typeof one): string[] => [...s.iterateArticles()].map((x) => `${x.raw.source}#${x.raw.member ?? ''}`);
    expect(order(two)).toEqual(order(one));
    one.close();
    two.close();
  }, 120_000);
});
