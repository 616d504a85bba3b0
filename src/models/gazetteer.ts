import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, strFromU8 } from 'fflate';
import { emptyGazetteer, parseGazetteer, type Gazetteer } from '../entities/gazetteer.js';
import { modelPath } from './paths.js';

/** File name of the shipped gazetteer in `models/` (built by `scripts/build-gazetteer.ts`). */
export const GAZETTEER_FILE = 'gazetteer.tsv.gz';

let cached: Gazetteer | undefined;

/** Load the shipped gazetteer once per process; an empty one when the file is missing. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const p = modelPath(GAZETTEER_FILE);
  cached = existsSync(p) ? parseGazetteer(strFromU8(gunzipSync(readFileSync(p)))) : emptyGazetteer();
  return cached;
}
