import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine.js';
import { SearchQueryError, type SearchQuery, type SearchResult } from '../search/types.js';
import type { KnowledgeBase } from '../store/knowledge.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { createApi, MAX_BODY_BYTES, type ApiDeps } from './createApi.js';
import { readPayload } from './ingestPayload.js';
import { OPENAPI } from './openapi.js';
import type { Resolver, Transport } from './safeFetch.js';
import { storeItems } from './storeItems.js';
import { testKnowledgeBase } from './testKnowledge.js';

const TOKEN = 'secret-token-for-tests';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function articleJson(i: number): string {
  return JSON.stringify({
    title: `عنوان الخبر رقم ${i}`,
    content: `وصل الوزير إلى بيونغ يانغ يوم الجمعة في زيارة رسمية رقم ${i}.\nوقال مسؤول إن المحادثات ستتناول التعاون.`,
    source: 'صحيفة تجريبية',
    url: `https://news.example/a/${i}`,
    date: `2024-03-0${i}`,
  });
}

/** Searches made by the app, for checking what it passed. */
const searches: SearchQuery[] = [];

function fakeSearch(q: SearchQuery): SearchResult {
  searches.push(q);
  if (q.q.trim().startsWith('-')) throw new SearchQueryError('ONLY_EXCLUSIONS', 'a query needs at least one word that is not excluded');
  return { total: 0, totalGroups: 0, hits: [], groups: [], expandedTerms: [], parsed: { groups: [], match: '', notes: [] }, tookMs: 0 };
}

function setup(extra: Partial<ApiDeps> = {}) {
  const store = openSqliteStore(':memory:');
  const engine = createEngine({ stages: [] });
  const body = new TextEncoder().encode(`[${[1, 2, 3].map(articleJson).join(',')}]`);
  storeItems(store, engine, readPayload(body, { source: 'seed.json', maxBytes: 1e6, receivedAt: '2024-03-05T00:00:00Z' }), ['test']);
  const webRoot = mkdtempSync(join(tmpdir(), 'marsad-web-'));
  dirs.push(webRoot);
  const ingested: number[][] = [];
  const errors: unknown[] = [];
  const app = createApi({
    store,
    kb: testKnowledgeBase(),
    search: fakeSearch,
    engine: () => Promise.resolve(engine),
    webRoot: join(webRoot, 'missing'),
    onIngested: (ids) => ingested.push(ids),
    logError: (e) => errors.push(e),
    ...extra,
  });
  return { app, store, ingested, errors, webRoot };
}

async function getJson(app: ReturnType<typeof setup>['app'], path: string): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await app.request(path);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

function errorOf(body: Record<string, unknown>): { code: string; message: string; field?: string } {
  return body['error'] as { code: string; message: string; field?: string };
}

