import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultEngine, defaultArabicResources, defaultCorpusResources } from '../engine/defaultEngine.js';
import { ingestPaths } from '../ingest/ingestPaths.js';
import { packageRoot } from '../models/paths.js';
import { reindexStore } from '../search/reindexStore.js';
import { search } from '../search/search.js';
import { SqliteKnowledge } from '../store/sqliteKnowledge.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { updateCorpus } from '../store/updateCorpus.js';
import { createApi } from './createApi.js';

/** The API over the real stack: the bundled sample ingested, corpus built, search indexed. */
describe('createApi over SqliteKnowledge and the search index (bundled sample)', () => {
  let app: ReturnType<typeof createApi>;
  const errors: unknown[] = [];

  beforeAll(async () => {
    const store = openSqliteStore(':memory:');
    await ingestPaths(store, createDefaultEngine(), [join(packageRoot(), 'examples', 'sample')]);
    updateCorpus(store, defaultCorpusResources());
    const res = defaultArabicResources();
    reindexStore(store, res);
    app = createApi({
      store,
      kb: new SqliteKnowledge(store.db),
      search: (q) => search(store.db, q, res),
      webRoot: '/nonexistent',
      logError: (e) => errors.push(e),
    });
  }, 120_000);

  const get = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const r = await app.request(path);
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const items = (b: Record<string, unknown>): Record<string, unknown>[] => b['items'] as Record<string, unknown>[];

  it('lists resolve to details: stories, storylines, entities, articles', async () => {
    const stories = await get('/api/stories?limit=200');
    expect(stories.status).toBe(200);
    expect(items(stories.body).length).toBeGreaterThan(0);
    const sid = items(stories.body)[0]!['id'] as string;
    const story = await get(`/api/stories/${encodeURIComponent(sid)}`);
    expect(story.body['id']).toBe(sid);
    const lines = await get('/api/storylines');
    for (const l of items(lines.body)) expect((await get(`/api/storylines/${encodeURIComponent(l['id'] as string)}`)).status).toBe(200);
    const ents = await get('/api/entities?type=LOC&limit=3');
    for (const e of items(ents.body)) {
      expect(e['type']).toBe('LOC');
      expect((await get(`/api/entities/${encodeURIComponent(e['id'] as string)}`)).status).toBe(200);
    }
    const arts = await get('/api/articles?limit=200');
    const withStory = [];
    for (const a of items(arts.body)) {
      const d = await get(`/api/articles/${a['id'] as number}`);
      expect(d.status).toBe(200);
      const corpus = d.body['corpus'] as { storyId: string | null } | null;
      if (corpus?.storyId) withStory.push(corpus.storyId);
    }
    expect(withStory.length).toBeGreaterThan(0);
    expect((await get(`/api/timeline?story=${encodeURIComponent(sid)}`)).status).toBe(200);
    expect((await get(`/api/claims?story=${encodeURIComponent(sid)}`)).status).toBe(200);
    expect((await get('/api/disagreements?kind=number')).status).toBe(200);
    const stats = await get('/api/stats');
    expect((stats.body['corpus'] as { stories: number }).stories).toBe(stories.body['total']);
  });

  it('searches, and hostile queries give 200 or a clear 400, never a 500', async () => {
    const r = await get(`/api/search?q=${encodeURIComponent('المياه')}&group=article`);
    expect(r.status).toBe(200);
    expect((r.body['hits'] as unknown[]).length).toBeGreaterThan(0);
    for (const q of ['"', '"المياه', 'المياه*', 'NEAR(المياه الري', 'NEAR("a" "b", 2)', '-', '- -', 'a -', '*', '"""', 'col:المياه', '^المياه', 'OR', 'AND NOT', '(((', "'; DROP TABLE articles; --", '\\', '{}', 'المياه'.repeat(150)]) {
      const res = await app.request(`/api/search?q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(res.status);
      const body = (await res.json()) as { error?: { code: string; message: string; field?: string } };
      if (res.status === 400) expect(body.error?.field, q).toBe('q');
    }
    const long = await get(`/api/search?q=${encodeURIComponent('م'.repeat(10_240))}`);
    expect(long.status).toBe(400);
    expect(errors).toEqual([]);
  });
});
