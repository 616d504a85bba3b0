/**
 * A stand-in for `marsad serve` in the browser test: serves a built web UI (SPA fallback, the
 * same CSP as the real API) and canned JSON for the API routes the pages call. The search route
 * does a small letter-folding match (ج/غ, ى/ي, أ/إ/آ/ا, ة/ه) over the stub articles so that a
 * spelling variant finds the other spelling, with highlight offsets computed from the text.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ARTICLE1_ANNOTATIONS, ARTICLES, ENTITY, STORIES, STORY_FULL, STORYLINE, TIMELINE } from './stubData.js';
import type { StubArticle } from './stubData.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml' };

/** A running stub server. */
export interface StubServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Fold letters that spellings of foreign names vary on, one character for one (offsets stay valid). */
function fold(s: string): string {
  return s.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ج/g, 'غ');
}

function search(q: string, group: string | null) {
  const words = q.split(/\s+/).filter(Boolean).map(fold);
  const hits = [];
  const expanded = new Set<string>();
  for (const a of ARTICLES.values()) {
    const folded = fold(a.text);
    const highlights: [number, number][] = [];
    let all = true;
    for (const w of words) {
      let from = 0;
      let found = false;
      for (;;) {
        const i = folded.indexOf(w, from);
        if (i < 0) break;
        found = true;
        highlights.push([i, i + w.length]);
        const original = a.text.slice(i, i + w.length);
        if (original !== q && !q.includes(original)) expanded.add(original);
        from = i + w.length;
      }
      all &&= found;
    }
    if (!all || words.length === 0) continue;
    hits.push({
      articleId: a.id,
      title: a.title,
      titleHighlights: [],
      publisher: a.publisher,
      published: a.published,
      url: null,
      score: highlights.length,
      storyId: a.corpus.storyId,
      snippet: { text: a.text, start: 0, highlights: highlights.sort((x, y) => x[0] - y[0]), cutStart: false, cutEnd: false },
    });
  }
  const base = { total: hits.length, totalGroups: hits.length, hits, expandedTerms: [...expanded], parsed: { groups: [], match: '', notes: [] }, tookMs: 0 };
  if (group === 'article') return base;
  const groups = new Map<string | null, typeof hits>();
  for (const h of hits) groups.set(h.storyId, [...(groups.get(h.storyId) ?? []), h]);
  return {
    ...base,
    totalGroups: groups.size,
    groups: [...groups.entries()].map(([storyId, arts]) => ({
      storyId,
      title: storyId ? STORY_FULL.title : (arts[0]?.title ?? ''),
      articles: arts,
      matchCount: arts.length,
      score: Math.max(...arts.map((x) => x.score)),
    })),
  };
}

function articleView(a: StubArticle, raw: boolean) {
  return {
    id: a.id,
    version: 1,
    current: true,
    createdAt: '2024-06-06T00:00:00Z',
    analyzedAt: '2024-06-06T00:00:00Z',
    source: `stub/${a.id}.html`,
    text: a.text,
    meta: {
      title: { value: a.title, from: 'html:h1', confidence: 0.9 },
      publisher: { value: a.publisher, from: 'json:source', confidence: 1 },
      ...(a.published ? { published: { value: a.published, from: 'jsonld:datePublished', confidence: 0.95 } } : {}),
    },
    annotations: a.id === 1 ? ARTICLE1_ANNOTATIONS : {},
    messages: a.published ? [] : [{ code: 'DATE_MISSING', severity: 'warning', text: 'no publication date' }],
    input: { kind: 'html', encoding: 'utf-8', sha256: '0'.repeat(64), bytes: a.raw.length, fields: { title: a.title } },
    sightings: [{ source: `stub/${a.id}.html`, outcome: 'new', at: '2024-06-06T00:00:00Z', runId: 1 }],
    corpus: a.corpus,
    ...(raw ? { raw: a.raw } : {}),
  };
}

function api(path: string, q: URLSearchParams): [number, unknown] {
  const notFound = (what: string, id: string): [number, unknown] => [404, { error: { code: 'NOT_FOUND', message: `no ${what} with id ${id}`, field: 'id' } }];
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [route, id] = parts;
  switch (route) {
    case 'stats':
      return [200, { store: { articles: 3, currentArticles: 3, bySource: [...ARTICLES.values()].map((a) => ({ publisher: a.publisher, articles: 1 })) }, corpus: { entities: 3, stories: 1, storylines: 1, duplicates: 0, events: 1, claims: 2, disagreements: 2 } }];
    case 'stories':
      if (!id) return [200, { ...STORIES, limit: 20, offset: 0 }];
      return id === STORY_FULL.id ? [200, STORY_FULL] : notFound('story', id);
    case 'storylines':
      if (!id) return [200, { total: 1, limit: 20, offset: 0, items: [{ id: STORYLINE.id, title: STORYLINE.title, storyCount: 1, dateRange: STORYLINE.dateRange }] }];
      return id === STORYLINE.id ? [200, STORYLINE] : notFound('storyline', id);
    case 'entities':
      if (!id) return [200, { total: 1, limit: 20, offset: 0, items: [ENTITY] }];
      return id === ENTITY.id ? [200, ENTITY] : notFound('entity', id);
    case 'timeline':
      return [200, { total: TIMELINE.length, limit: 200, offset: 0, items: TIMELINE }];
    case 'articles': {
      const a = id ? ARTICLES.get(Number(id)) : undefined;
      return a ? [200, articleView(a, q.get('raw') === '1')] : notFound('article', id ?? '');
    }
    case 'search': {
      const text = q.get('q') ?? '';
      if (!text.trim()) return [400, { error: { code: 'MISSING_PARAMETER', message: '"q" is required', field: 'q' } }];
      return [200, search(text, q.get('group'))];
    }
  }
  return [404, { error: { code: 'NOT_FOUND', message: `no route GET /api/${path}` } }];
}

async function serveStatic(root: string, path: string, res: ServerResponse): Promise<void> {
  const rel = decodeURIComponent(path).replace(/^\/+/, '');
  let file = resolve(root, rel);
  if (!file.startsWith(root + sep) || rel === '' || !(await stat(file).then((s) => s.isFile(), () => false))) {
    if (extname(rel) && extname(rel) !== '.html') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    file = join(root, 'index.html');
  }
  const body = await readFile(file);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP }).end(body);
}

/** Start the stub server on a free loopback port, serving the built UI in `webRoot`. */
export async function startStubServer(webRoot: string): Promise<StubServer> {
  const root = resolve(webRoot);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    if (url.pathname.startsWith('/api/')) {
      const [status, body] = api(url.pathname.slice(5), url.searchParams);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-security-policy': CSP }).end(JSON.stringify(body));
      return;
    }
    serveStatic(root, url.pathname, res).catch((e: unknown) => res.writeHead(500).end(String(e)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
