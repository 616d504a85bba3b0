import { TEMPLATE_STATE_KEY, type Engine, type TemplateObservation } from '../engine/engine.js';
import type { IngestFailure, IngestItem } from '../ingest/types.js';
import type { IngestRecordOutcome, IngestReport } from '../ingest/ingestPaths.js';
import { storeBatch } from '../ingest/storeBatch.js';
import type { PreparedRecord, Store } from '../store/store.js';

/** What an API ingest did: the same report as `ingestPaths`. */
export type ApiIngestReport = IngestReport;

/** Analysed records and the read failures, ready for {@link storePrepared}. */
export interface PreparedItems {
  readonly records: PreparedRecord[];
  readonly observations: TemplateObservation[];
  readonly failures: IngestFailure[];
}

function prepareOne(engine: Engine, item: IngestItem, out: PreparedItems): void {
  if (item.type === 'failure') {
    out.failures.push(item.failure);
    return;
  }
  const { article, template } = engine.analyzeFull(item.raw, item.messages);
  out.records.push({ raw: item.raw, article });
  out.observations.push(template);
}

/**
 * Like the synchronous analysis in {@link storeItems}, but giving the event loop a turn after
 * every record, so that a server keeps answering reads while a large body is analysed.
 */
export async function prepareItemsAsync(store: Store, engine: Engine, items: readonly IngestItem[]): Promise<PreparedItems> {
  engine.loadState(store.getState(TEMPLATE_STATE_KEY));
  const out: PreparedItems = { records: [], observations: [], failures: [] };
  for (const item of items) {
    prepareOne(engine, item, out);
    await new Promise<void>((ok) => setImmediate(ok));
  }
  return out;
}

/**
 * Store analysed records in one run and one `store.ingestBatch` transaction; new content is
 * taught to the engine's template learner (state saved to the store), failures are recorded.
 */
export function storePrepared(store: Store, engine: Engine, prepared: PreparedItems, args: readonly string[]): ApiIngestReport {
  const runId = store.beginRun(args);
  const { records: batch, observations, failures } = prepared;
  const counts = { read: batch.length, new: 0, duplicate: 0, versions: 0, failed: failures.length };
  const outcomes: IngestRecordOutcome[] = [];
  const learned = storeBatch(store, engine, runId, batch, observations, counts, outcomes);
  store.recordFailures(runId, failures);
  if (learned > 0) store.setState(TEMPLATE_STATE_KEY, engine.saveState());
  store.finishRun(runId, counts);
  return { runId, ...counts, failures, outcomes };
}

/**
 * Analyse and store read items the way `marsad ingest` does (`ingestPaths`): one run, the
 * engine's template state loaded from and saved to the store, `engine.analyzeFull` per record,
 * one `store.ingestBatch` transaction, new content taught to the template learner, failures
 * recorded against the run.
 */
export function storeItems(store: Store, engine: Engine, items: readonly IngestItem[], args: readonly string[]): ApiIngestReport {
  engine.loadState(store.getState(TEMPLATE_STATE_KEY));
  const prepared: PreparedItems = { records: [], observations: [], failures: [] };
  for (const item of items) prepareOne(engine, item, prepared);
  return storePrepared(store, engine, prepared, args);
}
