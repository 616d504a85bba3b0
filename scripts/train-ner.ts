/**
 * Train the NER tagger on ANERcorp `train.txt` only, evaluate it on `test.txt`, and write
 * `models/ner.bin.gz`.
 *
 * Two passes, each an averaged structured perceptron with Viterbi decoding over BIO tags:
 * pass 1 uses sentence features; pass 2 adds document features (how pass 1 tagged the same
 * words in the surrounding sentences, see `src/entities/nerDocument.ts`). Pass 2 is trained on
 * pass-1 output obtained by FOLDS-fold jackknifing over contiguous blocks of train, so that it
 * sees first-pass errors as they occur on unseen text.
 *
 * Run: `npm run train:ner` (= `npx tsx scripts/train-ner.ts`). Options:
 *   --epochs N      passes over the data (default 12)
 *   --fraction F    train on the first F share of the training sentences
 *   --curve         print test F1 at 25/50/100% of train (does not write the model);
 *                   --curve-fractions 0.25,0.5 to choose the shares
 *   --one-pass      train and evaluate the first pass only
 *   --no-write      do not write the model
 *   --cv K          K-fold cross-validation over train (pooled spans; never writes)
 *   --dev           train on the first 90% of train, evaluate on the last 10% (never writes)
 *   --errors FILE   write test sentences with errors (outside the repository)
 *   --corpus        add corpus statistics (SaudiNewsNet self-tagged by each pass-1 model) to pass 2
 *   --corpus-tokens N  size of the SaudiNewsNet sample (default 1,000,000)
 *   --cost C        cost-augmented training: margin C for every wrong tag (default 1)
 *   --miss-cost C   margin for tagging a gold entity token O (default: --cost)
 *   --seed N        seed of the shuffle and dropout (default 1)
 *   --bag K         average the weights of K models trained with seeds N..N+K-1 (default 1)
 *   --dropout P     feature dropout while training (default 0.3)
 *   --prune X       drop feature rows whose largest |weight| ≤ X when writing (default 0.3)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { conllToSentences, type ConllSentence } from '../src/entities/conll.js';
import { DOC_WINDOW, documentFeatures, withDocumentFeatures } from '../src/entities/nerDocument.js';
import { evaluateNer, formatNerEvaluation, type NerEvaluation } from '../src/entities/nerEval.js';
import type { NerFeatureExtractor, SentenceFeatures } from '../src/entities/nerFeatures.js';
import { nerModelFromParts, tagDocument, type NerModel } from '../src/entities/nerModel.js';
import { corpusTypeStats, serializeCorpusStats } from '../src/entities/nerCorpusStats.js';
import { NER_TAGS, NT, NerWeights, decode, parseNerModel, serializeNerModel } from '../src/entities/nerWeights.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { strFromU8, unzipSync } from 'fflate';
import { trainPerceptron, type TrainingSentence } from '../src/entities/perceptron.js';
import { nerExtractor, NER_MODEL_FILE } from '../src/models/ner.js';
import { modelPath, sharedPath } from '../src/models/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : dflt;
};
const epochs = Number(opt('--epochs', '12'));
const prune = Number(opt('--prune', '0.3'));
const onePass = args.includes('--one-pass');
const FOLDS = 5;
const CORPUS_TOKENS = Number(opt('--corpus-tokens', '1000000'));

/** Sentences of unlabelled SaudiNewsNet text (first zips, up to CORPUS_TOKENS tokens). */
function corpusSample(): string[][] {
  const out: string[][] = [];
  let total = 0;
  const dir = sharedPath('data', 'saudinewsnet');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.zip')).sort()) {
    for (const member of Object.values(unzipSync(readFileSync(`${dir}/${f}`)))) {
      for (const a of JSON.parse(strFromU8(member)) as { content?: string }[]) {
        let cur: string[] = [];
        for (const t of tokenize(a.content ?? '')) {
          cur.push(t.text);
          if (t.text === '.' || t.text === '؟' || t.text === '!' || cur.length >= 80) {
            out.push(cur);
            total += cur.length;
            cur = [];
          }
        }
        if (cur.length > 0) out.push(cur);
        total += cur.length;
        if (total >= CORPUS_TOKENS) return out;
      }
    }
  }
  return out;
}

const tagId = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));
const read = (f: string): ConllSentence[] => conllToSentences(readFileSync(sharedPath('data', 'anercorp', f), 'utf8'));
const secs = (t: number): string => `${((Date.now() - t) / 1000).toFixed(1)}s`;

