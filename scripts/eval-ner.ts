/**
 * Evaluate the shipped NER model on a CoNLL file (default: ANERcorp `test.txt`) and measure it:
 * load time, model size, tagging speed.
 *
 * Run: `npx tsx scripts/eval-ner.ts [--data FILE] [--bench]`
 *   --data FILE   CoNLL file (token ... tag per line, blank line between sentences)
 *   --bench       also time tagging (first pass only and both passes), in tokens/s on one core
 *   --resolve N   run tokens + entities stages and the EntityResolver over the first N SaudiNewsNet
 *                 articles (raw content as clean text) and print the biggest entities per type
 */
import { readFileSync, statSync } from 'node:fs';
import { conllToSentences } from '../src/entities/conll.js';
import { evaluateNer, formatNerEvaluation } from '../src/entities/nerEval.js';
import { tagDocument } from '../src/entities/nerModel.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { loadNer, NER_MODEL_FILE } from '../src/models/ner.js';
import { modelPath, sharedPath } from '../src/models/paths.js';

const args = process.argv.slice(2);
const di = args.indexOf('--data');
const file = di >= 0 && args[di + 1] ? (args[di + 1] as string) : sharedPath('data', 'anercorp', 'test.txt');

let t = performance.now();
const lexicon = loadArabicLexicon();
const arabic = createArabicResources(lexicon);
const tLex = performance.now() - t;
t = performance.now();
const model = loadNer({ arabic, lexicon });
const tLoad = performance.now() - t;
if (!model) {
  console.error(`no model: models/${NER_MODEL_FILE} is missing (run npm run train:ner)`);
  process.exit(1);
}
const sizes = ['ner.bin.gz', 'clusters.tsv.gz', 'gazetteer.tsv.gz'].map((f) => `${f} ${(statSync(modelPath(f)).size / 1024).toFixed(0)} KiB`);
console.log(`load: Arabic lexicon ${tLex.toFixed(0)} ms (shared with the tokens stage); NER model + clusters + gazetteer ${tLoad.toFixed(0)} ms`);
console.log(`size: ${sizes.join(', ')}; feature rows pass 1 ${model.weights.size}, pass 2 ${model.second?.size ?? 0}`);

const sents = conllToSentences(readFileSync(file, 'utf8'));
const pred = tagDocument(sents.map((s) => s.tokens), model);
console.log(`data: ${file}`);
console.log(formatNerEvaluation(evaluateNer(sents.map((s) => s.tags), pred)));
const ev1 = evaluateNer(sents.map((s) => s.tags), tagDocument(sents.map((s) => s.tokens), model, { firstPassOnly: true }));
console.log(`first pass only: micro P ${ev1.micro.precision.toFixed(2)} R ${ev1.micro.recall.toFixed(2)} F1 ${ev1.micro.f1.toFixed(2)}`);

if (args.includes('--bench')) {
  const docs = sents.map((s) => s.tokens);
  const tokens = docs.reduce((n, s) => n + s.length, 0);
  for (const [name, firstPassOnly] of [['pass 1 only', true], ['both passes', false]] as const) {
    tagDocument(docs, model, { firstPassOnly }); // warm the word cache and JIT
    const reps = 3;
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) tagDocument(docs, model, { firstPassOnly });
    const ms = performance.now() - t0;
    console.log(`speed (${name}, warm word cache): ${Math.round((reps * tokens) / (ms / 1000))} tokens/s`);
  }
}

const ri = args.indexOf('--resolve');
if (ri >= 0) {
  const limit = Number(args[ri + 1] ?? '1000');
  const { readdirSync } = await import('node:fs');
  const { strFromU8, unzipSync } = await import('fflate');
  const { buildPipeline } = await import('../src/core/pipeline.js');
  const { tokensStage } = await import('../src/arabic/tokensStage.js');
  const { entitiesStage } = await import('../src/entities/entitiesStage.js');
  const { EntityResolver } = await import('../src/entities/resolver.js');
  const { loadGazetteer } = await import('../src/models/gazetteer.js');
  const { loadTranslit } = await import('../src/models/translit.js');
  const gazetteer = loadGazetteer();
  const tl = loadTranslit();
  const resolver = new EntityResolver({ gazetteer, ...(tl ? { nameKeyTable: tl.nameKey, romanizeTable: tl.romanize } : {}) });
  const pipeline = buildPipeline([tokensStage(undefined), entitiesStage(undefined)]);
  const dir = sharedPath('data', 'saudinewsnet');
  let n = 0;
  let mentions = 0;
  let tokens = 0;
  const t0 = performance.now();
  outer: for (const f of readdirSync(dir).filter((x) => x.endsWith('.zip')).sort()) {
    for (const member of Object.values(unzipSync(readFileSync(`${dir}/${f}`)))) {
      for (const a of JSON.parse(strFromU8(member)) as { content?: string }[]) {
        if (n >= limit) break outer;
        const text = a.content ?? '';
        const out = pipeline.run(
          { raw: { source: f, kind: 'json', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields: {}, decoded: text }, text, meta: {}, annotations: {}, messages: [] },
          { arabic, ner: model, gazetteer },
        ).article;
        const ms = out.annotations.entities?.mentions ?? [];
        tokens += out.annotations.tokens?.tokens.length ?? 0;
        mentions += ms.length;
        resolver.add(`${f}#${n}`, ms);
        n++;
      }
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`\nSaudiNewsNet: ${n} articles, ${tokens} tokens, ${mentions} mentions → ${resolver.size} entities (${secs.toFixed(1)} s, tokens + entities stages + resolver)`);
  for (const type of ['PER', 'LOC', 'ORG', 'MISC'] as const) {
    const es = resolver.entities(type);
    console.log(`\n${type}: ${es.length} entities; biggest:`);
    for (const e of es.slice(0, 30)) {
      console.log(`  ${e.mentions.length}\t${e.name} (${e.nameLatin})\t${e.aliases.slice(0, 6).map((x) => `${x.text}×${x.count}`).join(', ')}${e.roles[0] ? `\trole: ${e.roles[0].text}` : ''}`);
    }
  }
}