describe('read routes', () => {
  const { app } = setup();

  it('lists articles with pagination and total', async () => {
    const all = await getJson(app, '/api/articles');
    expect(all.status).toBe(200);
    expect(all.body['total']).toBe(3);
    const page = await getJson(app, '/api/articles?limit=1&offset=1');
    const items = page.body['items'] as { id: number; title: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe((all.body['items'] as { id: number }[])[1]!.id);
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
  });

  it('returns an article with text, provenance, corpus info, and the raw input on request', async () => {
    const a = await getJson(app, '/api/articles/1');
    expect(a.status).toBe(200);
    expect(a.body['text']).toContain('بيونغ يانغ');
    expect((a.body['meta'] as Record<string, { from: string }>)['title']!.from).toMatch(/json/);
    expect(a.body['corpus']).toMatchObject({ storyId: 'st-1', duplicates: [2] });
    expect(a.body['raw']).toBeUndefined();
    const raw = await getJson(app, '/api/articles/1?raw=1');
    expect(raw.body['raw']).toContain('"title"');
    const three = await getJson(app, '/api/articles/3');
    expect(three.body['corpus']).toBeNull();
  });

  it('serves stories, storylines, entities, timeline, claims, disagreements and stats', async () => {
    const stories = await getJson(app, '/api/stories?storyline=sl-1');
    expect(stories.body).toMatchObject({ total: 2 });
    expect((await getJson(app, '/api/stories?entity=loc-1')).body['total']).toBe(1);
    expect((await getJson(app, '/api/stories/st-1')).body).toMatchObject({ id: 'st-1', timeline: [{ eventId: 'ev-1' }] });
    expect((await getJson(app, '/api/storylines')).body).toMatchObject({ total: 1 });
    expect((await getJson(app, '/api/storylines/sl-1')).body).toMatchObject({ id: 'sl-1', links: [{ from: 'st-1' }] });
    expect((await getJson(app, '/api/entities?type=per')).body).toMatchObject({ total: 1, items: [{ id: 'per-1' }] });
    expect((await getJson(app, `/api/entities?q=${encodeURIComponent('بيونغ')}`)).body).toMatchObject({ total: 1, items: [{ id: 'loc-1' }] });
    const ent = await getJson(app, '/api/entities/loc-1?mentions=1');
    expect(ent.body['mentions']).toHaveLength(1);
    expect((await getJson(app, '/api/timeline?storyline=sl-1')).body).toMatchObject({ total: 1 });
    expect((await getJson(app, '/api/timeline?story=st-2')).body).toMatchObject({ total: 0 });
    expect((await getJson(app, '/api/claims?article=1')).body).toMatchObject({ total: 1 });
    expect((await getJson(app, '/api/claims?article=2')).body).toMatchObject({ total: 0 });
    expect((await getJson(app, '/api/disagreements?story=st-1&kind=NUMBER')).body).toMatchObject({ total: 1 });
    expect((await getJson(app, '/api/disagreements?kind=date')).body).toMatchObject({ total: 0 });
    const stats = await getJson(app, '/api/stats');
    expect(stats.body).toMatchObject({ store: { currentArticles: 3 }, corpus: { stories: 2 } });
  });

  it('paginates knowledge lists', async () => {
    const p = await getJson(app, '/api/stories?limit=1&offset=1');
    expect(p.body).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ id: 'st-2' }] });
    const past = await getJson(app, '/api/stories?offset=50');
    expect(past.body).toMatchObject({ total: 2, items: [] });
  });

  it('passes search filters through, validated and normalised', async () => {
    searches.length = 0;
    const r = await getJson(app, `/api/search?q=${encodeURIComponent('وزير')}&from=2024-03&to=2024-03&publisher=x&entity=loc-1&story=st-1&eventType=visit&group=article&limit=5&offset=10`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ total: 0, limit: 5, offset: 10 });
    expect(searches[0]).toEqual({ q: 'وزير', from: '2024-03-01', to: '2024-03-31', publisher: 'x', entityId: 'loc-1', storyId: 'st-1', eventType: 'VISIT', group: 'article', limit: 5, offset: 10 });
    const filterOnly = await getJson(app, '/api/search?publisher=x');
    expect(filterOnly.status).toBe(200);
    expect(searches[1]!.q).toBe('');
  });
});

