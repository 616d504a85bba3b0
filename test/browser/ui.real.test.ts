import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/createApi.js';
import { defaultArabicResources } from '../../src/engine/defaultEngine.js';
import { search } from '../../src/search/search.js';
import type { SearchResult } from '../../src/search/types.js';
import type { DisagreementRecord, EntityDetail, EntitySummary, Paged, StorylineSummary, StorySummary } from '../../src/store/knowledge.js';
import { SqliteKnowledge } from '../../src/store/sqliteKnowledge.js';
import { openSqliteStore } from '../../src/store/sqliteStore.js';
import type { SqliteStore } from '../../src/store/sqliteStore.js';
import type { ArticleSummary } from '../../src/store/store.js';
import { cli, tempDir } from '../helpers.js';
import { buildWeb, HAS_CHROMIUM, launchBrowser, openPage, pwned, REPO, screenshot, waitForCount } from './harness.js';
import type { Browser } from './harness.js';

/**
 * The web UI in Chromium against the real API (`createApi` from src/api, as `marsad serve` runs
 * it) over a temporary database: the sample corpus (`examples/sample`) ingested and indexed with
 * the CLI, plus one hostile text file written here. Expected values are read from the API, not
 * hard-coded: the test checks that the UI shows what the API says.
 */

const SAMPLE = join(REPO, 'examples', 'sample');
/** Markup in an article's text that must be shown, never run. */
const HOSTILE_LINE = 'تجربة أمان <script>window.__pwned = 1</script> ثم <img src=x onerror="window.__pwned = 2"> في النص';

