import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/models/paths.js';

/** One measured benchmark result, printed as a table row and kept as JSON. */
export interface BenchResult {
  readonly suite: string;
  readonly stage: string;
  readonly items: number;
  readonly unit: string;
  readonly bytes: number;
  readonly ms: number;
  /** Peak resident set size of the process that ran it (MB). */
  readonly peakRssMb: number;
  /** CPU seconds (user + system) this process spent on it, when measured: on a shared machine the
   * wall time includes waiting for the CPU, CPU time does not. */
  readonly cpuS?: number;
  readonly notes?: string[];
}

/** A benchmark suite: runs in its own child process so peak RSS is its own. */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(options: BenchOptions): Promise<BenchResult[]>;
}

/** Options passed to every suite. */
export interface BenchOptions {
  /** Cap on articles read (0 = all). */
  readonly limit: number;
  /** Scratch directory for databases. */
  readonly tmp: string;
}

/** The SaudiNewsNet zip files, sorted, or an empty list when ../shared is missing. */
export function saudiNewsNetZips(): string[] {
  const dir = sharedPath('data', 'saudinewsnet');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f) => join(dir, f));
}

/** Peak RSS of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current RSS in MB. */
export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** Format a result row. */
export function formatRow(r: BenchResult): string {
  const s = r.ms / 1000;
  const perSec = s > 0 ? r.items / s : 0;
  const mbs = s > 0 ? r.bytes / 1024 / 1024 / s : 0;
  return [
    r.suite.padEnd(10),
    r.stage.padEnd(26),
    `${r.items.toLocaleString('en')} ${r.unit}`.padStart(18),
    `${s.toFixed(2)} s`.padStart(9),
    `${Math.round(perSec).toLocaleString('en')} ${r.unit}/s`.padStart(20),
    `${mbs.toFixed(1)} MB/s`.padStart(11),
    `${r.peakRssMb.toFixed(0)} MB`.padStart(8),
    r.cpuS !== undefined ? `CPU ${r.cpuS.toFixed(2)} s = ${Math.round(r.items / r.cpuS).toLocaleString('en')} ${r.unit}/CPU-s` : '',
  ].join('  ');
}

/** Measure wall and CPU time of a function. */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuS: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuS: (c.user + c.system) / 1e6 };
}
