/**
 * Evaluate the shipped NER model on a CoNLL file (default: ANERcorp `test.txt`) and measure it:
 * load time, model size, tagging speed.
 *
 * Run: `npx tsx scripts/eval-ner.ts [--data FILE] [--bench]`
 *   --data FILE   CoNLL file (token ... tag per line, blank line between sentences)
 *   --bench       also time tagging (first pass only and both passes), in tokens/s on one core
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
