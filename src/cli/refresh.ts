import { indexArticles, removeArticles } from '../search/indexArticles.js';
import { reindexStore } from '../search/reindexStore.js';
import type { SqliteStore } from '../store/sqliteStore.js';
import { CorpusUpdater, type CorpusUpdateReport, type UpdateCorpusOptions } from '../store/updateCorpus.js';
import type { CliContext } from './context.js';

/** What {@link refreshKnowledge} did. */
export interface RefreshReport {
  readonly corpus: CorpusUpdateReport;
  /** Articles (re)indexed for search. */
  readonly indexed: number;
}

/**
 * Bring the knowledge base up to date after new articles were stored: the corpus step
 * (duplicates, entities, stories, storylines), then the search index — for the given new article
 * ids (superseded versions leave the index), or rebuilt for every current article when `ids` is
 * `'all'` (after a re-analysis). Pass the `updater` that already received articles during the
 * ingest (see `CorpusUpdater.addPending`) to finish its work.
 */
export function refreshKnowledge(
  store: SqliteStore,
  ctx: Pick<CliContext, 'corpus'>,
  ids: readonly number[] | 'all',
  options: UpdateCorpusOptions = {},
  updater: CorpusUpdater = new CorpusUpdater(store, ctx.corpus(), options),
): RefreshReport {
  const res = ctx.corpus();
  const corpus = updater.finish();
  if (ids === 'all') return { corpus, indexed: reindexStore(store, res.arabic).articles };
  const articles = ids.map((id) => store.getArticle(id)).filter((a) => a !== undefined);
  const superseded = articles.map((a) => a.supersedes).filter((x) => x !== undefined);
  if (superseded.length > 0) removeArticles(store.db, superseded);
  const indexed = indexArticles(store.db, articles.map((a) => ({ id: a.id, article: a })), res.arabic);
  return { corpus, indexed };
}
