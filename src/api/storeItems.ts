import { TEMPLATE_STATE_KEY, type Engine, type TemplateObservation } from '../engine/engine.js';
import type { IngestFailure, IngestItem } from '../ingest/types.js';
import type { IngestRecordOutcome } from '../ingest/ingestPaths.js';
import type { PreparedRecord, Store } from '../store/store.js';

/** What an API ingest did. */
export interface ApiIngestReport {
  readonly runId: number;
  readonly read: number;
  readonly new: number;
  readonly duplicate: number;
  readonly versions: number;
  readonly failed: number;
  readonly failures: readonly IngestFailure[];
  readonly outcomes: readonly IngestRecordOutcome[];
}

/**
 * Analyse and store read items the way `marsad ingest` does (`ingestPaths`): one run, the
 * engine's template state loaded from and saved to the store, `engine.analyzeFull` per record,
 * one `store.ingestBatch` transaction, new content taught to the template learner, failures
 * recorded against the run.
 */
export function storeItems(store: Store, engine: Engine, items: readonly IngestItem[], args: readonly string[]): ApiIngestReport {
  const runId = store.beginRun(args);
  const failures: IngestFailure[] = [];
  const batch: PreparedRecord[] = [];
  const observations: TemplateObservation[] = [];
  engine.loadState(store.getState(TEMPLATE_STATE_KEY));
  for (const item of items) {
    if (item.type === 'failure') {
      failures.push(item.failure);
      continue;
    }
    const { article, template } = engine.analyzeFull(item.raw, item.messages);
    batch.push({ raw: item.raw, article });
    observations.push(template);
  }
  const counts = { read: batch.length, new: 0, duplicate: 0, versions: 0, failed: failures.length };
  const outcomes: IngestRecordOutcome[] = [];
  let learned = 0;
  const res = batch.length ? store.ingestBatch(runId, batch) : [];
  res.forEach((o, i) => {
    const raw = batch[i]!.raw;
    if (o.outcome === 'new') counts.new++;
    else if (o.outcome === 'duplicate') counts.duplicate++;
    else counts.versions++;
    if (o.outcome !== 'duplicate') {
      engine.learn(observations[i]!);
      learned++;
    }
    outcomes.push({
      source: raw.source,
      ...(raw.member !== undefined ? { member: raw.member } : {}),
      outcome: o.outcome,
      articleId: o.articleId,
      ...(o.outcome === 'version' ? { supersedes: o.supersedes } : {}),
    });
  });
  store.recordFailures(runId, failures);
  if (learned > 0) store.setState(TEMPLATE_STATE_KEY, engine.saveState());
  store.finishRun(runId, counts);
  return { runId, ...counts, failures, outcomes };
}
