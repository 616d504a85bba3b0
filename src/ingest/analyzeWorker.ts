/**
 * Worker thread of {@link AnalyzePool}: builds the default engine once, then analyses the raw
 * records it is sent with the boilerplate template state it was last given. Replies in the order
 * of the requests.
 */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';
import { createDefaultEngine } from '../engine/defaultEngine.js';
import { TRANSIENT_ANNOTATIONS } from '../store/sqliteStore.js';

/** A message to the worker. */
export type WorkerRequest =
  | { readonly kind: 'templates'; readonly state: string }
  | { readonly kind: 'analyze'; readonly seq: number; readonly raw: RawInput; readonly messages: readonly Message[] };

const port = parentPort;
if (port) {
  const engine = createDefaultEngine();
  port.on('message', (m: WorkerRequest) => {
    if (m.kind === 'templates') {
      engine.loadState(m.state);
      return;
    }
    try {
      const { article, template } = engine.analyzeFull(m.raw, m.messages);
      const annotations: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(article.annotations)) if (!TRANSIENT_ANNOTATIONS.has(k)) annotations[k] = v;
      // The raw input stays with the caller; only the analysis travels back.
      port.postMessage({ seq: m.seq, article: { text: article.text, meta: article.meta, annotations, messages: article.messages }, template });
    } catch (e) {
      port.postMessage({ seq: m.seq, error: (e as Error).message });
    }
  });
}
