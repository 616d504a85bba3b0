import { createHash, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Engine } from '../engine/engine.js';
import { EVENT_TYPES } from '../events/types.js';
import { packageRoot } from '../models/paths.js';
import { isSearchQueryError, MAX_QUERY_LENGTH, type SearchQuery, type SearchResult } from '../search/types.js';
import type { KnowledgeBase, KnowledgeEntityType, TimelineScope } from '../store/knowledge.js';
import type { SqliteStore } from '../store/sqliteStore.js';
import { ApiError, badParam, notFound } from './apiError.js';
import { articleView } from './articleView.js';
import { readPayload } from './ingestPayload.js';
import { OPENAPI } from './openapi.js';
import { articleId, QueryReader, textId, type PageParams } from './queryReader.js';
import { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, FetchError, safeFetch, type Resolver, type Transport } from './safeFetch.js';
import { staticUi } from './staticUi.js';
import { prepareItemsAsync, storePrepared, type ApiIngestReport } from './storeItems.js';

/** Largest request body accepted (5 MiB); larger bodies get 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Content-Security-Policy of every response: same-origin only, no inline or eval'd script. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** What {@link createApi} needs. */
export interface ApiDeps {
  readonly store: SqliteStore;
  readonly kb: KnowledgeBase;
  /** Full-text search (`src/search/`); without it `/api/search` answers 503. */
  readonly search?: (q: SearchQuery) => SearchResult;
  /** The analysis engine for `POST /api/ingest` (built once, on first use). */
  readonly engine?: () => Promise<Engine>;
  /** Bearer token that `POST /api/ingest` requires; ingest is off (403) without one. */
  readonly token?: string;
  /** Let ingest fetch URLs on loopback, private and link-local addresses (default false). */
  readonly allowPrivateFetch?: boolean;
  /** The built web UI (default `<package root>/web/dist`). */
  readonly webRoot?: string;
  /** Called with the ids of new and new-version articles after each successful ingest (the corpus update). */
  readonly onIngested?: (ids: number[]) => void;
  /** Host name resolution for URL ingest (default `dns.lookup`; injected in tests). */
  readonly resolver?: Resolver;
  /** HTTP transport for URL ingest (default node:http(s); injected in tests). */
  readonly transport?: Transport;
  /** Size limit of a document fetched for URL ingest (default 5 MiB). */
  readonly fetchMaxBytes?: number;
  /** Time limit of a URL fetch, redirects included (default 10 s). */
  readonly fetchTimeoutMs?: number;
  /** Where unexpected errors are logged (default `console.error`); responses never carry them. */
  readonly logError?: (e: unknown) => void;
}

const ENTITY_TYPES: readonly KnowledgeEntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];
const DISAGREEMENT_KINDS = ['date', 'number', 'attribution'] as const;

/** A page of a list route. */
function paged<T>(page: PageParams, r: { readonly total: number; readonly items: readonly T[] }): { total: number; limit: number; offset: number; items: readonly T[] } {
  return { total: r.total, limit: page.limit, offset: page.offset, items: r.items };
}

function q(c: Context, allowed: readonly string[]): QueryReader {
  return new QueryReader(c.req.url, allowed);
}

const PAGE = ['limit', 'offset'] as const;

