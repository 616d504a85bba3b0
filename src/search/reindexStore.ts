import type { LanguageResources } from '../arabic/resources.js';
import type { SqliteStore } from '../store/sqliteStore.js';
import { clearSearchIndex, indexArticles, type IndexInput } from './indexArticles.js';

/** What {@link reindexStore} did. */
export interface ReindexReport {
  readonly articles: number;
  readonly ms: number;
}

/**
 * Rebuild the search index from the store's current articles (superseded versions are left out).
 * `onProgress` is called every 500 articles with the count so far.
 */
export function reindexStore(store: SqliteStore, res: LanguageResources, onProgress?: (done: number) => void): ReindexReport {
  const t0 = performance.now();
  clearSearchIndex(store.db);
  function* inputs(): Generator<IndexInput> {
    let n = 0;
    for (const a of store.iterateArticles()) {
      yield { id: a.id, article: a };
      n++;
      if (onProgress && n % 500 === 0) onProgress(n);
    }
  }
  const articles = indexArticles(store.db, inputs(), res);
  return { articles, ms: performance.now() - t0 };
}
