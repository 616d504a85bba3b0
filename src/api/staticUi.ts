import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Media types of the files a Vite build produces. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The page served at `/` when the web UI has not been built. */
export function notBuiltPage(webRoot: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Marsad: web UI not built</title></head>
<body>
<h1>Marsad</h1>
<p>The web UI has not been built: <code>${escapeHtml(webRoot)}/index.html</code> does not exist.</p>
<p>Build it with Vite from the repository root: <code>npx vite build --config web/vite.config.ts</code> (writes <code>web/dist</code>); then reload this page.</p>
<p>The JSON API works without it: see <a href="/api/openapi.json">/api/openapi.json</a>, e.g. <a href="/api/stats">/api/stats</a>.</p>
</body></html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function fileIfExists(path: string): Promise<Buffer | undefined> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return undefined;
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** A static response: status, headers, body. */
export interface StaticResponse {
  readonly status: 200 | 404 | 400;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array | string;
}

/**
 * Resolve a request path against the built web UI: the file when it exists (with its media type;
 * long-lived caching for Vite's hashed `assets/`), `index.html` for other paths without a file
 * extension (client-side routes), 404 for missing files, and a page explaining how to build the
 * UI when `index.html` is missing. Paths never leave `webRoot`.
 */
export async function staticUi(webRoot: string, urlPath: string): Promise<StaticResponse> {
  const root = resolve(webRoot);
  const index = await fileIfExists(resolve(root, 'index.html'));
  if (!index) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: notBuiltPage(webRoot) };
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'bad path encoding' };
  }
  if (decoded.includes('\0')) return { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'bad path' };
  const rel = decoded.replace(/^\/+/, '');
  const target = resolve(root, rel);
  const inside = target === root || target.startsWith(root + sep);
  if (inside && rel !== '' && target !== root) {
    const body = await fileIfExists(target);
    if (body) {
      const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      const immutable = rel.startsWith('assets/');
      return { status: 200, headers: { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' }, body };
    }
  }
  if (extname(rel) !== '' && extname(rel) !== '.html') {
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `not found: ${urlPath.slice(0, 200)}` };
  }
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }, body: index };
}