function train(feats: readonly SentenceFeatures[], gold: readonly Int32Array[]): ReturnType<typeof trainPerceptron> {
  const data: TrainingSentence[] = feats.map((f, i) => ({ hashes: f.hashes, offsets: f.offsets, gold: gold[i] as Int32Array }));
  const seed0 = Number(opt('--seed', '1'));
  const models = Array.from({ length: Number(opt('--bag', '1')) }, (_, k) =>
    trainPerceptron(data, { epochs, seed: seed0 + k, dropout: Number(opt('--dropout', '0.3')), cost: Number(opt('--cost', '1')), missCost: Number(opt('--miss-cost', opt('--cost', '1'))) }),
  );
  return models.length === 1 ? (models[0] as NerWeights) : averageWeights(models);
}

/** The mean of several weight tables (a feature missing from one counts as zero there). */
function averageWeights(models: readonly NerWeights[]): NerWeights {
  const row = new Map<number, number>();
  for (const m of models) for (const h of m.hashes) if (!row.has(h)) row.set(h, row.size);
  const hashes = new Uint32Array(row.size);
  for (const [h, r] of row) hashes[r] = h;
  const w = new Float32Array(row.size * NT);
  const trans = new Float32Array((NT + 1) * NT);
  for (const m of models) {
    m.hashes.forEach((h, i) => {
      const r = row.get(h) as number;
      for (let t = 0; t < NT; t++) w[r * NT + t] = (w[r * NT + t] as number) + (m.w[i * NT + t] as number) / models.length;
    });
    for (let i = 0; i < trans.length; i++) trans[i] = (trans[i] as number) + (m.trans[i] as number) / models.length;
  }
  return new NerWeights(hashes, w, trans);
}

function trainModel(fx: NerFeatureExtractor, feats: readonly SentenceFeatures[], gold: readonly Int32Array[], log: boolean): NerModel {
  const t0 = Date.now();
  const first = train(feats, gold);
  if (log) console.log(`pass 1 trained (${secs(t0)})`);
  if (onePass) return { weights: first, features: fx };
  // Jackknifed first-pass tags over contiguous blocks.
  const n = feats.length;
  const jack: Int32Array[] = new Array<Int32Array>(n);
  const stats: Map<number, number>[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const lo = Math.floor((k * n) / FOLDS);
    const hi = Math.floor(((k + 1) * n) / FOLDS);
    const w = train([...feats.slice(0, lo), ...feats.slice(hi)], [...gold.slice(0, lo), ...gold.slice(hi)]);
    for (let i = lo; i < hi; i++) jack[i] = decode(w, feats[i] as SentenceFeatures);
    if (useCorpus) stats.push(corpusTypeStats(corpus, w, fx));
  }
  const fullStats = useCorpus ? corpusTypeStats(corpus, first, fx) : undefined;
  if (log) console.log(`jackknife ${FOLDS} folds (${secs(t0)})`);
  const extra: Uint32Array[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const lo = Math.floor((k * n) / FOLDS);
    const hi = Math.floor(((k + 1) * n) / FOLDS);
    // Document windows stay inside the fold so that each fold uses its own corpus statistics.
    extra.push(...documentFeatures(feats.slice(lo, hi), jack.slice(lo, hi), DOC_WINDOW, stats[k]));
  }
  const second = train(
    feats.map((f, i) => withDocumentFeatures(f, extra[i] as Uint32Array)),
    gold,
  );
  if (log) console.log(`pass 2 trained (${secs(t0)})`);
  const model: NerModel = { weights: first, second, features: fx };
  return fullStats ? { ...model, corpus: fullStats } : model;
}

function evaluate(model: NerModel, test: readonly ConllSentence[]): NerEvaluation {
  const pred = tagDocument(test.map((s) => s.tokens), model);
  return evaluateNer(test.map((s) => s.tags), pred);
}

const t0 = Date.now();
const fx = nerExtractor();
const useCorpus = args.includes('--corpus');
const corpus = useCorpus ? corpusSample() : [];
const allTrain = read('train.txt');
// --dev: hold out the last 10% of train as the evaluation set (for tuning; test stays untouched).
const devMode = args.includes('--dev');
const devCut = Math.round(allTrain.length * 0.9);
const trainSents = devMode ? allTrain.slice(0, devCut) : allTrain;
const testSents = devMode ? allTrain.slice(devCut) : read('test.txt');
if (devMode) console.log('dev mode: training on the first 90% of train, evaluating on the last 10%');
const trainFeats = trainSents.map((s) => fx.sentence(s.tokens));
const trainGold = trainSents.map((s) => Int32Array.from(s.tags, (t) => tagId.get(t) ?? 0));
console.log(`train: ${trainSents.length} sentences; test: ${testSents.length} sentences; features ready (${secs(t0)})`);

