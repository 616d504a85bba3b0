import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, strFromU8 } from 'fflate';
import { modelPath } from './paths.js';

/** File name of the shipped NER context codes in `models/` (built by `scripts/build-ner-contexts.ts`). */
export const NER_CONTEXTS_FILE = 'ner-contexts.tsv.gz';

/** Parse `form<TAB>code` lines; lines without a tab are skipped. */
export function parseNerContexts(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const t = line.indexOf('\t');
    if (t > 0) m.set(line.slice(0, t), line.slice(t + 1));
  }
  return m;
}

let cached: ReadonlyMap<string, string> | undefined;

/** Load the shipped NER context codes once per process; undefined when the file is missing. */
export function loadNerContexts(): ReadonlyMap<string, string> | undefined {
  if (cached) return cached;
  const p = modelPath(NER_CONTEXTS_FILE);
  if (!existsSync(p)) return undefined;
  cached = parseNerContexts(strFromU8(gunzipSync(readFileSync(p))));
  return cached;
}
