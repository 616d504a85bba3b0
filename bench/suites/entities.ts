import { existsSync, readFileSync, statSync } from 'node:fs';
import { createArabicResources } from '../../src/arabic/resources.js';
import { tokensStage } from '../../src/arabic/tokensStage.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { toArticle } from '../../src/clean/prepare.js';
import { buildPipeline } from '../../src/core/pipeline.js';
import { conllToSentences } from '../../src/entities/conll.js';
import { tagDocument } from '../../src/entities/nerModel.js';
import { readFile } from '../../src/ingest/readFile.js';
import { loadArabicLexicon } from '../../src/models/arabicLexicon.js';
import { loadNer, NER_MODEL_FILE } from '../../src/models/ner.js';
import { modelPath, sharedPath } from '../../src/models/paths.js';
import { peakRssMb, saudiNewsNetZips, type BenchResult, type BenchSuite } from '../harness.js';

const kib = (f: string): string => `${f} ${(statSync(modelPath(f)).size / 1024).toFixed(0)} KiB`;

/** CPU seconds spent by `fn` and its wall milliseconds. */
function timed(fn: () => void): { ms: number; cpuS: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuS: (c.user + c.system) / 1e6 };
}

/**
 * The NER tagger alone: model load time and size on disk, then tagging speed (both passes, one
 * core) on ANERcorp test (as one stream of sentences) and on tokenised SaudiNewsNet articles
 * (each article one document; `limit` caps the articles, default 2,000). Tokenisation is not timed.
 */
export const entitiesSuite: BenchSuite = {
  name: 'entities',
  description: 'NER tagger: load time, model size, tagging tokens/s on ANERcorp test and SaudiNewsNet',
  async run({ limit }) {
    const results: BenchResult[] = [];
    let t0 = performance.now();
    const lexicon = loadArabicLexicon();
    const arabic = createArabicResources(lexicon);
    const lexMs = performance.now() - t0;
    t0 = performance.now();
    const c0 = process.cpuUsage();
    const model = loadNer({ arabic, lexicon });
    const loadMs = performance.now() - t0;
    const lc = process.cpuUsage(c0);
    if (!model) throw new Error(`models/${NER_MODEL_FILE} is missing (npm run train:ner)`);
    const files = [NER_MODEL_FILE, 'clusters.tsv.gz', 'gazetteer.tsv.gz'];
    const bytes = files.reduce((n, f) => n + statSync(modelPath(f)).size, 0);
    results.push({
      suite: 'entities',
      stage: 'NER model load',
      items: 1,
      unit: 'models',
      bytes,
      ms: loadMs,
      cpuS: (lc.user + lc.system) / 1e6,
      peakRssMb: peakRssMb(),
      notes: [
        `size on disk: ${files.map(kib).join(', ')}; feature rows pass 1 ${model.weights.size.toLocaleString('en')}, pass 2 ${(model.second?.size ?? 0).toLocaleString('en')}`,
        `load of weights + clusters + gazetteer ${loadMs.toFixed(0)} ms; the Arabic lexicon (shared with the tokens stage) ${lexMs.toFixed(0)} ms`,
      ],
    });

    const testFile = sharedPath('data', 'anercorp', 'test.txt');
    if (existsSync(testFile)) {
      const docs = conllToSentences(readFileSync(testFile, 'utf8')).map((s) => s.tokens);
      const tokens = docs.reduce((n, s) => n + s.length, 0);
      const cold = timed(() => tagDocument(docs, model));
      const reps = 3;
      const warm = timed(() => {
        for (let r = 0; r < reps; r++) tagDocument(docs, model);
      });
      results.push({
        suite: 'entities',
        stage: 'NER tag ANERcorp test',
        items: reps * tokens,
        unit: 'tokens',
        bytes: 0,
        ms: warm.ms,
        cpuS: warm.cpuS,
        peakRssMb: peakRssMb(),
        notes: [`both passes, warm word cache (${reps}× ${tokens.toLocaleString('en')} tokens); first (cold) run ${Math.round(tokens / (cold.ms / 1000)).toLocaleString('en')} tokens/s`],
      });
    }

    const max = limit > 0 ? limit : 2000;
    const pipeline = buildPipeline([tokensStage(undefined)]);
    const articles: string[][][] = [];
    let textBytes = 0;
    outer: for (const z of saudiNewsNetZips()) {
      for (const item of readFile({ path: z, size: statSync(z).size })) {
        if (item.type !== 'record') continue;
        const a = toArticle(item.raw, cleanArticle(item.raw), item.messages);
        const ann = pipeline.run(a, { arabic }).article.annotations.tokens;
        if (!ann) continue;
        textBytes += Buffer.byteLength(a.text);
        articles.push(ann.sentenceTokens.filter(([x, y]) => y > x).map(([x, y]) => ann.tokens.slice(x, y).map((t) => t.text)));
        if (articles.length >= max) break outer;
      }
    }
    if (articles.length > 0) {
      const tokens = articles.reduce((n, a) => n + a.reduce((m, s) => m + s.length, 0), 0);
      const run = timed(() => {
        for (const a of articles) tagDocument(a, model, { window: Infinity });
      });
      results.push({
        suite: 'entities',
        stage: 'NER tag SaudiNewsNet',
        items: tokens,
        unit: 'tokens',
        bytes: textBytes,
        ms: run.ms,
        cpuS: run.cpuS,
        peakRssMb: peakRssMb(),
        notes: [`${articles.length.toLocaleString('en')} articles, each one document (as the entities stage does), both passes, word cache starting from the ANERcorp run; tokenisation not timed`],
      });
    }
    return results;
  },
};
