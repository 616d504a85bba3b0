/**
 * Evaluate the time tagger on the shared Duckling Arabic corpus (`../shared/eval/duckling-ar.json`):
 * `time` (reference Tue 2013-02-12 04:30 UTC−2, resolved toward the future) — exact start value
 * and grain of the longest expression found; the 3 negatives must yield nothing — and `duration`
 * (exact count and unit). Every failure is listed with what was produced.
 *
 *   npx tsx scripts/eval-time.ts            # Duckling time + duration
 *   npx tsx scripts/eval-time.ts --bench    # also throughput on SaudiNewsNet (2 days, read at run time)
 *
 * Throughput is CPU time of this process (`process.cpuUsage`), so other load on the machine
 * disturbs it less than wall-clock time would. Under tsx it includes no type checking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sharedPath } from '../src/models/paths.js';
import { tagTime } from '../src/time/tagTime.js';
import { evalDuration, evalTimeExample, type DucklingTimeExpected } from '../src/time/duckling.js';

interface Corpus {
  time: { reference_time: string; examples: Array<{ text: string; expected: DucklingTimeExpected }>; negative: string[] };
  duration: Array<{ text: string; expected: { value: number; grain: string } }>;
}

const corpus = JSON.parse(readFileSync(sharedPath('eval', 'duckling-ar.json'), 'utf8')) as Corpus;
const ref = corpus.time.reference_time;
const failures: string[] = [];
let pass = 0;
for (const ex of corpus.time.examples) {
  const r = evalTimeExample(ex.text, ex.expected, ref);
  if (r.ok) pass++;
  else failures.push(`time  | ${ex.text} | expected ${ex.expected.value} ${ex.expected.grain} | got ${r.got}`);
}
let negPass = 0;
for (const t of corpus.time.negative) {
  const got = tagTime(t, { ref, prefer: 'future' });
  if (got.length === 0) negPass++;
  else failures.push(`neg   | ${t} | expected nothing | got ${got.map((g) => `${g.text}=${g.value}`).join('; ')}`);
}
let durPass = 0;
for (const ex of corpus.duration) {
  const r = evalDuration(ex.text, ex.expected);
  if (r.ok) durPass++;
  else failures.push(`dur   | ${ex.text} | expected ${ex.expected.value} ${ex.expected.grain} | got ${r.got}`);
}
const pct = (a: number, b: number): string => `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`;
console.log(`time (exact value + grain): ${pct(pass, corpus.time.examples.length)}`);
console.log(`time negatives (nothing found): ${pct(negPass, corpus.time.negative.length)}`);
console.log(`duration (exact value + grain): ${pct(durPass, corpus.duration.length)}`);
if (failures.length) {
  console.log(`\nfailures (${failures.length}):`);
  for (const f of failures) console.log(f);
}

if (process.argv.includes('--bench')) {
  const dir = sharedPath('data', 'saudinewsnet');
  const texts: string[] = [];
  for (const z of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort().slice(0, 2)) {
    for (const v of Object.values(unzipSync(readFileSync(join(dir, z))))) {
      for (const a of JSON.parse(strFromU8(v)) as Array<{ content?: string }>) if (a.content) texts.push(a.content);
    }
  }
  for (const t of texts.slice(0, 300)) tagTime(t, { ref: '2015-07-21' });
  const c0 = process.cpuUsage();
  let found = 0;
  for (const t of texts) found += tagTime(t, { ref: '2015-07-21' }).length;
  const c = process.cpuUsage(c0);
  const sec = (c.user + c.system) / 1e6;
  const chars = texts.reduce((a, t) => a + t.length, 0);
  console.log(
    `\nthroughput: ${texts.length} SaudiNewsNet articles (mean ${Math.round(chars / texts.length)} chars), ${found} expressions, ` +
      `${(texts.length / sec).toFixed(0)} articles per CPU-second`,
  );
}
