import { TEMPLATE_STATE_KEY, type Engine } from '../engine/engine.js';
import type { Store } from '../store/store.js';
import { rehydrate } from './rehydrate.js';

/** The result of {@link reanalyzeStore}. */
export interface ReanalyzeReport {
  readonly articles: number;
  /** Articles whose clean text or metadata changed. */
  readonly changed: number;
  readonly ms: number;
}

/**
 * Re-run cleaning and analysis over every current article's stored raw input (decoded again from
 * the stored bytes), using the stored boilerplate template model, writing the new analysis back in batches of one transaction each.
 */
export function reanalyzeStore(
  store: Store,
  engine: Engine,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): ReanalyzeReport {
  const t0 = performance.now();
  engine.loadState(store.getState(TEMPLATE_STATE_KEY));
  const total = store.articleIds().length;
  const batchSize = options.batchSize ?? 500;
  let done = 0;
  let changed = 0;
  let batch: Parameters<Store['updateAnalysis']>[0][number][] = [];
  const flush = (): void => {
    if (batch.length) store.updateAnalysis(batch);
    batch = [];
    options.onProgress?.(done, total);
  };
  for (const stored of store.iterateArticles()) {
    const { raw, messages } = rehydrate(stored.raw);
    const a = engine.analyze(raw, messages);
    if (a.text !== stored.text || JSON.stringify(a.meta) !== JSON.stringify(stored.meta)) changed++;
    batch.push({ id: stored.id, analysis: { text: a.text, meta: a.meta, annotations: a.annotations, messages: a.messages } });
    done++;
    if (batch.length >= batchSize) flush();
  }
  flush();
  return { articles: done, changed, ms: performance.now() - t0 };
}