describe('bad input: 400/404 with a clear body, never a 500', () => {
  const { app, errors } = setup();
  const cases: [string, number, string, string][] = [
    ['/api/articles?limit=0', 400, 'INVALID_PARAMETER', 'limit'],
    ['/api/articles?limit=201', 400, 'INVALID_PARAMETER', 'limit'],
    ['/api/articles?limit=abc', 400, 'INVALID_PARAMETER', 'limit'],
    ['/api/articles?offset=-1', 400, 'INVALID_PARAMETER', 'offset'],
    ['/api/stories?offset=-20', 400, 'INVALID_PARAMETER', 'offset'],
    ['/api/stories?limit=1.5', 400, 'INVALID_PARAMETER', 'limit'],
    ['/api/stories?limit=99999999999999999999', 400, 'INVALID_PARAMETER', 'limit'],
    ['/api/stories?page=2', 400, 'UNKNOWN_PARAMETER', 'page'],
    ['/api/stories?limit=1&limit=2', 400, 'INVALID_PARAMETER', 'limit'],
    ['/api/search', 400, 'MISSING_PARAMETER', 'q'],
    ['/api/search?q=%20%20', 400, 'MISSING_PARAMETER', 'q'],
    ['/api/search?q=x&from=2024-02-30', 400, 'INVALID_PARAMETER', 'from'],
    ['/api/search?q=x&from=yesterday', 400, 'INVALID_PARAMETER', 'from'],
    ['/api/search?q=x&to=2024-13', 400, 'INVALID_PARAMETER', 'to'],
    ['/api/search?q=x&from=2024-05-01&to=2024-04-01', 400, 'INVALID_PARAMETER', 'to'],
    ['/api/search?q=x&eventType=PARTY', 400, 'INVALID_PARAMETER', 'eventType'],
    ['/api/search?q=x&group=publisher', 400, 'INVALID_PARAMETER', 'group'],
    ['/api/search?q=-x', 400, 'ONLY_EXCLUSIONS', 'q'],
    ['/api/search?q=a%00b', 400, 'INVALID_PARAMETER', 'q'],
    ['/api/entities?type=PERSON', 400, 'INVALID_PARAMETER', 'type'],
    ['/api/disagreements?kind=opinion', 400, 'INVALID_PARAMETER', 'kind'],
    ['/api/claims?article=-3', 400, 'INVALID_PARAMETER', 'article'],
    ['/api/timeline?story=st-1&entity=loc-1', 400, 'INVALID_PARAMETER', 'story'],
    ['/api/articles/abc', 400, 'INVALID_PARAMETER', 'id'],
    ['/api/articles/0', 400, 'INVALID_PARAMETER', 'id'],
    ['/api/articles/-1', 400, 'INVALID_PARAMETER', 'id'],
    ['/api/articles/1?raw=maybe', 400, 'INVALID_PARAMETER', 'raw'],
    ['/api/entities/loc-1?mentions=5000', 400, 'INVALID_PARAMETER', 'mentions'],
    ['/api/articles/999', 404, 'NOT_FOUND', 'id'],
    ['/api/stories/nope', 404, 'NOT_FOUND', 'id'],
    ['/api/storylines/nope', 404, 'NOT_FOUND', 'id'],
    ['/api/entities/nope', 404, 'NOT_FOUND', 'id'],
    [`/api/stories/${'x'.repeat(300)}`, 400, 'INVALID_PARAMETER', 'id'],
  ];
  for (const [path, status, code, field] of cases) {
    it(`${path.slice(0, 70)} → ${status} ${code}`, async () => {
      const r = await getJson(app, path);
      expect(r.status).toBe(status);
      const e = errorOf(r.body);
      expect(e.code).toBe(code);
      expect(e.field).toBe(field);
      expect(e.message.length).toBeGreaterThan(10);
      expect(r.text).not.toMatch(/\bat .*\.[jt]s:\d+/);
    });
  }

  it('refuses a 10 KB query with a message naming the limit', async () => {
    const r = await getJson(app, `/api/search?q=${encodeURIComponent('وزير '.repeat(2000))}`);
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({ code: 'TOO_LONG', field: 'q' });
    expect(errorOf(r.body).message).toMatch(/1000/);
  });

  it('passes FTS5 syntax characters to search as text (no 500)', async () => {
    for (const q of ['"', '"وزير', 'وزير*', 'NEAR(وزير الدفاع', 'a - b', '***', '(', 'col:val', '^x', 'OR AND NOT']) {
      const r = await app.request(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
    }
  });

  it('answers unknown API routes and methods with a JSON 404', async () => {
    const r = await getJson(app, '/api/nothing');
    expect(r.status).toBe(404);
    expect(errorOf(r.body).code).toBe('NOT_FOUND');
    const post = await app.request('/api/stories', { method: 'POST', body: '{}' });
    expect(post.status).toBe(404);
  });

  it('never answered 500 above', () => {
    expect(errors).toEqual([]);
  });
});

describe('unexpected errors', () => {
  it('become a 500 INTERNAL without the stack, and are logged', async () => {
    const broken: KnowledgeBase = {
      ...testKnowledgeBase(),
      getStory: () => {
        throw new Error('disk on fire');
      },
    };
    const { app, errors } = setup({ kb: broken });
    const r = await getJson(app, '/api/stories/st-1');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error: { code: 'INTERNAL', message: 'internal error (logged on the server)' } });
    expect(r.text).not.toContain('disk on fire');
    expect(errors).toHaveLength(1);
  });

  it('search without a search index is a 503', async () => {
    const store = openSqliteStore(':memory:');
    const app = createApi({ store, kb: testKnowledgeBase(), webRoot: '/nonexistent' });
    const r = await getJson(app, '/api/search?q=x');
    expect(r.status).toBe(503);
    expect(errorOf(r.body).code).toBe('SEARCH_UNAVAILABLE');
  });
});

