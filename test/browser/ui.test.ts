import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildWeb, HAS_CHROMIUM, CHROMIUM, launchBrowser, loadedArabicFaces, openPage, pwned, screenshot as shot, waitForTextChange } from './harness.js';
import type { Browser } from './harness.js';
import { startStubServer } from './stubServer.js';
import type { StubServer } from './stubServer.js';

/**
 * Browser tests of the web UI against a stub API: Vite builds `web/` into a temp folder, a stub
 * server (canned JSON, `stubServer.ts`) stands in for `marsad serve`, and Debian's Chromium
 * drives the pages through playwright-core. `ui.real.test.ts` runs the same kind of checks
 * against the real API over the sample corpus. Screenshots go to `test-artifacts/`. Waits are
 * Playwright's own (selectors and functions polled until true), never sleeps.
 */

if (!HAS_CHROMIUM) console.warn(`[browser tests] skipped: no Chromium at ${CHROMIUM} (install Debian's chromium or set MARSAD_CHROMIUM)`);

describe.skipIf(!HAS_CHROMIUM)('web UI in Chromium (stub API)', () => {
  let outDir = '';
  let server: StubServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    outDir = await buildWeb();
    server = await startStubServer(outDir);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const open = (route: string) => openPage(browser!.ctx, server!.url, route);

  it('home lists the latest stories and storylines, RTL, in the bundled Arabic font', async () => {
    const { page, problems } = await open('');
    const card = page.locator('[data-story-id="st-1"]');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toContain('افتتاح محطة التحلية في العقبة');
    expect(await card.textContent()).toContain('2024-06-02 – 2024-06-03');
    expect(await card.locator('a.chip').count()).toBe(2);
    await page.locator('[data-storyline-id="sl-1"]').waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('.app', 'dir')).toBe('rtl');
    expect(await loadedArabicFaces(page)).toBeGreaterThan(0);
    await shot(page, 'stub-home');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search for a spelling variant finds the other spelling, highlighted', async () => {
    const { page, problems } = await open('#/search');
    await page.locator('[data-state="empty"]').waitFor();
    await page.fill('[data-testid="search-input"]', 'جونزاليس');
    await page.press('[data-testid="search-input"]', 'Enter');
    await page.locator('[data-testid="hit"]').first().waitFor();
    expect(await page.locator('[data-testid="hit"]').count()).toBe(2);
    const marks = await page.locator('[data-testid="hit"] mark').allTextContents();
    expect(marks).toContain('غونزاليس');
    expect(marks).toContain('جونزاليس');
    expect(await page.locator('[data-testid="expanded"]').textContent()).toContain('غونزاليس');
    expect(await page.locator('[data-testid="hit-group"]').count()).toBe(1);
    await shot(page, 'stub-search');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a search with no match shows the empty state', async () => {
    const { page, problems } = await open(`#/search?q=${encodeURIComponent('زرافة')}`);
    const empty = page.locator('[data-testid="results"] [data-state="empty"]');
    await empty.waitFor();
    expect(await page.locator('[data-testid="total"]').textContent()).toContain('0');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('story page shows its disagreements, the disputed claims, outlets side by side and a cited summary', async () => {
    const { page, problems } = await open('#/story/st-1');
    await page.locator('[data-testid="disagreement"]').first().waitFor();
    const number = page.locator('[data-testid="disagreement"][data-kind="number"]');
    expect(await number.textContent()).toContain('40,000');
    expect(await number.textContent()).toContain('55,000');
    expect(await number.locator('[data-value="40000"]').count()).toBe(1);
    expect(await number.textContent()).toContain('صحيفة الساحل');
    expect(await page.locator('[data-testid="disagreement"][data-kind="date"]').count()).toBe(1);
    expect(await page.locator('table.claims tr[data-disputed="true"]').count()).toBe(2);
    expect(await page.locator('[data-testid="outlet"]').count()).toBe(2);
    const cite = await page.locator('[data-testid="summary"] a').first().getAttribute('href');
    expect(cite).toMatch(/^#\/article\/1\?start=0&end=\d+$/);
    expect(await page.locator('[data-testid="timeline-chart"] g.tl-item').count()).toBe(3);
    await shot(page, 'stub-story');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('entity page lists canonical and Latin names, aliases with counts, roles and the co-occurrence graph', async () => {
    const { page, problems } = await open('#/entity/e-gonzalez');
    const aliases = page.locator('[data-testid="aliases"]');
    await aliases.waitFor();
    const rows = await aliases.locator('tr').allTextContents();
    expect(rows.length).toBe(3);
    expect(rows.some((r) => r.includes('ماتيو جونزاليس') && r.includes('1'))).toBe(true);
    expect(rows.some((r) => r.includes('ماتيو غونزاليس'))).toBe(true);
    expect(await page.locator('[data-testid="latin-name"]').textContent()).toContain('Mateo Gonzalez');
    expect(await page.locator('[data-testid="roles"]').textContent()).toContain('وزير المياه');
    await page.locator('[data-testid="entity-graph"] canvas').first().waitFor();
    await shot(page, 'stub-entity');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('article text with <script> and onerror markup is shown as text and never run', async () => {
    const { page, problems } = await open('#/article/3');
    const text = page.locator('[data-testid="article-text"]');
    await text.waitFor();
    expect(await text.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await text.textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(await text.locator('script, img').count()).toBe(0);
    await page.click('[data-testid="raw-toggle"]');
    const raw = page.locator('[data-testid="raw"] pre');
    await raw.waitFor();
    expect(await raw.textContent()).toContain('<p>');
    expect(await page.locator('[data-testid="raw"] script, [data-testid="raw"] img').count()).toBe(0);
    expect(await pwned(page)).toEqual({ ran: true, marker: undefined });
    await shot(page, 'stub-article-hostile');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('article page highlights entities, dates, numbers, quotes, claims and events with their values', async () => {
    const { page, problems } = await open('#/article/1?start=0&end=6');
    const text = page.locator('[data-testid="article-text"]');
    await text.waitFor();
    const entity = text.locator('a[data-kind~="entity"]', { hasText: 'ماتيو غونزاليس' });
    await entity.first().waitFor();
    expect(await entity.first().getAttribute('href')).toBe('#/entity/e-gonzalez');
    expect(await text.locator('[data-kind~="date"]').first().getAttribute('title')).toContain('2024-06-02');
    expect(await text.locator('[data-kind~="number"]').first().getAttribute('title')).toMatch(/40,?000/);
    expect(await text.locator('[data-kind~="quote"]').count()).toBeGreaterThan(0);
    expect(await text.locator('[data-kind~="claim"]').count()).toBeGreaterThan(0);
    expect(await text.locator('a[data-kind~="event"]').first().getAttribute('href')).toBe('#/story/st-1?focus=event-ev-1');
    expect(await text.locator('.m-focus').count()).toBeGreaterThan(0);
    expect(await page.locator('table.meta').textContent()).toContain('jsonld:datePublished');
    await shot(page, 'stub-article');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('timeline draws days as points, a month as a bar, inferred dates dashed, and zooms', async () => {
    const { page, problems } = await open('#/timeline?storyline=sl-1');
    const chart = page.locator('[data-testid="timeline-chart"]');
    await chart.locator('g.tl-item').first().waitFor();
    expect(await chart.locator('g[data-shape="point"]').count()).toBe(2);
    expect(await chart.locator('g[data-shape="bar"][data-grain="month"]').count()).toBe(1);
    expect(await chart.locator('g[data-inferred="true"]').count()).toBe(1);
    const widthOf = () => chart.locator('g[data-shape="bar"] rect').evaluate((r) => Number(r.getAttribute('width')));
    const before = await widthOf();
    const view = await page.locator('[data-testid="timeline-view"]').textContent();
    await page.click('[data-testid="zoom-in"]');
    await waitForTextChange(page, '[data-testid="timeline-view"]', view);
    expect(await widthOf()).toBeGreaterThan(before);
    const zoomed = await page.locator('[data-testid="timeline-view"]').textContent();
    const box = await chart.locator('svg').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.wheel(0, 400);
    await waitForTextChange(page, '[data-testid="timeline-view"]', zoomed);
    await shot(page, 'stub-timeline');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the English toggle switches labels and the chrome direction, not the article text', async () => {
    const { page, problems } = await open('#/article/1');
    await page.locator('[data-testid="article-text"]').waitFor();
    await page.click('[data-testid="lang-toggle"]');
    await page.locator('.app[dir="ltr"][lang="en"]').waitFor();
    expect(await page.locator('nav.nav').textContent()).toContain('Home');
    expect(await page.getAttribute('[data-testid="article-text"]', 'dir')).toBe('rtl');
    expect(await page.getAttribute('[data-testid="article-text"]', 'lang')).toBe('ar');
    await shot(page, 'stub-article-en');
    await page.click('[data-testid="lang-toggle"]');
    await page.locator('.app[dir="rtl"][lang="ar"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an API error is shown with the API message', async () => {
    const { page, problems } = await open('#/story/nope');
    const err = page.locator('[data-state="error"]');
    await err.waitFor();
    expect(await err.textContent()).toContain('no story with id nope');
    expect(await err.textContent()).toContain('NOT_FOUND');
    expect(problems).toEqual([]);
    await page.close();
  });
});
