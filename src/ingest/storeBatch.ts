import type { Engine, TemplateObservation } from '../engine/engine.js';
import type { PreparedRecord, RunCounts, Store } from '../store/store.js';
import type { IngestRecordOutcome } from './ingestPaths.js';

/**
 * Store analysed records in one transaction of a run and account for them: counts by outcome,
 * the template learner taught by content seen for the first time only (duplicates would
 * double-count), and per-record outcomes appended to `outcomes` when given. Returns how many
 * records taught the learner. Shared by `ingestPaths` and the API's ingest.
 */
export function storeBatch(
  store: Store,
  engine: Engine,
  runId: number,
  batch: readonly PreparedRecord[],
  observations: readonly TemplateObservation[],
  counts: Pick<RunCounts, 'new' | 'duplicate' | 'versions'>,
  outcomes?: IngestRecordOutcome[],
): number {
  if (batch.length === 0) return 0;
  let learned = 0;
  store.ingestBatch(runId, batch).forEach((o, i) => {
    const raw = (batch[i] as PreparedRecord).raw;
    if (o.outcome === 'new') counts.new++;
    else if (o.outcome === 'duplicate') counts.duplicate++;
    else counts.versions++;
    if (o.outcome !== 'duplicate') {
      engine.learn(observations[i] as TemplateObservation);
      learned++;
    }
    outcomes?.push({
      source: raw.source,
      ...(raw.member !== undefined ? { member: raw.member } : {}),
      outcome: o.outcome,
      articleId: o.articleId,
      ...(o.outcome === 'version' ? { supersedes: o.supersedes } : {}),
    });
  });
  return learned;
}
