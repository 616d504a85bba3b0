import { useSyncExternalStore } from 'react';

/** The current client-side route: `#/story/S1?focus=x` → `{ parts: ['story', 'S1'], query }`. */
export interface Route {
  readonly parts: readonly string[];
  readonly query: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = (): string => window.location.hash;

/** Parse a location hash into a {@link Route}. */
export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { parts, query: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
}

/** The current route; re-renders on `hashchange`. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseHash(hash);
}

/** An in-app link target: `href('story', id)` → `#/story/<id>`, with optional query parameters. */
export function href(...parts: (string | number | Readonly<Record<string, string | number | undefined | null>>)[]): string {
  let query = '';
  const path: string[] = [];
  for (const p of parts) {
    if (typeof p === 'object') {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
      query = q.toString();
    } else {
      path.push(encodeURIComponent(String(p)));
    }
  }
  return `#/${path.join('/')}${query ? `?${query}` : ''}`;
}

/** Go to an in-app link target. */
export function navigate(target: string): void {
  window.location.hash = target.replace(/^#/, '');
}
