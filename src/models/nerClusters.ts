import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, strFromU8 } from 'fflate';
import type { WordClusters } from '../entities/nerFeatures.js';
import { modelPath } from './paths.js';

/** File name of the shipped word clusters in `models/` (built by `scripts/build-clusters.ts`). */
export const CLUSTERS_FILE = 'clusters.tsv.gz';

/** Parse `form<TAB>coarse<TAB>mid<TAB>fine` lines; bad lines are skipped. */
export function parseClusters(text: string): WordClusters {
  const m = new Map<string, readonly [number, number, number]>();
  let p = 0;
  while (p < text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const t1 = text.indexOf('\t', p);
    const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
    const t3 = t2 < 0 ? -1 : text.indexOf('\t', t2 + 1);
    if (t3 > 0 && t3 < e) {
      const a = parseInt(text.slice(t1 + 1, t2), 10);
      const b = parseInt(text.slice(t2 + 1, t3), 10);
      const c = parseInt(text.slice(t3 + 1, e), 10);
      if (a >= 0 && b >= 0 && c >= 0) m.set(text.slice(p, t1), [a, b, c]);
    }
    p = e + 1;
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