if (args.includes('--cv')) {
  // K-fold cross-validation over contiguous blocks of train (test stays untouched): the spans
  // of all folds are pooled, so the figure has about five times the gold spans of --dev.
  const k = Number(opt('--cv', '5'));
  const gold: string[][] = [];
  const pred: string[][] = [];
  const scan = args.includes('--bias-scan') ? [0, 4, 8, 12, 16] : [];
  const scanPred = scan.map(() => [] as string[][]);
  const n = trainSents.length;
  for (let f = 0; f < k; f++) {
    const lo = Math.floor((f * n) / k);
    const hi = Math.floor(((f + 1) * n) / k);
    const model = trainModel(fx, [...trainFeats.slice(0, lo), ...trainFeats.slice(hi)], [...trainGold.slice(0, lo), ...trainGold.slice(hi)], false);
    const held = trainSents.slice(lo, hi);
    gold.push(...held.map((s) => s.tags));
    pred.push(...tagDocument(held.map((s) => s.tokens), model));
    scan.forEach((b, j) => scanPred[j]?.push(...tagDocument(held.map((s) => s.tokens), { ...model, oPenalty: b })));
    console.log(`fold ${f + 1}/${k} (${secs(t0)})`);
  }
  console.log(formatNerEvaluation(evaluateNer(gold, pred)));
  scan.forEach((b, j) => console.log(`oPenalty ${b}: F1 ${evaluateNer(gold, scanPred[j] ?? []).micro.f1.toFixed(2)}`));
} else if (args.includes('--curve')) {
  for (const frac of opt('--curve-fractions', '0.25,0.5,1').split(',').map(Number)) {
    const n = Math.round(trainFeats.length * frac);
    const ev = evaluate(trainModel(fx, trainFeats.slice(0, n), trainGold.slice(0, n), false), testSents);
    console.log(`${Math.round(frac * 100)}% of train (${n} sentences): micro P ${ev.micro.precision.toFixed(2)} R ${ev.micro.recall.toFixed(2)} F1 ${ev.micro.f1.toFixed(2)}`);
  }
} else {
  const n = Math.round(trainFeats.length * Number(opt('--fraction', '1')));
  const model = trainModel(fx, trainFeats.slice(0, n), trainGold.slice(0, n), true);
  if (args.includes('--bias-scan')) {
    for (const b of [0, 2, 4, 6, 8, 12, 16]) console.log(`oPenalty ${b}: F1 ${evaluate({ ...model, oPenalty: b }, testSents).micro.f1.toFixed(2)}`);
  }
  const ev = evaluate(model, testSents);
  console.log(formatNerEvaluation(ev));
  console.log(`feature rows: pass 1 ${model.weights.size}, pass 2 ${model.second?.size ?? 0}`);
  const dump = opt('--errors', '');
  if (dump !== '') {
    const pred = tagDocument(testSents.map((s) => s.tokens), model);
    const lines: string[] = [];
    testSents.forEach((s, k) => {
      const p = pred[k] as string[];
      if (p.every((t, i) => t === s.tags[i])) return;
      lines.push(s.tokens.map((t, i) => (p[i] === s.tags[i] ? (s.tags[i] === 'O' ? t : `[${t}/${s.tags[i]}]`) : `{${t}/${s.tags[i]}→${p[i]}}`)).join(' '));
    });
    writeFileSync(dump, lines.join('\n\n'));
  }
  if (!args.includes('--no-write') && !devMode) {
    const parts = { first: model.weights, ...(model.second ? { second: model.second } : {}), ...(model.corpus ? { corpus: serializeCorpusStats(model.corpus) } : {}) };
    const bytes = gzipSync(serializeNerModel(parts, prune), { level: 9 });
    writeFileSync(modelPath(NER_MODEL_FILE), bytes);
    // Check that the written (quantised, pruned) model scores the same.
    const reread = nerModelFromParts(parseNerModel(gunzipSync(bytes)), fx);
    console.log(`wrote models/${NER_MODEL_FILE}: ${bytes.length} bytes; test micro F1 of the written model ${evaluate(reread, testSents).micro.f1.toFixed(2)}`);
  }
}
console.log(`total ${secs(t0)}`);
