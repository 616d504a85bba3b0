import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, strFromU8 } from 'fflate';
import type { WordClusters } from '../entities/nerFeatures.js';
import { modelPath } from './paths.js';

/** File name of the shipped word clusters in `models/` (built by `scripts/build-clusters.ts`). */
export const CLUSTERS_FILE = 'clusters.tsv.gz';

/** Parse `form<TAB>coarse<TAB>mid<TAB>fine` lines; bad lines are skipped. */
export function parseClusters(text: string): WordClusters {
  const m = new Map<string, readonly [number, number, number]>();
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length !== 4) continue;
    m.set(f[0] as string, [Number(f[1]), Number(f[2]), Number(f[3])]);
  }
  return m;
}

let cached: WordClusters | undefined;

/** Load the shipped word clusters once per process; empty when the file is missing. */
export function loadClusters(): WordClusters {
  if (cached) return cached;
  const p = modelPath(CLUSTERS_FILE);
  cached = existsSync(p) ? parseClusters(strFromU8(gunzipSync(readFileSync(p)))) : new Map();
  return cached;
}
