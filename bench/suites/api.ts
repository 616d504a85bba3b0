import type { BenchSuite } from '../harness.js';

/** HTTP API under loopback load (being written). */
export const apiSuite: BenchSuite = {
  name: 'api',
  description: 'HTTP API: requests/s and p99 latency of /api/search and /api/stories/:id (autocannon, loopback)',
  run() {
    return Promise.resolve([]);
  },
};
