import { MarsadError } from '../core/errors.js';
import type { Command } from './context.js';

/** `marsad search QUERY` (being built). */
export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search of stored articles (Arabic-aware), grouped by story',
  usage: 'marsad search QUERY [--from D] [--to D] [--publisher P] [--entity ID] [--story ID] [--event-type T] [--flat] [--limit N] [--offset N] [--db PATH] [--json]',
  run() {
    return Promise.reject(new MarsadError('USAGE', 'search is not available yet'));
  },
};

/** `marsad reindex` (being built). */
export const reindexCommand: Command = {
  name: 'reindex',
  summary: 'rebuild the full-text search index from the stored articles',
  usage: 'marsad reindex [--db PATH] [--json]',
  run() {
    return Promise.reject(new MarsadError('USAGE', 'reindex is not available yet'));
  },
};
