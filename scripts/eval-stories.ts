/**
 * Story clustering on SaudiNewsNet (read at run time from `../shared`).
 *
 *   npx tsx scripts/eval-stories.ts                 # pairwise and BCubed P/R/F1 on test/fixtures/stories/labels.json
 *   npx tsx scripts/eval-stories.ts --threshold 0.3 # override a StoryClusterer option (any numeric option by name)
 *   node --expose-gc --import tsx scripts/eval-stories.ts --bench   # time and peak RSS at 5k/10k/20k/all articles
 *   npx tsx scripts/eval-stories.ts --analysed      # docs from the default engine + one EntityResolver (storyDocFromArticle)
 *
 * The docs are the labelled days' articles (all of them, so unlabelled articles compete) in
 * extraction order, each with `duplicateOf` from a DuplicateIndex, terms from the shipped Arabic
 * resources. By default no entities or events; with `--analysed` every article goes through the
 * default engine (cleaning, time, entities, events) and one EntityResolver, and the docs come from
 * `storyDocFromArticle` with resolved entity ids (cached in the OS temp folder; `--fresh` redoes it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDefaultEngine } from '../src/engine/defaultEngine.js';
import { EntityResolver } from '../src/entities/resolver.js';
import { loadGazetteer } from '../src/models/gazetteer.js';
import { loadTranslit } from '../src/models/translit.js';
import { storyDocFromArticle } from '../src/stories/storyDocFromArticle.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { loadSaudiNewsNet, type CorpusArticle } from './lib/saudiNewsNet.js';
import { DuplicateIndex } from '../src/stories/duplicateIndex.js';
import { StoryClusterer, type StoryClustererOptions, type StoryDoc } from '../src/stories/storyClusterer.js';
import { storyDocFromText } from '../src/stories/storyDoc.js';
import { benchClustering } from '../src/stories/benchClustering.js';
import { clusterScores } from '../src/stories/clusterScores.js';

const res = createArabicResources(loadArabicLexicon());
const opts: StoryClustererOptions = {};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i] ?? '';
  const v = process.argv[i + 1];
  if (a.startsWith('--') && !['--bench', '--analysed', '--fresh', '--errors'].includes(a) && v !== undefined && !Number.isNaN(Number(v))) {
    (opts as Record<string, number>)[a.slice(2)] = Number(v);
    i++;
  }
}

function prepare(articles: CorpusArticle[]): StoryDoc[] {
  const dups = new DuplicateIndex();
  return articles.map((a) => {
    const r = dups.add(a.id, a.content, a.extracted);
    const o: Parameters<typeof storyDocFromText>[4] = { published: a.extracted };
    if (r.matched !== undefined) o.duplicateOf = r.matched;
    return storyDocFromText(a.id, a.title, a.content, res, o);
  });
}

/** Docs from the default engine and one EntityResolver over the articles, in order (cached). */
function prepareAnalysed(articles: CorpusArticle[], cacheKey: string): StoryDoc[] {
  const cache = join(tmpdir(), `marsad-eval-stories-analysed-${cacheKey}.json`);
  if (existsSync(cache) && !process.argv.includes('--fresh')) return JSON.parse(readFileSync(cache, 'utf8')) as StoryDoc[];
  const engine = createDefaultEngine();
  const translit = loadTranslit();
  const resolver = new EntityResolver({ gazetteer: loadGazetteer(), ...(translit ? { nameKeyTable: translit.nameKey, romanizeTable: translit.romanize } : {}) });
  const dups = new DuplicateIndex();
  const t0 = performance.now();
  const docs = articles.map((a, i) => {
    const json = JSON.stringify({ title: a.title, content: a.content, url: a.url, source: a.source, date_extracted: a.extracted });
    const bytes = new TextEncoder().encode(json);
    const article = engine.analyze({
      source: `saudinewsnet/${a.day}.zip`,
      member: a.id,
      kind: 'json',
      bytes,
      encoding: 'utf-8',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fields: { title: a.title, content: a.content, url: a.url, publisher: a.source, dateExtracted: a.extracted },
      decoded: a.content,
    });
    const ids = resolver.add(a.id, article.annotations.entities?.mentions ?? []);
    const r = dups.add(a.id, a.content, a.extracted);
    if ((i + 1) % 500 === 0) console.log(`analysed ${i + 1}/${articles.length} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return storyDocFromArticle(a.id, article, res, { entityIds: ids, published: a.extracted, ...(r.matched !== undefined ? { duplicateOf: r.matched } : {}) });
  });
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

const sorted = (xs: CorpusArticle[]): CorpusArticle[] => [...xs].sort((a, b) => (a.extracted < b.extracted ? -1 : a.extracted > b.extracted ? 1 : 0));

if (process.argv.includes('--bench')) {
  const all = sorted(loadSaudiNewsNet());
  if (all.length === 0) {
    console.log('SaudiNewsNet not found; nothing to do');
    process.exit(0);
  }
  const t0 = performance.now();
  const docs = prepare(all);
  console.log(`prepared ${docs.length} docs (dedup + terms) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const n of [5000, 10000, 20000, docs.length]) {
    global.gc?.();
    const b = benchClustering(docs.slice(0, n), opts);
    console.log(`${n} docs: ${b.ms.toFixed(0)} ms wall, ${b.cpuMs.toFixed(0)} ms CPU (${b.docsPerSecond.toFixed(0)} docs/s, ${(b.ms / n).toFixed(3)} ms/doc), ${b.stories} stories, repairs ${b.repairs} (merged ${b.merged}, split ${b.split}), peak RSS ${b.peakRssMb.toFixed(0)} MB`);
  }
  process.exit(0);
}

const labelsPath = 'test/fixtures/stories/labels.json';
if (!existsSync(labelsPath)) {
  console.log(`no ${labelsPath}`);
  process.exit(0);
}
const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as { days: string[]; articles: Array<{ url: string; story: string }> };
const arts = sorted(loadSaudiNewsNet({ days: labels.days }));
if (arts.length === 0) {
  console.log('SaudiNewsNet not found; nothing to do');
  process.exit(0);
}
const docs = process.argv.includes('--analysed') ? prepareAnalysed(arts, labels.days.join('_')) : prepare(arts);
console.log(`docs: ${process.argv.includes('--analysed') ? 'default engine + EntityResolver (storyDocFromArticle)' : 'text only (storyDocFromText)'}`);
const c = new StoryClusterer(opts);
const t0 = performance.now();
docs.forEach((d, i) => {
  c.add(d);
  if ((i + 1) % 1000 === 0) c.repair();
});
const rep = c.repair();
console.log(`clustered ${docs.length} articles of ${labels.days.join(', ')} in ${(performance.now() - t0).toFixed(0)} ms into ${c.allStories().length} stories; last repair merged ${rep.merged.length}, split ${rep.split.length}`);
const byUrl = new Map(arts.map((a) => [a.url, a.id]));
const gold: Array<[string, string]> = [];
const pred: Array<[string, string]> = [];
for (const l of labels.articles) {
  const id = byUrl.get(l.url);
  const s = id === undefined ? undefined : c.storyOf(id);
  if (id === undefined || s === undefined) {
    console.log(`label not found in corpus: ${l.url}`);
    continue;
  }
  gold.push([id, l.story]);
  pred.push([id, s]);
}
const sc = clusterScores(gold, pred);
const f = (x: number): string => (100 * x).toFixed(1);
console.log(`options ${JSON.stringify(c.options)}`);
console.log(`labelled articles ${gold.length} in ${new Set(gold.map((g) => g[1])).size} gold stories; predicted ${new Set(pred.map((p) => p[1])).size} stories over them`);
console.log(`pairwise  P ${f(sc.pairwise.p)}  R ${f(sc.pairwise.r)}  F1 ${f(sc.pairwise.f1)}  (gold pairs ${sc.goldPairs}, predicted pairs ${sc.predPairs})`);
console.log(`BCubed    P ${f(sc.bcubed.p)}  R ${f(sc.bcubed.r)}  F1 ${f(sc.bcubed.f1)}`);
if (process.argv.includes('--errors')) {
  const g = new Map(gold);
  const p = new Map(pred);
  const title = new Map(arts.map((a) => [a.id, `${a.source}: ${a.title}`]));
  const ids = [...g.keys()];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] ?? '';
      const b = ids[j] ?? '';
      const sg = g.get(a) === g.get(b);
      const sp = p.get(a) === p.get(b);
      if (sg !== sp) console.log(`${sg ? 'MISSED' : 'WRONG '} ${g.get(a)}/${g.get(b)} | ${title.get(a)} || ${title.get(b)}`);
    }
}
