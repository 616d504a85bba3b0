/**
 * Build `models/translit.json`: the learned data for `romanize` (a letter-in-context model and
 * a whole-word dictionary of learned pairs) and the letter classes for `nameKey`.
 *
 *   npx tsx scripts/build-translit.ts
 *
 * Sources (build half only; the held-out half, chosen by `isHeldOut` on the English token, is
 * never read here):
 * - ../shared/data/translit/wikidata-en-ar-names.tsv (Wikidata, CC0)
 * - ../shared/data/translit/google-ar2en.tsv (google/transliteration, Apache-2.0)
 *
 * Method: each (Arabic letters, Latin) pair is aligned monotonically, every Arabic letter
 * emitting a Latin chunk of 0–5 characters (its consonant plus the vowels written after it),
 * by hard EM from a small prior of letter→consonant spellings. Chunk counts by letter context
 * (previous, letter, next) give the model; only contexts whose best chunk differs from what the
 * less specific context predicts are kept. The dictionary keeps only the words that the model
 * gets wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { modelPath, sharedPath } from '../src/models/paths.js';
import { isHeldOut, latinKey, parseGoogleTsv, parseWikidataTsv } from '../src/models/translitData.js';
import { romanizeLetters, romanizeWordByLetters, type RomanizeTable } from '../src/arabic/romanize.js';
import { DEFAULT_CLASSES } from '../src/arabic/nameKey.js';
import { TRANSLIT_MODEL_FILE, type TranslitJson } from '../src/models/translit.js';

const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ع', 'ء', 'ه']);
const PRIOR: Record<string, string[]> = {
  ا: ['', 'a', 'e', 'o', 'i', 'aa'],
  و: ['w', 'v', 'o', 'u', 'ou', 'oo', 'au', 'ow', ''],
  ي: ['y', 'i', 'e', 'ee', 'ie', 'j', 'ei', 'ai', 'ey', 'ay', ''],
  ع: ['', "'"],
  ء: [''],
  ه: ['h', ''],
  ب: ['b', 'p', 'bb', 'pp'],
  ت: ['t', 'tt', 'th'],
  ث: ['th', 't', 's', 'z', 'tt'],
  ج: ['j', 'g', 'dj', 'dg', 'zh', 'gg', 'dzh', 'y'],
  ح: ['h', 'kh'],
  خ: ['kh', 'h', 'ch', 'j', 'x'],
  د: ['d', 'dd', 't'],
  ذ: ['dh', 'th', 'z', 'd'],
  ر: ['r', 'rr'],
  ز: ['z', 's', 'ts', 'tz', 'zz', 'ss'],
  س: ['s', 'ss', 'c', 'z', 'x', 'ks', 'sz', 'sc', 'ts'],
  ش: ['sh', 'ch', 'sch', 's', 'sc', 'x', 'j', 'g', 'sz', 'tch', 'tsch', 'c', 'cz'],
  ص: ['s', 'c', 'ss'],
  ض: ['d', 'dh', 'z'],
  ط: ['t', 'tt'],
  ظ: ['z', 'dh'],
  غ: ['gh', 'g', 'r', 'gg'],
  ف: ['f', 'v', 'ph', 'w', 'ff'],
  ق: ['q', 'k', 'c', 'g', 'ck', 'qu'],
  ك: ['k', 'c', 'ck', 'q', 'ch', 'x', 'g', 'kk', 'cc', 'qu'],
  ل: ['l', 'll'],
  م: ['m', 'mm'],
  ن: ['n', 'nn', 'm', 'ng'],
  پ: ['p'],
  چ: ['ch', 'tch'],
  ڤ: ['v'],
  گ: ['g'],
};
const MAX_CHUNK = 5;

function priorScore(letter: string, chunk: string): number {
  const bases = PRIOR[letter] ?? [''];
  let best = -12 - chunk.length;
  for (const b of bases) {
    if (!chunk.startsWith(b)) continue;
    const rest = chunk.slice(b.length);
    if (/^[aeiouy']*$/.test(rest) && rest.length <= 3) best = Math.max(best, -1 - 0.7 * rest.length - 0.3 * b.length);
  }
  if (VOWEL_LETTERS.has(letter) && /^[aeiouy'h]*$/.test(chunk)) best = Math.max(best, -1.5 - 0.5 * chunk.length);
  return best;
}

interface Pair {
  letters: string;
  latin: string;
  weight: number;
}

function align(p: Pair, score: (letter: string, chunk: string) => number): string[] | undefined {
  const n = p.letters.length;
  const m = p.latin.length;
  const dp: Float64Array[] = [];
  const back: Int8Array[] = [];
  for (let i = 0; i <= n; i++) {
    dp.push(new Float64Array(m + 1).fill(-Infinity));
    back.push(new Int8Array(m + 1).fill(-1));
  }
  dp[0]![0] = 0;
  for (let i = 1; i <= n; i++) {
    const c = p.letters[i - 1]!;
    for (let j = 0; j <= m; j++) {
      for (let k = 0; k <= MAX_CHUNK && k <= j; k++) {
        const prev = dp[i - 1]![j - k]!;
        if (prev === -Infinity) continue;
        const s = prev + score(c, p.latin.slice(j - k, j));
        if (s > dp[i]![j]!) {
          dp[i]![j] = s;
          back[i]![j] = k;
        }
      }
    }
  }
  if (dp[n]![m] === -Infinity) return undefined;
  const chunks: string[] = [];
  let j = m;
  for (let i = n; i >= 1; i--) {
    const k = back[i]![j]!;
    chunks.unshift(p.latin.slice(j - k, j));
    j -= k;
  }
  return chunks;
}

// --- data (build half only) ------------------------------------------------------------------
const wiki = parseWikidataTsv(readFileSync(sharedPath('data/translit/wikidata-en-ar-names.tsv'), 'utf8'));
const google = parseGoogleTsv(readFileSync(sharedPath('data/translit/google-ar2en.tsv'), 'utf8'));
const pairs: Pair[] = [];
/** Arabic letters → Latin → weight, for the dictionary. */
const dictVotes = new Map<string, Map<string, number>>();
function addPair(arabic: string, latinRaw: string, weight: number): void {
  if (isHeldOut(latinRaw)) return;
  const letters = romanizeLetters(arabic);
  const latin = latinKey(latinRaw);
  if (letters === '' || latin === '' || /\s/.test(arabic.trim())) return;
  if (latin.length > letters.length * MAX_CHUNK || latin.length * 3 < letters.length) return;
  pairs.push({ letters, latin, weight });
  let v = dictVotes.get(letters);
  if (v === undefined) dictVotes.set(letters, (v = new Map()));
  v.set(latin, (v.get(latin) ?? 0) + weight);
}
for (const w of wiki) addPair(w.arabic, w.latin, Math.log2(1 + w.count));
for (const g of google) addPair(g.arabic, g.latin, 2);
console.log(`build half: ${pairs.length} pairs, ${dictVotes.size} distinct Arabic words`);

