/**
 * Near-duplicate detection on SaudiNewsNet (read at run time from `../shared`): exact duplicate
 * contents, near-duplicate joins, throughput and memory; recall against a brute-force exact
 * Jaccard scan over a few days; precision against the hand-checked sample in
 * `test/fixtures/stories/dup-sample.json` (URLs and verdicts only).
 *
 *   npx tsx scripts/eval-dups.ts                       # defaults, whole corpus, brute force on 2 days
 *   npx tsx scripts/eval-dups.ts --shingle 3 --bands 20 --rows 3 --threshold 0.5
 *   npx tsx scripts/eval-dups.ts --brute 2015-07-21,2015-07-22
 *   npx tsx scripts/eval-dups.ts --dump 60             # write a random sample of found pairs to /tmp/dup-pairs.txt
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DuplicateIndex, type DuplicateOptions } from '../src/stories/duplicateIndex.js';
import { loadSaudiNewsNet, type CorpusArticle } from './lib/saudiNewsNet.js';
import { jaccardSorted, matchWords, shingleHashes } from '../src/stories/shingles.js';
import { contentKey } from '../src/stories/hash.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const opts: DuplicateOptions = {};
if (arg('shingle')) opts.shingleSize = Number(arg('shingle'));
if (arg('bands')) opts.bands = Number(arg('bands'));
if (arg('rows')) opts.rows = Number(arg('rows'));
if (arg('threshold')) opts.threshold = Number(arg('threshold'));
const bruteDays = (arg('brute') ?? '2015-07-21,2015-07-22').split(',');

const articles = loadSaudiNewsNet();
if (articles.length === 0) {
  console.log('SaudiNewsNet not found in ../shared; nothing to do');
  process.exit(0);
}
const byId = new Map(articles.map((a) => [a.id, a]));

// Exact duplicate contents, counted directly (independent of the index).
const contentCount = new Map<string, number>();
for (const a of articles) {
  const w = matchWords(a.content);
  if (w.length === 0) continue;
  const k = contentKey(w.join(' '));
  contentCount.set(k, (contentCount.get(k) ?? 0) + 1);
}
let repeatedContents = 0;
let extraCopies = 0;
for (const n of contentCount.values()) if (n > 1) {
  repeatedContents++;
  extraCopies += n - 1;
}
console.log(`articles ${articles.length}; non-empty distinct contents ${contentCount.size}; contents occurring more than once ${repeatedContents} (${extraCopies} extra copies)`);

// The index over the whole corpus, in day order.
global.gc?.();
const rss0 = process.memoryUsage().rss;
const heap0 = process.memoryUsage().heapUsed;
const ix = new DuplicateIndex(opts);
const t0 = process.hrtime.bigint();
const pairs: Array<{ a: string; b: string; sim: number; exact: boolean }> = [];
let skipped = 0;
for (const a of articles) {
  const r = ix.add(a.id, a.content, a.extracted);
  if (r.skipped) skipped++;
  if (r.matched !== undefined) pairs.push({ a: r.matched, b: a.id, sim: r.similarity, exact: r.exact });
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;
console.log(`options ${JSON.stringify(ix.options)}`);
console.log(`added ${articles.length} in ${ms.toFixed(0)} ms = ${((articles.length * 1000) / ms).toFixed(0)} articles/s; index heap ≈ ${heapMb.toFixed(0)} MB; rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB (was ${(rss0 / 1048576).toFixed(0)} MB); peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
const exactJoins = pairs.filter((p) => p.exact).length;
const near = pairs.filter((p) => !p.exact);
const groups = new Set(articles.map((a) => ix.canonicalOf(a.id)));
console.log(`too short (skipped) ${skipped}; exact-duplicate joins ${exactJoins}; near-duplicate joins ${near.length}; groups ${groups.size} for ${articles.length} articles`);
const sameSource = near.filter((p) => byId.get(p.a)?.source === byId.get(p.b)?.source).length;
console.log(`near-duplicate joins between the same publisher ${sameSource}, across publishers ${near.length - sameSource}`);
const hist = [0.5, 0.6, 0.7, 0.8, 0.9, 1.01].map((hi, i, arr) => {
  const lo = i === 0 ? 0 : (arr[i - 1] ?? 0);
  return `[${lo.toFixed(1)},${hi > 1 ? '1]' : hi.toFixed(1) + ')'} ${near.filter((p) => p.sim >= lo && p.sim < hi).length}`;
});
console.log(`near-duplicate similarity histogram: ${hist.join('  ')}`);

// Recall against brute force over some days (all pairs, exact Jaccard, same threshold).
const th = ix.options.threshold;
const sub = articles.filter((a) => bruteDays.includes(a.day));
const sh = sub.map((a) => {
  const w = matchWords(a.content);
  return w.length < ix.options.minWords ? null : shingleHashes(w, ix.options.shingleSize);
});
let truePairs = 0;
let foundPairs = 0;
const missed: Array<[CorpusArticle, CorpusArticle, number]> = [];
for (let i = 0; i < sub.length; i++) {
  const si = sh[i];
  if (!si) continue;
  for (let j = i + 1; j < sub.length; j++) {
    const sj = sh[j];
    if (!sj) continue;
    const small = Math.min(si.length, sj.length);
    const big = Math.max(si.length, sj.length);
    if (small / big < th) continue; // Jaccard ≤ small/big
    const jac = jaccardSorted(si, sj);
    if (jac < th) continue;
    truePairs++;
    const ai = sub[i];
    const aj = sub[j];
    if (!ai || !aj) continue;
    if (ix.canonicalOf(ai.id) === ix.canonicalOf(aj.id)) foundPairs++;
    else missed.push([ai, aj, jac]);
  }
}
console.log(`brute force over ${bruteDays.join(', ')} (${sub.length} articles): pairs with Jaccard ≥ ${th}: ${truePairs}; in the same duplicate group: ${foundPairs}; pair recall ${((100 * foundPairs) / Math.max(1, truePairs)).toFixed(1)}%`);
for (const [a, b, j] of missed.slice(0, 5)) console.log(`  missed J=${j.toFixed(2)}: ${a.id} | ${b.id}`);

// Precision on the hand-checked sample.
const samplePath = 'test/fixtures/stories/dup-sample.json';
if (existsSync(samplePath)) {
  const sample = JSON.parse(readFileSync(samplePath, 'utf8')) as { pairs: Array<{ a: string; b: string; verdict: 'dup' | 'not' }> };
  const dup = sample.pairs.filter((p) => p.verdict === 'dup').length;
  const stillFound = sample.pairs.filter((p) => ix.canonicalOf(p.a) !== undefined && ix.canonicalOf(p.a) === ix.canonicalOf(p.b)).length;
  console.log(`hand-checked sample: ${sample.pairs.length} found pairs, judged near-duplicate ${dup} → precision ${((100 * dup) / sample.pairs.length).toFixed(1)}%; ${stillFound} of them still grouped with these options`);
}

const dump = Number(arg('dump') ?? 0);
if (dump > 0) {
  // Deterministic random sample (LCG) of near-duplicate joins.
  let seed = 12345;
  const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pool = [...near];
  const out: string[] = [];
  const picked: Array<{ a: string; b: string; sim: number }> = [];
  for (let k = 0; k < dump && pool.length > 0; k++) {
    const p = pool.splice(Math.floor(rnd() * pool.length), 1)[0];
    if (!p) break;
    picked.push({ a: p.a, b: p.b, sim: Number(p.sim.toFixed(3)) });
    const A = byId.get(p.a);
    const B = byId.get(p.b);
    const show = (x: CorpusArticle | undefined, from: number): string => (x ? x.content.replace(/\s+/g, ' ').slice(from, from + 200) : '');
    out.push(`#${k} J=${p.sim.toFixed(2)} ${A?.source}/${A?.day} vs ${B?.source}/${B?.day}\nA: ${A?.title}\nB: ${B?.title}\nA0: ${show(A, 0)}\nB0: ${show(B, 0)}\nA-end: ${A ? show(A, Math.max(0, A.content.length - 200)) : ''}\nB-end: ${B ? show(B, Math.max(0, B.content.length - 200)) : ''}\n`);
  }
  writeFileSync('/tmp/dup-pairs.txt', out.join('\n'));
  writeFileSync('/tmp/dup-pairs.json', JSON.stringify(picked, null, 1));
  console.log(`wrote ${picked.length} pairs to /tmp/dup-pairs.txt and /tmp/dup-pairs.json`);
}
