/**
 * Build `models/translit.json`: the learned data for `romanize` (a letter-in-context model and
 * a whole-word dictionary of learned pairs) and the letter classes for `nameKey`.
 *
 *   npx tsx scripts/build-translit.ts
 *
 * Sources (build half only for the model and dictionary; the held-out half, chosen by
 * `isHeldOut` on the English token, is read only for the display names, which `romanize` never
 * consults):
 * - ../shared/data/translit/wikidata-en-ar-names.tsv (Wikidata, CC0)
 * - ../shared/data/translit/google-ar2en.tsv (google/transliteration, Apache-2.0)
 *
 * Method: each (Arabic letters, Latin) pair is aligned monotonically, every Arabic letter
 * emitting a Latin chunk of 0–5 characters (its consonant plus the vowels written after it),
 * by hard EM from a small prior of letter→consonant spellings. Chunk counts by letter context
 * (previous, letter, next) give the model; only contexts whose best chunk differs from what the
 * less specific context predicts are kept. The dictionary keeps only the words that the model
 * gets wrong (and that have evidence: a Google pair, or a Wikidata token seen at least twice).
 * Pairs whose best alignment scores in the bottom 15% per letter (an English token that is
 * not a rendering of the Arabic word) are dropped before counting. The name-key letter classes
 * are written as the rule classes; the letter substitutions between variant spellings are
 * printed as the evidence for them.
 *
 *   npx tsx scripts/build-translit.ts --dev   # hold out a quarter of the build half's Google
 *                                             # pairs, report accuracy there, write nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { modelPath, sharedPath } from '../src/models/paths.js';
import {
  fnv1a,
  isHeldOut,
  latinKey,
  latinSkeleton,
  latinVariant,
  parseGoogleTsv,
  parseWikidataTsv,
  latinNamesFromPairs,
  type GooglePair,
} from '../src/models/translitData.js';
import { boundedEditDistance } from '../src/arabic/editDistance.js';
import { romanize, romanizeLetters, romanizeWordByLetters, type RomanizeTable } from '../src/arabic/romanize.js';
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

/** Substituted letter pairs on a Levenshtein alignment of two strings. */
function substitutions(a: string, b: string): [string, string][] {
  const n = a.length;
  const m = b.length;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) d.push(Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  const out: [string, string][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const same = a[i - 1] === b[j - 1];
    if (d[i]![j] === d[i - 1]![j - 1]! + (same ? 0 : 1)) {
      if (!same) out.push([a[i - 1]!, b[j - 1]!]);
      i--;
      j--;
    } else if (d[i]![j] === d[i - 1]![j]! + 1) i--;
    else j--;
  }
  return out;
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
/**
 * `--dev`: hold a further part of the build half's Google pairs out as a development set, report
 * accuracy on it, and write nothing (for choosing settings without touching the held-out half).
 */
const devMode = process.argv.includes('--dev');
const devSet: GooglePair[] = [];
const isDev = (latin: string): boolean => ((fnv1a(latinSkeleton(latin)) >>> 20) & 3) === 0;
/** Arabic letters → Latin → weight, for the dictionary. */
const dictVotes = new Map<string, Map<string, number>>();
function addPair(arabic: string, latinRaw: string, weight: number): void {
  if (isHeldOut(latinRaw)) return;
  const letters = romanizeLetters(arabic);
  const latin = latinKey(latinRaw);
  if (letters === '' || latin === '' || /\s/.test(arabic.trim())) return;
  if (latin.length > letters.length * MAX_CHUNK || latin.length * 3 < letters.length) return;
  pairs.push({ letters, latin, weight });
}
function vote({ letters, latin, weight }: Pair): void {
  let v = dictVotes.get(letters);
  if (v === undefined) dictVotes.set(letters, (v = new Map()));
  v.set(latin, (v.get(latin) ?? 0) + weight);
}
for (const w of wiki) if (!(devMode && isDev(w.latin))) addPair(w.arabic, w.latin, Math.log2(1 + w.count));
for (const g of google) {
  if (devMode && !isHeldOut(g.latin) && isDev(g.latin)) devSet.push(g);
  else addPair(g.arabic, g.latin, 2);
}
console.log(`build half: ${pairs.length} pairs`);

// --- letter substitutions between variant spellings (evidence for the name-key classes) ---------
{
  const groups = new Map<string, Set<string>>();
  for (const p of pairs) {
    let g = groups.get(latinVariant(p.latin));
    if (g === undefined) groups.set(latinVariant(p.latin), (g = new Set()));
    g.add(p.letters);
  }
  const subs = new Map<string, number>();
  for (const g of groups.values()) {
    const xs = [...g];
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++)
        for (const [a, b] of substitutions(xs[i]!, xs[j]!)) {
          const k = a < b ? a + b : b + a;
          subs.set(k, (subs.get(k) ?? 0) + 1);
        }
  }
  const top = [...subs].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 24);
  console.log(`letter substitutions between variant spellings (build half): ${top.map(([k, n]) => `${k}:${n}`).join(' ')}`);
  const classOf = (c: string): string => DEFAULT_CLASSES[c] ?? c;
  const covered = top.filter(([k]) => classOf(k.charAt(0)) === classOf(k.charAt(1))).length;
  console.log(`  of these ${top.length}, ${covered} are inside one name-key class (the rest are mostly vowel letters)`);
}

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

