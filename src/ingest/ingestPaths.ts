import { availableParallelism } from 'node:os';
import { TEMPLATE_STATE_KEY, type Engine, type TemplateObservation } from '../engine/engine.js';
import type { PreparedRecord, Store } from '../store/store.js';
import { AnalyzePool, poolAvailable, type PooledAnalysis } from './analyzePool.js';
import { planInputs } from './planInputs.js';
import { storeBatch } from './storeBatch.js';
import { readFile } from './readFile.js';
import type { IngestFailure, IngestOptions } from './types.js';

/** Progress of an ingest, reported after each batch. */
export interface IngestProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly records: number;
  readonly current?: string;
}

/** What happened to one input record. */
export interface IngestRecordOutcome {
  readonly source: string;
  readonly member?: string;
  readonly outcome: 'new' | 'duplicate' | 'version';
  readonly articleId: number;
  readonly supersedes?: number;
}

/** The summary of an ingest run. */
export interface IngestReport {
  readonly runId: number;
  readonly read: number;
  readonly new: number;
  readonly duplicate: number;
  readonly versions: number;
  readonly failed: number;
  readonly failures: readonly IngestFailure[];
  readonly outcomes: readonly IngestRecordOutcome[];
}

/** Options for {@link ingestPaths}. */
export interface IngestPathsOptions extends IngestOptions {
  /** Records per transaction (default 500; a file's end also ends a batch). */
  readonly batchSize?: number;
  /** Called after each batch. */
  readonly onProgress?: (p: IngestProgress) => void;
  /** Keep per-record outcomes in the report (default true; off for huge corpora). */
  readonly keepOutcomes?: boolean;
  /**
   * Analyse on this many worker threads running the default engine (default 0: on the calling
   * thread with the given engine). Only for the default engine: workers build their own. `auto`:
   * one per core (at most 4) when the input is over 4 MB, else none (starting a worker loads the
   * models, which small inputs do not repay).
   */
  readonly workers?: number | 'auto';
  /**
   * Called after each stored batch (one transaction), e.g. to feed the corpus step while the
   * workers analyse the next records.
   */
  readonly onStored?: () => void;
}

/**
 * Read the given paths (files, directories, globs), analyse each record with the engine and
 * store it, one transaction per batch. One bad file never aborts the batch: its problem is a
 * failure in the report (and in the store), and the other inputs are ingested. Idempotent: the
 * same content is stored once (later sightings are duplicates).
 */
export async function ingestPaths(
  store: Store,
  engine: Engine,
  args: readonly string[],
  options: IngestPathsOptions = {},
): Promise<IngestReport> {
  const runId = store.beginRun(args);
  const receivedAt = options.receivedAt ?? new Date().toISOString();
  const readOpts: IngestOptions = { ...options, receivedAt };
  const plan = await planInputs([...args], readOpts);
  const failures: IngestFailure[] = [...plan.failures];
  const outcomes: IngestRecordOutcome[] = [];
  const keep = options.keepOutcomes ?? true;
  const batchSize = options.batchSize ?? 500;
  const counts = { read: 0, new: 0, duplicate: 0, versions: 0, failed: plan.failures.length };
  const bytesTotal = plan.files.reduce((s, f) => s + f.size, 0);
  let bytesDone = 0;
  let filesDone = 0;
  store.recordFailures(runId, plan.failures);
  engine.loadState(store.getState(TEMPLATE_STATE_KEY));

  let batch: PreparedRecord[] = [];
  let observations: TemplateObservation[] = [];
  let learned = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    learned += storeBatch(store, engine, runId, batch, observations, counts, keep ? outcomes : undefined);
    batch = [];
    observations = [];
    options.onStored?.();
  };

  const workers = options.workers === 'auto' ? (bytesTotal > 4 * 1024 * 1024 ? Math.min(4, availableParallelism()) : 0) : (options.workers ?? 0);
  const pool = workers > 0 && poolAvailable() ? new AnalyzePool(workers) : undefined;
  if (pool) pool.setTemplates(engine.saveState());
  // With workers: records are analysed ahead (up to two batches in flight) and stored in order.
  let queue: { raw: PreparedRecord['raw']; source: string; member?: string; done: Promise<PooledAnalysis> }[] = [];
  const drain = async (keep: number): Promise<void> => {
    const fileFailures: IngestFailure[] = [];
    while (queue.length > keep) {
      const take = queue.slice(0, Math.min(batchSize, queue.length - keep));
      queue = queue.slice(take.length);
      const results = await Promise.allSettled(take.map((q) => q.done));
      results.forEach((r, i) => {
        const q = take[i] as (typeof take)[number];
        if (r.status === 'fulfilled') {
          batch.push({ raw: q.raw, article: r.value.article });
          observations.push(r.value.template);
        } else {
          fileFailures.push({ source: q.source, ...(q.member !== undefined ? { member: q.member } : {}), code: 'ANALYSIS_FAILED', text: `${q.source}${q.member ? `#${q.member}` : ''}: analysis failed: ${(r.reason as Error).message}` });
        }
      });
      const before = learned;
      flush();
      if (pool && learned > before) pool.setTemplates(engine.saveState());
    }
    if (fileFailures.length > 0) {
      counts.failed += fileFailures.length;
      failures.push(...fileFailures);
      store.recordFailures(runId, fileFailures);
    }
  };

  try {
    for (const file of plan.files) {
      const fileFailures: IngestFailure[] = [];
      try {
        for (const item of readFile(file, readOpts)) {
          if (item.type === 'failure') {
            fileFailures.push(item.failure);
            continue;
          }
          counts.read++;
          if (pool) {
            queue.push({ raw: item.raw, source: item.raw.source, ...(item.raw.member !== undefined ? { member: item.raw.member } : {}), done: pool.analyze(item.raw, item.messages) });
            if (queue.length >= 2 * batchSize) {
              await drain(batchSize);
              options.onProgress?.({ filesDone, filesTotal: plan.files.length, bytesDone, bytesTotal, records: counts.read, current: file.path });
            }
            continue;
          }
          const { article, template } = engine.analyzeFull(item.raw, item.messages);
          batch.push({ raw: item.raw, article });
          observations.push(template);
          if (batch.length >= batchSize) {
            flush();
            options.onProgress?.({ filesDone, filesTotal: plan.files.length, bytesDone, bytesTotal, records: counts.read, current: file.path });
          }
        }
      } catch (e) {
        // A reader bug must not abort the batch: record it against the file.
        fileFailures.push({ source: file.path, code: 'READ_FAILED', text: `${file.path}: ${(e as Error).message}` });
      }
      // Without workers a file's end also ends a transaction; with them, records keep flowing.
      if (!pool) flush();
      if (fileFailures.length > 0) {
        counts.failed += fileFailures.length;
        failures.push(...fileFailures);
        store.recordFailures(runId, fileFailures);
      }
      filesDone++;
      bytesDone += file.size;
      options.onProgress?.({ filesDone, filesTotal: plan.files.length, bytesDone, bytesTotal, records: counts.read, current: file.path });
    }
    await drain(0);
  } finally {
    await pool?.close();
  }
  if (learned > 0) store.setState(TEMPLATE_STATE_KEY, engine.saveState());
  store.finishRun(runId, counts);
  return { runId, ...counts, failures, outcomes };
}
