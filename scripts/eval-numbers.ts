/**
 * Run the peer number cases (`../shared/eval/duckling-ar.json`, sections numeral,
 * numeral_egyptian, ordinal) through findNumbers and print the pass rate per section and
 * every failure.
 *
 *   npx tsx scripts/eval-numbers.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { judgeNumberCase, NUMBER_EVAL_SECTIONS, type NumberEvalCase } from '../src/arabic/numberEval.js';
import { sharedPath } from '../src/models/paths.js';

const path = sharedPath('eval', 'duckling-ar.json');
if (!existsSync(path)) {
  console.error(`missing ${path}: nothing to evaluate`);
  process.exit(2);
}
const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
let failedAny = false;
for (const { section, mode, options } of NUMBER_EVAL_SECTIONS) {
  const cases = data[section] as NumberEvalCase[] | undefined;
  if (!Array.isArray(cases)) {
    console.log(`${section}: section missing`);
    failedAny = true;
    continue;
  }
  const results = cases.map((c) => judgeNumberCase(c, mode, options));
  const passed = results.filter((r) => r.pass).length;
  console.log(`${section}: ${passed}/${results.length} (${((100 * passed) / results.length).toFixed(1)}%)`);
  for (const r of results) {
    if (r.pass) continue;
    failedAny = true;
    const found = r.found.map((m) => `${JSON.stringify(m.text)}=${m.value ?? `${m.min}..${m.max}`}:${m.kind}`).join(', ');
    console.log(`  FAIL ${JSON.stringify(r.text)} expected ${r.expected}: ${r.reason ?? ''} [${found}]`);
  }
}
process.exit(failedAny ? 1 : 0);