// --- noise: pairs whose best alignment is poor (a wrong English token for the Arabic word) -----
const NOISE = Number(process.env['NOISE'] ?? '0.15');
const quality = alignments.map((a, idx) => {
  if (a === undefined) return -Infinity;
  const p = pairs[idx]!;
  return a.reduce((sum, chunk, i) => sum + score(p.letters[i]!, chunk), 0) / p.letters.length;
});
const finite = quality.filter(Number.isFinite).sort((x, y) => x - y);
const cut = finite[Math.floor(finite.length * NOISE)] ?? -Infinity;
const good = quality.map((q) => q >= cut);
pairs.forEach((p, i) => {
  if (good[i]) vote(p);
});
console.log(`dropped ${good.filter((g) => !g).length} poorly aligned pairs; ${dictVotes.size} distinct Arabic words remain`);

// --- context model ----------------------------------------------------------------------------
const ctxCounts = new Map<string, Map<string, number>>();
function bump(key: string, chunk: string, w: number): void {
  let m = ctxCounts.get(key);
  if (m === undefined) ctxCounts.set(key, (m = new Map()));
  m.set(chunk, (m.get(chunk) ?? 0) + w);
}
alignments.forEach((a, idx) => {
  if (a === undefined || !good[idx]) return;
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
/** Minimum evidence for a dictionary entry (a Google pair weighs 2, a Wikidata token log2(1 + count)). */
const DICT_MIN = Number(process.env['DICT_MIN'] ?? '1.5');
let modelRight = 0;
for (const letters of [...dictVotes.keys()].sort()) {
  const votes = dictVotes.get(letters)!;
  let top = '';
  let topN = -1;
  for (const [latin, n] of votes) if (n > topN || (n === topN && latin < top)) [top, topN] = [latin, n];
  if (romanizeWordByLetters(letters, table) === top) modelRight++;
  else if (topN >= DICT_MIN) dictLines.push(`${letters}\t${top}`);
}
console.log(
  `model (n-gram weight ${lmWeight}): ${Object.keys(ctx).length} contexts, ${Object.keys(lm).length} n-grams; right on ${modelRight}/${dictVotes.size} build words ` +
    `(${((100 * modelRight) / dictVotes.size).toFixed(1)}%); dictionary keeps the other ${dictLines.length}`,
);

if (devMode) {
  const withDict = process.env['NODICT'] === undefined;
  const full: RomanizeTable = {
    ...table,
    dict: new Map(withDict ? dictLines.map((l) => l.split('\t') as [string, string]) : []),
  };
  let exact = 0;
  let skel = 0;
  for (const g of devSet) {
    const out = latinKey(romanize(g.arabic, full));
    if (out === latinKey(g.latin)) exact++;
    if (latinSkeleton(out) === latinSkeleton(g.latin)) skel++;
    else if (process.env['SHOW'] !== undefined && skel % 20 === 0) console.log(g.arabic, g.latin, out);
  }
  console.log(
    `dev (${devSet.length} Google pairs from the build half): exact ${((100 * exact) / devSet.length).toFixed(1)}%, ` +
      `skeleton ${((100 * skel) / devSet.length).toFixed(1)}%`,
  );
  process.exit(0);
}

// Display names for persons (`RomanizeTable.names`, read by `romanizeName`, never by `romanize`):
// the most attested English form of each Arabic word over ALL pairs, both halves — a dictionary
// for display, like a gazetteer. The held-out half still measures `romanize` alone
// (`scripts/eval-namekeys.ts`). Ties go to the form closest to the romaniser's reading.
const withDict: RomanizeTable = { ...table, dict: new Map(dictLines.map((l) => l.split('\t') as [string, string])) };
const closest = (letters: string, forms: readonly string[]): string[] => {
  const r = latinKey(romanize(letters, withDict));
  const d = forms.map((f) => boundedEditDistance(latinKey(f), r, 99));
  const best = Math.min(...d);
  return forms.filter((_, i) => d[i] === best);
};
const allWiki = parseWikidataTsv(readFileSync(sharedPath('data/translit/wikidata-en-ar-names.tsv'), 'utf8'));
const allGoogle = parseGoogleTsv(readFileSync(sharedPath('data/translit/google-ar2en.tsv'), 'utf8'));
const names = [...latinNamesFromPairs(allWiki, allGoogle, romanizeLetters, closest)]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([a, l]) => `${a}\t${l}`);
console.log(`display names: ${names.length} Arabic words`);

const out: TranslitJson = {
  version: 1,
  sources: [
    'wikidata-en-ar-names.tsv (Wikidata, CC0): build half (model, dictionary); all rows (display names)',
    'google-ar2en.tsv (google/transliteration, Apache-2.0): build half (model, dictionary); all rows (display names)',
  ],
  classes: { ...DEFAULT_CLASSES },
  ctx,
  lm,
  order: ORDER,
  lmWeight,
  dict: dictLines.join('\n'),
  names: names.join('\n'),
};
const json = JSON.stringify(out);
writeFileSync(modelPath(TRANSLIT_MODEL_FILE), json);
console.log(`wrote ${modelPath(TRANSLIT_MODEL_FILE)} (${(json.length / 1024).toFixed(0)} KiB chars)`);
