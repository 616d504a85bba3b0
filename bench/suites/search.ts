import type { BenchSuite } from '../harness.js';

/** Full-text search: index build speed, query latency, retrieval quality vs PostgreSQL (being built). */
export const searchSuite: BenchSuite = {
  name: 'search',
  description: 'search index of SaudiNewsNet: index docs/s, query p50/p95, P@10/R@100 vs PostgreSQL arabic',
  run() {
    return Promise.resolve([]);
  },
};