// --- hard EM ------------------------------------------------------------------------------
let score: (letter: string, chunk: string) => number = priorScore;
let alignments: (string[] | undefined)[] = [];
for (let iter = 0; iter < 4; iter++) {
  alignments = pairs.map((p) => align(p, score));
  const counts = new Map<string, Map<string, number>>();
  let aligned = 0;
  alignments.forEach((a, idx) => {
    if (a === undefined) return;
    aligned++;
    const p = pairs[idx]!;
    a.forEach((chunk, i) => {
      const c = p.letters[i]!;
      let m = counts.get(c);
      if (m === undefined) counts.set(c, (m = new Map()));
      m.set(chunk, (m.get(chunk) ?? 0) + p.weight);
    });
  });
  const totals = new Map<string, number>();
  for (const [c, m] of counts) totals.set(c, [...m.values()].reduce((x, y) => x + y, 0));
  score = (letter, chunk) => {
    const n = counts.get(letter)?.get(chunk) ?? 0;
    const t = totals.get(letter) ?? 0;
    return Math.log((n + 0.05 * Math.exp(priorScore(letter, chunk))) / (t + 1));
  };
  console.log(`EM iteration ${iter + 1}: ${aligned} pairs aligned`);
}

// --- context model ----------------------------------------------------------------------------
const ctxCounts = new Map<string, Map<string, number>>();
function bump(key: string, chunk: string, w: number): void {
  let m = ctxCounts.get(key);
  if (m === undefined) ctxCounts.set(key, (m = new Map()));
  m.set(chunk, (m.get(chunk) ?? 0) + w);
}
alignments.forEach((a, idx) => {
  if (a === undefined) return;
  const { letters, weight } = pairs[idx]!;
  a.forEach((chunk, i) => {
    const c = letters[i]!;
    const p = i === 0 ? '^' : letters[i - 1]!;
    const n = i === letters.length - 1 ? '$' : letters[i + 1]!;
    bump(p + c + n, chunk, weight);
    bump('*' + c + n, chunk, weight);
    bump(p + c + '*', chunk, weight);
    bump('*' + c + '*', chunk, weight);
  });
});
/** Top chunks of a context with log probabilities, or undefined below `minTotal`. */
function dist(key: string, minTotal: number): [string, number][] | undefined {
  const m = ctxCounts.get(key);
  if (m === undefined) return undefined;
  const total = [...m.values()].reduce((x, y) => x + y, 0);
  if (total < minTotal) return undefined;
  const sorted = [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const keep = sorted.filter(([, n], i) => i === 0 || (i < 5 && n / total >= 0.04));
  return keep.map(([chunk, n]) => [chunk, Math.round(Math.log(n / total) * 100) / 100]);
}
const ctxDist = new Map<string, [string, number][]>();
for (const k of [...ctxCounts.keys()].sort()) {
  const level = (k.charAt(0) === '*' ? 0 : 1) + (k.charAt(2) === '*' ? 0 : 1);
  const d = dist(k, level === 0 ? 0 : level === 1 ? 4 : 3);
  if (d !== undefined) ctxDist.set(k, d);
}
// Drop specific contexts that say the same as the context they back off to.
for (const k of [...ctxDist.keys()]) {
  if (k.charAt(0) === '*' && k.charAt(2) === '*') continue;
  const backoff =
    k.charAt(0) !== '*' && k.charAt(2) !== '*'
      ? (ctxDist.get('*' + k.charAt(1) + k.charAt(2)) ?? ctxDist.get(k.charAt(0) + k.charAt(1) + '*') ?? ctxDist.get('*' + k.charAt(1) + '*'))
      : ctxDist.get('*' + k.charAt(1) + '*');
  const d = ctxDist.get(k)!;
  if (backoff !== undefined && JSON.stringify(backoff.slice(0, 3).map((x) => x[0])) === JSON.stringify(d.slice(0, 3).map((x) => x[0])))
    ctxDist.delete(k);
}
const ctx: Record<string, string> = {};
for (const [k, d] of ctxDist) ctx[k] = d.map(([c, lp]) => `${c} ${lp}`).join('|');

// --- Latin character n-gram model ---------------------------------------------------------------
const ORDER = 4;
const lmCounts = new Map<string, number>();
const seenLatin = new Set<string>();
for (const p of pairs) {
  if (seenLatin.has(p.latin)) continue;
  seenLatin.add(p.latin);
  const w = '^'.repeat(ORDER - 1) + p.latin + '$';
  for (let i = ORDER - 1; i < w.length; i++)
    for (let k = 1; k <= ORDER; k++) {
      const g = w.slice(i - k + 1, i + 1);
      lmCounts.set(g, (lmCounts.get(g) ?? 0) + 1);
    }
  lmCounts.set('', (lmCounts.get('') ?? 0) + p.latin.length + 1);
  // History counts for the padded start.
  for (let k = 1; k < ORDER; k++) lmCounts.set('^'.repeat(k), (lmCounts.get('^'.repeat(k)) ?? 0) + 1);
}
const lm: Record<string, number> = {};
for (const [g, n] of [...lmCounts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (n >= 2 || g.length <= 2) lm[g] = n;

function tableWith(lmWeight: number): RomanizeTable {
  return {
    dict: new Map(),
    ctx: new Map([...ctxDist].map(([k, d]) => [k, d])),
    lm: new Map(Object.entries(lm)),
    order: ORDER,
    lmWeight,
  };
}
// Choose the n-gram weight on a sample of build words (never the held-out half).
const sample = [...dictVotes.keys()].sort().filter((_, i) => i % 15 === 0);
let lmWeight = 1;
let bestAcc = -1;
for (const w of [0, 0.3, 0.6, 1, 1.5]) {
  const t = tableWith(w);
  let ok = 0;
  for (const letters of sample) {
    const votes = dictVotes.get(letters)!;
    const out = romanizeWordByLetters(letters, t);
    if (votes.has(out)) ok++;
  }
  console.log(`n-gram weight ${w}: ${((100 * ok) / sample.length).toFixed(1)}% of ${sample.length} build words`);
  if (ok > bestAcc) [bestAcc, lmWeight] = [ok, w];
}
const table = tableWith(lmWeight);

// --- dictionary: learned pairs the model gets wrong ----------------------------------------------
const dictLines: string[] = [];
let modelRight = 0;
for (const letters of [...dictVotes.keys()].sort()) {
  const votes = dictVotes.get(letters)!;
  let top = '';
  let topN = -1;
  for (const [latin, n] of votes) if (n > topN || (n === topN && latin < top)) [top, topN] = [latin, n];
  if (romanizeWordByLetters(letters, table) === top) modelRight++;
  else dictLines.push(`${letters}\t${top}`);
}
console.log(
  `model (n-gram weight ${lmWeight}): ${Object.keys(ctx).length} contexts, ${Object.keys(lm).length} n-grams; right on ${modelRight}/${dictVotes.size} build words ` +
    `(${((100 * modelRight) / dictVotes.size).toFixed(1)}%); dictionary keeps the other ${dictLines.length}`,
);

const out: TranslitJson = {
  version: 1,
  sources: [
    'wikidata-en-ar-names.tsv (Wikidata, CC0): build half',
    'google-ar2en.tsv (google/transliteration, Apache-2.0): build half',
  ],
  classes: { ...DEFAULT_CLASSES },
  ctx,
  lm,
  order: ORDER,
  lmWeight,
  dict: dictLines.join('\n'),
};
const json = JSON.stringify(out);
writeFileSync(modelPath(TRANSLIT_MODEL_FILE), json);
console.log(`wrote ${modelPath(TRANSLIT_MODEL_FILE)} (${(json.length / 1024).toFixed(0)} KiB chars)`);