/** Fields of a search error, by code. */
function searchErrorField(code: string): string {
  if (code === 'INVALID_DATE') return 'from';
  if (code === 'INVALID_PAGE') return 'offset';
  return 'q';
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function isUrlRequest(contentType: string | undefined, bytes: Uint8Array): string | undefined {
  if (!/json/i.test(contentType ?? '') || bytes.byteLength > 10_000) return undefined;
  try {
    const v: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const url = (v as Record<string, unknown>)['url'];
      if (keys.length === 1 && keys[0] === 'url') {
        if (typeof url !== 'string') throw badParam('url', '"url" must be a string');
        return url;
      }
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
  }
  return undefined;
}

/**
 * The HTTP API of Marsad (Hono): read routes over the store and the knowledge base, search,
 * token-protected ingest (text, HTML, JSON, feeds, or a URL fetched with SSRF protection), an
 * OpenAPI 3.1 document, security headers, and the built web UI with SPA fallback. Every error is
 * JSON `{ error: { code, message, field } }`; no stack trace ever reaches a response.
 */
export function createApi(deps: ApiDeps): Hono {
  const { store, kb } = deps;
  const app = new Hono();
  const log = deps.logError ?? ((e: unknown) => console.error('marsad api:', e));
  const webRoot = deps.webRoot ?? resolve(packageRoot(), 'web', 'dist');
  let enginePromise: Promise<Engine> | undefined;
  let ingestQueue: Promise<unknown> = Promise.resolve();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(new ApiError(413, 'BODY_TOO_LARGE', `the request body is larger than the limit of ${MAX_BODY_BYTES} bytes (5 MiB)`).body(), 413),
    }),
  );

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.body(), err.status);
    if (isSearchQueryError(err)) {
      const status = err.code === 'NO_INDEX' ? 503 : 400;
      return c.json(new ApiError(status, err.code, err.message, searchErrorField(err.code)).body(), status);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'BODY_TOO_LARGE' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
      return c.json({ error: { code, message: err.message || `HTTP ${status}` } }, status);
    }
    log(err);
    return c.json({ error: { code: 'INTERNAL', message: 'internal error (logged on the server)' } }, 500);
  });

  // ---- search ----
  app.get('/api/search', (c) => {
    const r = q(c, ['q', 'from', 'to', 'publisher', 'entity', 'story', 'eventType', 'group', ...PAGE]);
    const text = r.string('q', MAX_QUERY_LENGTH);
    const from = r.date('from', 'start');
    const to = r.date('to', 'end');
    if (from !== undefined && to !== undefined && from > to) throw badParam('to', `"to" (${to}) is before "from" (${from})`);
    const publisher = r.string('publisher');
    const entity = r.string('entity');
    const story = r.string('story');
    const eventType = r.oneOf('eventType', EVENT_TYPES);
    const group = r.oneOf('group', ['story', 'article'] as const);
    const page = r.page();
    if (text === undefined && [from, to, publisher, entity, story, eventType].every((x) => x === undefined)) {
      throw badParam('q', '"q" is required (or at least one filter: from, to, publisher, entity, story, eventType)', 'MISSING_PARAMETER');
    }
    if (!deps.search) throw new ApiError(503, 'SEARCH_UNAVAILABLE', 'search is not available on this server (no search index)');
    const query: SearchQuery = {
      q: text ?? '',
      limit: page.limit,
      offset: page.offset,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(publisher !== undefined ? { publisher } : {}),
      ...(entity !== undefined ? { entityId: entity } : {}),
      ...(story !== undefined ? { storyId: story } : {}),
      ...(eventType !== undefined ? { eventType } : {}),
      ...(group !== undefined ? { group } : {}),
    };
    const result = deps.search(query);
    return c.json({ ...result, limit: page.limit, offset: page.offset });
  });

  // ---- articles ----
  app.get('/api/articles', (c) => {
    const r = q(c, [...PAGE, 'allVersions']);
    const page = r.page();
    const allVersions = r.flag('allVersions');
    const items = store.listArticles({ ...page, allVersions });
    const total = store.db.prepare(`SELECT count(*) FROM articles${allVersions ? '' : ' WHERE is_current = 1'}`).pluck().get() as number;
    return c.json(paged(page, { total, items }));
  });

  app.get('/api/articles/:id', (c) => {
    const r = q(c, ['raw']);
    const raw = r.flag('raw');
    const id = articleId(c.req.param('id'));
    const a = store.getArticle(id);
    if (!a) throw notFound('article', id);
    return c.json(articleView(a, store.sightings(id), kb.articleCorpus(id) ?? null, raw));
  });

  /** An id given as a filter must exist: an unknown one is a 404, not an empty list. */
  const known = (kind: 'story' | 'storyline' | 'entity', id: string | undefined): void => {
    if (id !== undefined && !kb.has(kind, id)) throw notFound(kind, id, kind);
  };

  // ---- stories, storylines ----
  app.get('/api/stories', (c) => {
    const r = q(c, [...PAGE, 'storyline', 'entity']);
    const page = r.page();
    const storylineId = r.string('storyline');
    const entityId = r.string('entity');
    known('storyline', storylineId);
    known('entity', entityId);
    return c.json(
      paged(page, kb.listStories({ ...page, ...(storylineId !== undefined ? { storylineId } : {}), ...(entityId !== undefined ? { entityId } : {}) })),
    );
  });

  app.get('/api/stories/:id', (c) => {
    q(c, []);
    const id = textId(c.req.param('id'));
    const s = kb.getStory(id);
    if (!s) throw notFound('story', id);
    return c.json(s);
  });

  app.get('/api/storylines', (c) => {
    const page = q(c, PAGE).page();
    return c.json(paged(page, kb.listStorylines(page)));
  });

  app.get('/api/storylines/:id', (c) => {
    q(c, []);
    const id = textId(c.req.param('id'));
    const s = kb.getStoryline(id);
    if (!s) throw notFound('storyline', id);
    return c.json(s);
  });

  // ---- entities ----
  app.get('/api/entities', (c) => {
    const r = q(c, [...PAGE, 'type', 'q']);
    const page = r.page();
    const type = r.oneOf('type', ENTITY_TYPES);
    const text = r.string('q');
    return c.json(paged(page, kb.listEntities({ ...page, ...(type !== undefined ? { type } : {}), ...(text !== undefined ? { q: text } : {}) })));
  });

  app.get('/api/entities/:id', (c) => {
    const r = q(c, ['mentions']);
    const mentionLimit = r.int('mentions', 0, 1000, 100);
    const id = textId(c.req.param('id'));
    const e = kb.getEntity(id, { mentionLimit });
    if (!e) throw notFound('entity', id);
    return c.json(e);
  });

  // ---- timeline, claims, disagreements ----
  app.get('/api/timeline', (c) => {
    const r = q(c, [...PAGE, 'story', 'storyline', 'entity']);
    const page = r.page();
    const story = r.string('story');
    const storyline = r.string('storyline');
    const entity = r.string('entity');
    const given = [story, storyline, entity].filter((x) => x !== undefined).length;
    if (given > 1) throw badParam('story', 'give at most one of "story", "storyline", "entity"');
    known('story', story);
    known('storyline', storyline);
    known('entity', entity);
    const scope: TimelineScope =
      story !== undefined ? { storyId: story } : storyline !== undefined ? { storylineId: storyline } : entity !== undefined ? { entityId: entity } : {};
    return c.json(paged(page, kb.timeline(scope, page)));
  });

  app.get('/api/claims', (c) => {
    const r = q(c, [...PAGE, 'story', 'article']);
    const page = r.page();
    const storyId = r.string('story');
    const art = r.int('article', 1, Number.MAX_SAFE_INTEGER);
    known('story', storyId);
    if (art !== undefined && !kb.articleCorpus(art)) throw notFound('article', art, 'article');
    return c.json(paged(page, kb.listClaims({ ...page, ...(storyId !== undefined ? { storyId } : {}), ...(art !== undefined ? { articleId: art } : {}) })));
  });

  app.get('/api/disagreements', (c) => {
    const r = q(c, [...PAGE, 'story', 'kind']);
    const page = r.page();
    const storyId = r.string('story');
    const kind = r.oneOf('kind', DISAGREEMENT_KINDS);
    known('story', storyId);
    return c.json(paged(page, kb.listDisagreements({ ...page, ...(storyId !== undefined ? { storyId } : {}), ...(kind !== undefined ? { kind } : {}) })));
  });

  app.get('/api/stats', (c) => {
    q(c, []);
    return c.json({ store: store.stats(), corpus: kb.corpusStats() });
  });

  app.get('/api/openapi.json', (c) => {
    q(c, []);
    return c.json(OPENAPI);
  });

  // ---- ingest ----
  app.post('/api/ingest', async (c) => {
    if (!deps.token) {
      throw new ApiError(403, 'INGEST_DISABLED', 'ingest over HTTP is off: start the server with --token TOKEN (or set MARSAD_API_TOKEN) to enable it');
    }
    const auth = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!m || !sameToken(m[1]!, deps.token)) {
      c.header('WWW-Authenticate', 'Bearer realm="marsad"');
      throw new ApiError(401, 'UNAUTHORIZED', m ? 'the bearer token is wrong' : 'ingest needs an "Authorization: Bearer <token>" header', 'authorization');
    }
    const r = q(c, ['source']);
    const source = r.string('source');
    if (!deps.engine) throw new ApiError(503, 'INGEST_UNAVAILABLE', 'this server has no analysis engine configured');
    const contentType = c.req.header('content-type');
    if (/^\s*(multipart\/|application\/x-www-form-urlencoded)/i.test(contentType ?? '')) {
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the document itself as the request body (text, HTML, JSON, a feed), not a form', 'content-type');
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new ApiError(400, 'EMPTY_BODY', 'the request body is empty: send text, HTML, JSON, a feed, or {"url": "..."}', 'body');
    const receivedAt = new Date().toISOString();
    const url = isUrlRequest(contentType, bytes);
    let items;
    let args: string[];
    if (url !== undefined) {
      let doc;
      try {
        doc = await safeFetch(url, {
          allowPrivate: deps.allowPrivateFetch ?? false,
          maxBytes: deps.fetchMaxBytes ?? DEFAULT_FETCH_MAX_BYTES,
          timeoutMs: deps.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
          ...(deps.resolver ? { resolver: deps.resolver } : {}),
          ...(deps.transport ? { transport: deps.transport } : {}),
        });
      } catch (e) {
        if (e instanceof FetchError) throw new ApiError(e.refused ? 400 : 502, e.code, e.message, 'url');
        throw e;
      }
      items = readPayload(doc.bytes, {
        source: source ?? doc.url,
        url: doc.url,
        ...(doc.contentType !== undefined ? { contentType: doc.contentType } : {}),
        maxBytes: deps.fetchMaxBytes ?? DEFAULT_FETCH_MAX_BYTES,
        receivedAt,
      });
      args = ['api', doc.url];
    } else {
      items = readPayload(bytes, { ...(source !== undefined ? { source } : {}), ...(contentType !== undefined ? { contentType } : {}), maxBytes: MAX_BODY_BYTES, receivedAt });
      args = ['api', source ?? '(body)'];
    }
    enginePromise ??= deps.engine().catch((e: unknown) => {
      enginePromise = undefined;
      throw e;
    });
    const engine = await enginePromise;
    const run = ingestQueue.then(async () => storePrepared(store, engine, await prepareItemsAsync(store, engine, items), args));
    ingestQueue = run.catch(() => undefined);
    const report: ApiIngestReport = await run;
    const ids = report.outcomes.filter((o) => o.outcome !== 'duplicate').map((o) => o.articleId);
    if (ids.length > 0 && deps.onIngested) {
      try {
        deps.onIngested(ids);
      } catch (e) {
        log(e);
      }
    }
    if (report.read === 0) {
      const first = report.failures[0];
      return c.json(
        {
          error: { code: first?.code ?? 'NO_RECORDS', message: first ? `nothing could be read: ${first.text}` : 'no article found in the body', field: 'body' },
          report,
        },
        422,
      );
    }
    return c.json(report);
  });

  // ---- unknown API routes, web UI ----
  app.all('/api/*', (c) => {
    throw new ApiError(404, 'NOT_FOUND', `no route ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 200)} (see /api/openapi.json)`);
  });

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const res = await staticUi(webRoot, new URL(c.req.url).pathname);
    if (c.req.method === 'HEAD') return c.body(null, res.status, res.headers);
    const body = typeof res.body === 'string' ? res.body : new Uint8Array(res.body).buffer;
    return c.body(body, res.status, res.headers);
  });

  return app;
}