describe('security headers', () => {
  const { app } = setup();
  it('are on API responses, errors and the UI', async () => {
    for (const path of ['/api/stats', '/api/stories/nope', '/', '/stories/x']) {
      const r = await app.request(path);
      expect(r.headers.get('content-security-policy'), path).toMatch(/default-src 'self'/);
      expect(r.headers.get('content-security-policy'), path).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

describe('POST /api/ingest', () => {
  const post = (app: ReturnType<typeof setup>['app'], body: string | Uint8Array, type: string, token: string | null = TOKEN, query = '') =>
    app.request(`/api/ingest${query}`, {
      method: 'POST',
      body: typeof body === 'string' ? body : new Uint8Array(body).buffer,
      headers: { 'content-type': type, ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('is off without a configured token', async () => {
    const { app, store } = setup();
    const r = await post(app, 'نص', 'text/plain');
    expect(r.status).toBe(403);
    const body = (await r.json()) as Record<string, unknown>;
    expect(errorOf(body).code).toBe('INGEST_DISABLED');
    expect(errorOf(body).message).toMatch(/MARSAD_API_TOKEN/);
    expect(store.stats().currentArticles).toBe(3);
  });

  it('refuses a missing or wrong token', async () => {
    const { app, store } = setup({ token: TOKEN });
    const none = await post(app, 'نص', 'text/plain', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
    const wrong = await post(app, 'نص', 'text/plain', 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(store.stats().currentArticles).toBe(3);
  });

  it('stores text, then reports the same text as a duplicate; calls the post-ingest hook with new ids', async () => {
    const { app, store, ingested } = setup({ token: TOKEN });
    const text = 'اجتماع في الرياض\n\nعقد الوزراء اجتماعا يوم الأحد لبحث خطة جديدة للنقل.';
    const r = await post(app, text, 'text/plain; charset=utf-8');
    expect(r.status).toBe(200);
    const rep = (await r.json()) as { new: number; outcomes: { articleId: number; source: string }[] };
    expect(rep.new).toBe(1);
    const id = rep.outcomes[0]!.articleId;
    expect(store.getArticle(id)!.text).toContain('الوزراء');
    expect(rep.outcomes[0]!.source).toMatch(/^api:[0-9a-f]{16}\.txt$/);
    expect(ingested).toEqual([[id]]);
    const again = (await (await post(app, text, 'text/plain')).json()) as { duplicate: number; new: number };
    expect(again).toMatchObject({ duplicate: 1, new: 0 });
    expect(ingested).toHaveLength(1);
  });

  it('stores a JSON array of articles and HTML', async () => {
    const { app, store } = setup({ token: TOKEN });
    const r = await post(app, `[${articleJson(7)},${articleJson(8)}]`, 'application/json');
    expect(((await r.json()) as { new: number }).new).toBe(2);
    const one = await post(app, articleJson(9), 'application/json');
    expect(((await one.json()) as { new: number }).new).toBe(1);
    const html = '<html><head><title>خبر</title></head><body><article><h1>خبر عن المطر</h1><p>هطلت أمطار غزيرة على المدينة يوم الإثنين وأغلقت بعض الطرق.</p></article></body></html>';
    const h = await post(app, html, 'text/html', TOKEN, '?source=page.html');
    const rep = (await h.json()) as { new: number; outcomes: { articleId: number; source: string }[] };
    expect(rep.new).toBe(1);
    expect(rep.outcomes[0]!.source).toBe('page.html');
    expect(store.getArticle(rep.outcomes[0]!.articleId)!.text).toContain('أمطار');
    expect(store.stats().currentArticles).toBe(7);
  });

  it('keeps answering reads while a large body is analysed', async () => {
    const engine = createEngine({ stages: [] });
    let analysed = 0;
    const analyzeFull = engine.analyzeFull.bind(engine);
    engine.analyzeFull = (raw, messages) => {
      analysed++;
      return analyzeFull(raw, messages);
    };
    const { app } = setup({ token: TOKEN, engine: () => Promise.resolve(engine) });
    const many = `[${Array.from({ length: 60 }, (_, i) => articleJson(100 + i)).join(',')}]`;
    const ingest = post(app, many, 'application/json');
    let seenDuring = -1;
    for (let i = 0; i < 1000 && analysed === 0; i++) await new Promise<void>((ok) => setImmediate(ok));
    const read = await app.request('/api/stats');
    seenDuring = analysed;
    expect(read.status).toBe(200);
    expect(((await (await ingest).json()) as { new: number }).new).toBe(60);
    expect(seenDuring).toBeGreaterThan(0);
    expect(seenDuring).toBeLessThan(60);
  });

  it('refuses an empty body, an unreadable body (422), and bodies above 5 MiB (413)', async () => {
    const { app } = setup({ token: TOKEN });
    expect((await post(app, '', 'text/plain')).status).toBe(400);
    const bin = await post(app, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'application/octet-stream');
    expect(bin.status).toBe(422);
    expect(errorOf((await bin.json()) as Record<string, unknown>).code).toBe('BINARY_FILE');
    const form = await post(app, '--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nنص\r\n--x--', 'multipart/form-data; boundary=x');
    expect(form.status).toBe(415);
    const big = await post(app, 'ا'.repeat(MAX_BODY_BYTES / 2 + 10), 'text/plain');
    expect(big.status).toBe(413);
    expect(errorOf((await big.json()) as Record<string, unknown>).code).toBe('BODY_TOO_LARGE');
  });

  describe('URL fetch (SSRF protection)', () => {
    const dns: Record<string, string[]> = {
      'news.example': ['93.184.216.34'],
      'sneaky.example': ['127.0.0.1'],
      'mixed.example': ['93.184.216.34', '10.0.0.7'],
      'v6local.example': ['::1'],
      'internal.example': ['192.168.1.20'],
    };
    const resolver: Resolver = (h) => {
      const a = dns[h];
      return a ? Promise.resolve(a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))) : Promise.reject(new Error('ENOTFOUND'));
    };
    const connects: string[] = [];
    const transport: Transport = ({ url, address }) => {
      connects.push(`${url.href} @ ${address.address}`);
      if (url.pathname === '/redirect') return Promise.resolve({ status: 302, location: 'http://internal.example/admin', body: new Uint8Array(0) });
      if (url.pathname === '/redirect-ip') return Promise.resolve({ status: 301, location: 'http://169.254.169.254/latest/meta-data', body: new Uint8Array(0) });
      const html = '<html><head><title>صفحة</title></head><body><article><h1>خبر عن القمح</h1><p>ارتفعت أسعار القمح في الأسواق المحلية هذا الأسبوع بنسبة كبيرة.</p></article></body></html>';
      return Promise.resolve({ status: 200, contentType: 'text/html; charset=utf-8', body: new TextEncoder().encode(html) });
    };
    const { app, store } = setup({ token: TOKEN, resolver, transport });
    const fetchUrl = async (url: string) => {
      const r = await post(app, JSON.stringify({ url }), 'application/json');
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };

    for (const url of [
      'http://127.0.0.1/',
      'http://127.1/',
      'http://2130706433/',
      'http://10.1.2.3/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
      'http://sneaky.example/',
      'http://mixed.example/',
      'http://v6local.example/',
    ]) {
      it(`refuses ${url}`, async () => {
        connects.length = 0;
        const r = await fetchUrl(url);
        expect(r.status).toBe(400);
        expect(errorOf(r.body)).toMatchObject({ code: 'ADDRESS_NOT_ALLOWED', field: 'url' });
        expect(connects).toEqual([]);
      });
    }

    it('refuses other schemes and credentials', async () => {
      expect(errorOf((await fetchUrl('file:///etc/passwd')).body).code).toBe('SCHEME_NOT_ALLOWED');
      expect(errorOf((await fetchUrl('ftp://news.example/x')).body).code).toBe('SCHEME_NOT_ALLOWED');
      expect(errorOf((await fetchUrl('http://user:pw@news.example/')).body).code).toBe('URL_INVALID');
      expect(errorOf((await fetchUrl('not a url')).body).code).toBe('URL_INVALID');
    });

    it('checks every redirect hop', async () => {
      connects.length = 0;
      const r = await fetchUrl('http://news.example/redirect');
      expect(r.status).toBe(400);
      expect(errorOf(r.body).code).toBe('ADDRESS_NOT_ALLOWED');
      expect(connects).toEqual(['http://news.example/redirect @ 93.184.216.34']);
      expect(errorOf((await fetchUrl('http://news.example/redirect-ip')).body).code).toBe('ADDRESS_NOT_ALLOWED');
    });

    it('reports DNS failures as 502', async () => {
      const r = await fetchUrl('http://unknown.example/');
      expect(r.status).toBe(502);
      expect(errorOf(r.body).code).toBe('DNS_FAILED');
    });

    it('fetches a public page, connecting to the checked address, and stores it under its URL', async () => {
      connects.length = 0;
      const r = await fetchUrl('https://news.example/world/wheat');
      expect(r.status).toBe(200);
      expect(connects).toEqual(['https://news.example/world/wheat @ 93.184.216.34']);
      const rep = r.body as { new: number; outcomes: { articleId: number; source: string }[] };
      expect(rep.new).toBe(1);
      expect(rep.outcomes[0]!.source).toBe('https://news.example/world/wheat');
      expect(store.getArticle(rep.outcomes[0]!.articleId)!.text).toContain('القمح');
    });

    it('allows private addresses only when told to', async () => {
      const allowed = setup({ token: TOKEN, resolver, transport, allowPrivateFetch: true });
      const r = await allowed.app.request('/api/ingest', {
        method: 'POST',
        body: JSON.stringify({ url: 'http://sneaky.example/page' }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      });
      expect(r.status).toBe(200);
    });
  });
});

describe('web UI', () => {
  it('explains how to build the UI when web/dist is missing', async () => {
    const { app } = setup();
    const r = await app.request('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    const html = await r.text();
    expect(html).toMatch(/not been built/);
    expect(html).toMatch(/vite build --config web\/vite.config.ts/);
  });

  it('serves files with their types, falls back to index.html for client routes, and stays inside the root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'marsad-dist-'));
    dirs.push(root);
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Marsad UI</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
    const { app } = setup({ webRoot: root });
    const index = await app.request('/');
    expect(await index.text()).toContain('Marsad UI');
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await app.request('/assets/app.css')).headers.get('content-type')).toMatch(/^text\/css/);
    const route = await app.request('/stories/st-1');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Marsad UI');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    const escape = await app.request('/..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).not.toContain('root:');
    expect((await app.request('/', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('OpenAPI document', () => {
  const { app } = setup();
  it('describes every registered API route and method', async () => {
    const doc = (await getJson(app, '/api/openapi.json')).body as unknown as typeof OPENAPI;
    expect(doc.openapi).toBe('3.1.0');
    const routes = app.routes.filter((r) => r.path.startsWith('/api/') && !r.path.includes('*'));
    expect(routes.length).toBe(15);
    for (const r of routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      const method = r.method.toLowerCase() as 'get' | 'post';
      expect(doc.paths[path]?.[method], `${r.method} ${r.path}`).toBeDefined();
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const hono = path.replace(/\{(\w+)\}/g, ':$1');
        expect(routes.some((r) => r.path === hono && r.method.toLowerCase() === method), `${method} ${path} documented but not routed`).toBe(true);
      }
    }
  });

  it('documents exactly the query parameters each GET route accepts', async () => {
    for (const [path, ops] of Object.entries(OPENAPI.paths)) {
      const op = ops.get;
      if (!op) continue;
      const url = path.replace('{id}', path.startsWith('/api/articles') ? '1' : 'x');
      const documented = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      // A documented parameter is never refused as unknown; an undocumented one always is.
      for (const name of documented) {
        const r = await getJson(app, `${url}?${name}=`);
        expect(errorOf(r.body)?.code, `${path} ${name}`).not.toBe('UNKNOWN_PARAMETER');
      }
      const r = await getJson(app, `${url}?undocumentedParam=1`);
      expect(errorOf(r.body).code, path).toBe('UNKNOWN_PARAMETER');
    }
  });
});

describe('filter ids', () => {
  it('an unknown story, storyline, entity or article in a filter is a 404 naming the parameter', async () => {
    const { app } = setup({});
    for (const [path, field] of [
      ['/api/timeline?story=nope', 'story'],
      ['/api/timeline?storyline=nope', 'storyline'],
      ['/api/timeline?entity=nope', 'entity'],
      ['/api/stories?entity=nope', 'entity'],
      ['/api/stories?storyline=nope', 'storyline'],
      ['/api/claims?story=nope', 'story'],
      ['/api/claims?article=999999', 'article'],
      ['/api/disagreements?story=nope', 'story'],
    ] as const) {
      const r = await getJson(app, path);
      expect(r.status, path).toBe(404);
      expect((r.body as { error: { field: string } }).error.field, path).toBe(field);
    }
    expect((await getJson(app, '/api/timeline?story=st-1')).status).toBe(200);
  });
});