describe.skipIf(!HAS_CHROMIUM || !existsSync(SAMPLE))('web UI in Chromium (real API over the sample corpus)', () => {
  let dir = '';
  let outDir = '';
  let store: SqliteStore | undefined;
  let server: ServerType | undefined;
  let base = '';
  let browser: Browser | undefined;
  let request: (path: string) => Promise<unknown>;

  beforeAll(async () => {
    dir = tempDir('marsad-ui-');
    const db = join(dir, 'sample.db');
    const hostile = join(dir, 'hostile');
    mkdirSync(hostile);
    writeFileSync(join(hostile, 'hostile.txt'), `خبر تجريبي عن أمان الواجهة\n\n${HOSTILE_LINE}.\n\nوأضاف المحرر أن النص كتب لاختبار العرض فقط ولا علاقة له بأي خبر حقيقي.`);
    const ingest = await cli(['ingest', SAMPLE, hostile, '--db', db], dir);
    expect(ingest.code, ingest.stderr).toBe(0);
    const reindex = await cli(['reindex', '--db', db], dir);
    expect(reindex.code, reindex.stderr).toBe(0);
    outDir = await buildWeb();
    const s = openSqliteStore(db);
    store = s;
    const res = defaultArabicResources();
    const app = createApi({ store: s, kb: new SqliteKnowledge(s.db), search: (q) => search(s.db, q, res), webRoot: outDir });
    request = async (path) => (await app.request(path)).json();
    base = await new Promise<string>((ok) => {
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => ok(`http://127.0.0.1:${info.port}`));
    });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    store?.close();
    for (const d of [dir, outDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  const open = (route: string) => openPage(browser!.ctx, base, route);

  it('home lists the stories and storylines the API has', async () => {
    const stories = (await request('/api/stories?limit=30')) as Paged<StorySummary>;
    const lines = (await request('/api/storylines')) as Paged<StorylineSummary>;
    expect(stories.items.length).toBeGreaterThan(0);
    const { page, problems } = await open('');
    await page.locator('[data-story-id]').first().waitFor();
    expect(await page.locator('[data-story-id]').count()).toBe(stories.items.length);
    for (const l of lines.items) await page.locator(`[data-storyline-id="${l.id}"]`).waitFor();
    await screenshot(page, 'real-home');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a search for one spelling shows articles with the other spellings highlighted', async () => {
    const q = 'جوروديتسكي';
    const api = (await request(`/api/search?q=${encodeURIComponent(q)}&group=article`)) as SearchResult;
    expect(api.total).toBeGreaterThan(1);
    const { page, problems } = await open(`#/search?q=${encodeURIComponent(q)}&group=article`);
    await page.locator('[data-testid="hit"]').first().waitFor();
    expect(await page.locator('[data-testid="hit"]').count()).toBe(Math.min(api.hits.length, 20));
    const marks = await page.locator('[data-testid="hit"] .snippet mark').allTextContents();
    // At least one highlighted word is spelled differently from the query (a variant the index expanded to).
    expect(marks.some((m) => !m.includes(q))).toBe(true);
    await screenshot(page, 'real-search');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the publisher facet narrows the results to what the API returns for it', async () => {
    const q = 'الجفاف';
    const all = (await request(`/api/search?q=${encodeURIComponent(q)}&group=article`)) as SearchResult;
    const publisher = all.hits.find((h) => h.publisher)?.publisher;
    expect(publisher).toBeTruthy();
    const only = (await request(`/api/search?q=${encodeURIComponent(q)}&group=article&publisher=${encodeURIComponent(publisher!)}`)) as SearchResult;
    expect(only.total).toBeLessThan(all.total);
    const { page, problems } = await open(`#/search?q=${encodeURIComponent(q)}&group=article`);
    await page.locator('[data-testid="hit"]').first().waitFor();
    await page.selectOption('[data-testid="facet-publisher"]', publisher!);
    await waitForCount(page, '[data-testid="hit"]', Math.min(only.hits.length, 20));
    const ids = await page.locator('[data-testid="hit"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-article-id'))));
    expect(ids).toEqual(only.hits.slice(0, 20).map((h) => h.articleId));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a story page shows the number disagreement the API reports', async () => {
    const ds = (await request('/api/disagreements?kind=number')) as Paged<DisagreementRecord>;
    expect(ds.items.length).toBeGreaterThan(0);
    const d = ds.items[0]!;
    const { page, problems } = await open(`#/story/${encodeURIComponent(d.storyId)}`);
    const cards = page.locator('[data-testid="disagreement"][data-kind="number"]');
    await cards.first().waitFor();
    for (const item of d.items) expect(await cards.locator(`[data-value="${item.value}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="outlet"]').count()).toBeGreaterThan(1);
    await screenshot(page, 'real-story');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an entity page lists every alias the API has for it', async () => {
    const found = (await request(`/api/entities?q=${encodeURIComponent('غوروديتسكي')}`)) as Paged<EntitySummary>;
    expect(found.items.length).toBeGreaterThan(0);
    const e = (await request(`/api/entities/${encodeURIComponent(found.items[0]!.id)}`)) as EntityDetail;
    expect(e.aliases.length).toBeGreaterThan(1);
    const { page, problems } = await open(`#/entity/${encodeURIComponent(e.id)}`);
    const table = page.locator('[data-testid="aliases"]');
    await table.waitFor();
    const rows = await table.locator('tr').allTextContents();
    expect(rows.length).toBe(e.aliases.length);
    for (const a of e.aliases) expect(rows.some((r) => r.includes(a.text) && r.includes(String(a.count)))).toBe(true);
    await screenshot(page, 'real-entity');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('markup in an ingested article is shown as text and never run', async () => {
    const list = (await request('/api/articles?limit=200')) as Paged<ArticleSummary>;
    const a = list.items.find((x) => x.source.endsWith('hostile.txt'));
    expect(a).toBeDefined();
    const detail = (await request(`/api/articles/${a!.id}`)) as { text: string };
    expect(detail.text).toContain('<script>');
    const { page, problems } = await open(`#/article/${a!.id}`);
    const text = page.locator('[data-testid="article-text"]');
    await text.waitFor();
    expect(await text.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await text.locator('script, img').count()).toBe(0);
    await page.click('[data-testid="raw-toggle"]');
    await page.locator('[data-testid="raw"] pre').waitFor();
    expect(await page.locator('[data-testid="raw"] pre').textContent()).toContain('<script>');
    expect(await pwned(page)).toEqual({ ran: true, marker: undefined });
    await screenshot(page, 'real-article-hostile');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('article, storyline, timeline and entities pages render', async () => {
    const lines = (await request('/api/storylines')) as Paged<StorylineSummary>;
    const stories = (await request('/api/stories?limit=1')) as Paged<StorySummary>;
    const story = (await request(`/api/stories/${encodeURIComponent(stories.items[0]!.id)}`)) as { articles: { id: number }[] };
    const articleId = story.articles[0]!.id;

    let { page, problems } = await open(`#/article/${articleId}`);
    await page.locator('[data-testid="article-text"] a[data-kind~="entity"]').first().waitFor();
    expect(await page.locator('[data-testid="article-text"] [data-kind~="date"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'real-article');
    expect(problems).toEqual([]);
    await page.close();

    if (lines.items.length > 0) {
      const id = lines.items[0]!.id;
      ({ page, problems } = await open(`#/storyline/${encodeURIComponent(id)}`));
      await page.locator('[data-story-id]').first().waitFor();
      await screenshot(page, 'real-storyline');
      await page.close();
      ({ page, problems } = await open(`#/timeline?storyline=${encodeURIComponent(id)}`));
      await page.locator('[data-testid="timeline-chart"] g.tl-item').first().waitFor();
      await screenshot(page, 'real-timeline');
      expect(problems).toEqual([]);
      await page.close();
    }

    ({ page, problems } = await open('#/entities'));
    await page.locator('table.entity-table tbody tr').first().waitFor();
    await screenshot(page, 'real-entities');
    expect(problems).toEqual([]);
    await page.close();
  });
});
