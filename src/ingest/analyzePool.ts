import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';
import type { TemplateObservation } from '../engine/engine.js';
import { packageRoot } from '../models/paths.js';
import type { WorkerRequest } from './analyzeWorker.js';

/** What a worker returns for one record. */
export interface PooledAnalysis {
  readonly article: Article;
  readonly template: TemplateObservation;
}

interface Pending {
  raw: RawInput;
  resolve: (r: PooledAnalysis) => void;
  reject: (e: Error) => void;
}

/** The compiled worker script (next to this module when running from `dist`, else the build's copy). */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./analyzeWorker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = join(packageRoot(), 'dist', 'src', 'ingest', 'analyzeWorker.js');
  return existsSync(built) ? built : undefined;
}

/** True when worker threads can be used (the compiled worker script exists). */
export function poolAvailable(): boolean {
  return workerScript() !== undefined;
}

/**
 * A pool of worker threads running the default engine: analysis (the CPU-heavy part of ingest)
 * spreads over the cores while the caller reads, stores and learns. Each worker analyses with the
 * boilerplate template state last broadcast by {@link AnalyzePool.setTemplates}, so articles in
 * flight when the state changes use the previous state (the only difference from a sequential run).
 */
export class AnalyzePool {
  readonly #workers: Worker[] = [];
  readonly #pending = new Map<number, Pending>();
  #seq = 0;
  #next = 0;
  #failed: Error | undefined;

  constructor(size: number) {
    const script = workerScript();
    if (!script) throw new Error('the analysis worker is not built (npm run build)');
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (m: { seq: number; article?: Omit<Article, 'raw'>; template?: TemplateObservation; error?: string }) => {
        const p = this.#pending.get(m.seq);
        if (!p) return;
        this.#pending.delete(m.seq);
        if (m.error !== undefined || !m.article || !m.template) p.reject(new Error(m.error ?? 'worker returned nothing'));
        else p.resolve({ article: { ...m.article, raw: p.raw } as Article, template: m.template });
      });
      w.on('error', (e) => {
        this.#failed = e;
        for (const p of this.#pending.values()) p.reject(e);
        this.#pending.clear();
      });
      this.#workers.push(w);
    }
  }

  /** Number of workers. */
  get size(): number {
    return this.#workers.length;
  }

  /** Records sent and not yet answered. */
  get inFlight(): number {
    return this.#pending.size;
  }

  /** Broadcast the boilerplate template state (the engine's `saveState()`). */
  setTemplates(state: string): void {
    const m: WorkerRequest = { kind: 'templates', state };
    for (const w of this.#workers) w.postMessage(m);
  }

  /** Analyse one record on the next worker (round robin). */
  analyze(raw: RawInput, messages: readonly Message[]): Promise<PooledAnalysis> {
    if (this.#failed) return Promise.reject(this.#failed);
    const seq = this.#seq++;
    const w = this.#workers[this.#next++ % this.#workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.#pending.set(seq, { raw, resolve, reject });
      const m: WorkerRequest = { kind: 'analyze', seq, raw, messages };
      w.postMessage(m);
    });
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
