import { StoryClusterer, type StoryClustererOptions, type StoryDoc } from './storyClusterer.js';

/** One measured clustering run. */
export interface ClusteringBench {
  docs: number;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (user + system): less disturbed by other load than `ms`. */
  cpuMs: number;
  docsPerSecond: number;
  stories: number;
  /** Repair passes run (one per `repairEvery` docs, and one at the end). */
  repairs: number;
  merged: number;
  split: number;
  /** Peak RSS of the process at the end (MB). */
  peakRssMb: number;
}

/**
 * Cluster `docs` in order with a fresh {@link StoryClusterer}, repairing every `repairEvery`
 * docs, and report the time taken (the docs are prepared beforehand: only clustering is
 * timed) and the process's peak RSS. For `bench/`.
 */
export function benchClustering(docs: readonly StoryDoc[], options: StoryClustererOptions & { repairEvery?: number } = {}): ClusteringBench {
  const { repairEvery = 1000, ...opts } = options;
  const c = new StoryClusterer(opts);
  let repairs = 0;
  let merged = 0;
  let split = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  docs.forEach((d, i) => {
    c.add(d);
    if (repairEvery > 0 && (i + 1) % repairEvery === 0) {
      const r = c.repair();
      repairs++;
      merged += r.merged.length;
      split += r.split.length;
    }
  });
  const r = c.repair();
  repairs++;
  merged += r.merged.length;
  split += r.split.length;
  const ms = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  const cpuMs = (cu.user + cu.system) / 1000;
  return {
    docs: docs.length,
    ms,
    cpuMs,
    docsPerSecond: docs.length / (ms / 1000),
    stories: c.allStories().length,
    repairs,
    merged,
    split,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
