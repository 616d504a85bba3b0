/**
 * Build `models/gazetteer.tsv.gz` for NER features and entity resolution:
 *
 * - `../shared/data/anergazet/{pers,loc,org}.txt` (ANERGazet): one name per line; lines between
 *   two `====` separators form a variant group (spellings of one name); `****` separates blocks.
 * - the hand-written country list in `src/entities/countries.ts`: countries, capitals (LOC, with
 *   English names, variant groups) and nisba adjectives (NISBA rows → country);
 * - the Arabic country names of the npm package `i18n-iso-countries` (`langs/ar.json`, MIT) with
 *   their English names (`langs/en.json`): LOC rows for the countries the hand-written list lacks;
 * - `../shared/data/translit/wikidata-en-ar-names.tsv` (Wikidata, CC0): Arabic spellings of
 *   personal-name tokens with their English form (PTOK rows), those seen at least twice.
 *
 * Run: `npx tsx scripts/build-gazetteer.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync, strToU8 } from 'fflate';
import { COUNTRIES } from '../src/entities/countries.js';
import { gazKey, serializeGazetteer, type GazetteerRow } from '../src/entities/gazetteer.js';
import { modelPath, sharedPath } from '../src/models/paths.js';

const rows: GazetteerRow[] = [];
let group = 0;
const seen = new Set<string>();
const push = (r: GazetteerRow): void => {
  const k = `${r.kind}\t${gazKey(r.name)}`;
  if (seen.has(k) && r.group === 0 && r.latin === '') return;
  seen.add(k);
  rows.push(r);
};

for (const c of COUNTRIES) {
  const g = ++group;
  for (const a of c.ar) push({ kind: 'LOC', name: a, latin: c.latin, group: g });
  for (const n of c.nisba) push({ kind: 'NISBA', name: n, latin: c.ar[0] ?? '', group: 0 });
  if (c.capital) {
    const gc = ++group;
    for (const a of c.capital.ar) push({ kind: 'LOC', name: a, latin: c.capital.latin, group: gc });
  }
}

// ISO 3166 country names in Arabic (i18n-iso-countries, MIT): the ones not in the list above.
const require = createRequire(import.meta.url);
type IsoNames = { countries: Record<string, string | string[]> };
const isoAr = (require('i18n-iso-countries/langs/ar.json') as IsoNames).countries;
const isoEn = (require('i18n-iso-countries/langs/en.json') as IsoNames).countries;
let iso = 0;
for (const [code, names] of Object.entries(isoAr)) {
  const ar = (Array.isArray(names) ? names : [names]).filter((a) => !seen.has(`LOC\t${gazKey(a)}`));
  if (ar.length === 0) continue;
  const en = isoEn[code];
  const latin = (Array.isArray(en) ? en[0] : en) ?? '';
  const g = ++group;
  for (const a of ar) push({ kind: 'LOC', name: a, latin, group: g });
  iso++;
}

const counts: Record<string, number> = {};
for (const [file, kind] of [['pers.txt', 'PERS'], ['loc.txt', 'LOC'], ['org.txt', 'ORG']] as const) {
  const lines = readFileSync(sharedPath('data', 'anergazet', file), 'utf8').split(/\r?\n/);
  let inGroup = false;
  let g = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('====')) {
      inGroup = true;
      g = ++group;
      continue;
    }
    if (line.startsWith('****')) {
      inGroup = false;
      g = 0;
      continue;
    }
    push({ kind, name: line, latin: '', group: inGroup ? g : 0 });
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
}

let ptok = 0;
for (const line of readFileSync(sharedPath('data', 'translit', 'wikidata-en-ar-names.tsv'), 'utf8').split('\n')) {
  const [en, ar, n] = line.split('\t');
  if (en === undefined || ar === undefined || Number(n) < 2) continue;
  const word = ar.replace(/\s+/g, '');
  if (word.length < 2) continue;
  push({ kind: 'PTOK', name: word, latin: en.charAt(0).toUpperCase() + en.slice(1), group: 0 });
  ptok++;
}

const out = gzipSync(strToU8(serializeGazetteer(rows)), { level: 9 });
writeFileSync(modelPath('gazetteer.tsv.gz'), out);
console.log(`wrote models/gazetteer.tsv.gz: ${rows.length} rows (anergazet ${JSON.stringify(counts)}, countries ${COUNTRIES.length}, ISO countries added ${iso}, name tokens ${ptok}), ${out.length} bytes`);
