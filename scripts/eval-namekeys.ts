/**
 * Evaluate name keys and the romaniser on the held-out half of the transliteration data.
 *
 *   npx tsx scripts/eval-namekeys.ts            # held-out figures for the shipped settings
 *   npx tsx scripts/eval-namekeys.ts --tune     # rule variants, measured on the build half
 *
 * Name keys: variant groups are Arabic spellings whose English tokens differ only orthographically
 * (`latinVariant`: sergei / sergey), from Wikidata and from Google pairs joined to Wikidata by
 * the English token. Recall = share of pairs of *different* Arabic spellings in a group that get
 * the same key. False merges = share of pairs of spellings of different names that get the same
 * key, where "different" means the English consonant skeletons differ (`latinSkeleton`; so
 * mohammed / muhammad is never counted as a false merge), on (a) random pairs, (b) hard pairs:
 * spellings one letter apart. "wrong-among-merged": of all pairs of spellings in the half that
 * share a key, the share that are different names (also for keys of five or more letters, where
 * collisions are rarer).
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/models/paths.js';
import {
  isHeldOut,
  latinKey,
  latinVariant,
  latinSkeleton,
  parseGoogleTsv,
  parseWikidataTsv,
} from '../src/models/translitData.js';
import { DEFAULT_NAME_KEY_RULES, nameKey, type NameKeyRules } from '../src/arabic/nameKey.js';
import { normalizeMatch } from '../src/arabic/normalize.js';
import { loadTranslit } from '../src/models/translit.js';
import { romanize } from '../src/arabic/romanize.js';

const tune = process.argv.includes('--tune');
const wiki = parseWikidataTsv(readFileSync(sharedPath('data/translit/wikidata-en-ar-names.tsv'), 'utf8'));
const google = parseGoogleTsv(readFileSync(sharedPath('data/translit/google-ar2en.tsv'), 'utf8'));
const wantHeld = !tune;

// --- data for the chosen half -------------------------------------------------------------
/** Arabic spelling → English skeletons; phonetic group → Arabic spellings. */
const skeletons = new Map<string, Set<string>>();
const groups = new Map<string, Set<string>>();
function add(arabic: string, latin: string): void {
  if (isHeldOut(latin) !== wantHeld) return;
  const a = normalizeMatch(arabic).replace(/\s+/g, ' ').trim();
  if (a === '' || latinKey(latin) === '') return;
  let s = skeletons.get(a);
  if (s === undefined) skeletons.set(a, (s = new Set()));
  s.add(latinSkeleton(latin));
  const p = latinVariant(latin);
  let g = groups.get(p);
  if (g === undefined) groups.set(p, (g = new Set()));
  g.add(a);
}
for (const w of wiki) add(w.arabic, w.latin);
for (const g of google) add(g.arabic, g.latin);

const positives: [string, string][] = [];
for (const g of groups.values()) {
  const xs = [...g];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) positives.push([xs[i]!, xs[j]!]);
}
function sameName(a: string, b: string): boolean {
  const sa = skeletons.get(a);
  const sb = skeletons.get(b);
  if (sa === undefined || sb === undefined) return false;
  for (const x of sa) if (sb.has(x)) return true;
  return false;
}
// Random negatives from a seeded generator.
let seed = 12345;
function rnd(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}
const spellings = [...skeletons.keys()].sort();
const randomNeg: [string, string][] = [];
while (randomNeg.length < 200_000) {
  const a = spellings[rnd(spellings.length)]!;
  const b = spellings[rnd(spellings.length)]!;
  if (a !== b && !sameName(a, b)) randomNeg.push([a, b]);
}
// Hard negatives: spellings one edit apart (shared single-deletion neighbour).
const byDeletion = new Map<string, string[]>();
for (const s of spellings) {
  if (s.includes(' ')) continue;
  const seen = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) seen.add(s.slice(0, i) + s.slice(i + 1));
  for (const d of seen) {
    let l = byDeletion.get(d);
    if (l === undefined) byDeletion.set(d, (l = []));
    l.push(s);
  }
}
const hardSet = new Set<string>();
const hardNeg: [string, string][] = [];
for (const l of byDeletion.values()) {
  if (l.length < 2 || l.length > 50) continue;
  for (let i = 0; i < l.length; i++)
    for (let j = i + 1; j < l.length; j++) {
      const a = l[i]!;
      const b = l[j]!;
      const k = a < b ? `${a}\t${b}` : `${b}\t${a}`;
      if (hardSet.has(k) || sameName(a, b)) continue;
      hardSet.add(k);
      hardNeg.push([a, b]);
    }
}

function measure(key: (s: string) => string): {
  recall: number;
  randomFM: number;
  hardFM: number;
  collide: number;
  collideLong: number;
} {
  const cache = new Map<string, string>();
  const k = (s: string): string => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = key(s)));
    return v;
  };
  const rate = (pairs: [string, string][]): number =>
    pairs.length === 0 ? 0 : pairs.filter(([a, b]) => k(a) === k(b)).length / pairs.length;
  // Collision precision: of all pairs of spellings that share a key, the share that are different names.
  const byKey = new Map<string, string[]>();
  for (const s of spellings) {
    const kk = k(s);
    let l = byKey.get(kk);
    if (l === undefined) byKey.set(kk, (l = []));
    l.push(s);
  }
  let merged = 0;
  let wrong = 0;
  let mergedLong = 0;
  let wrongLong = 0;
  for (const [kk, l] of byKey)
    for (let i = 0; i < l.length; i++)
      for (let j = i + 1; j < l.length; j++) {
        const bad = !sameName(l[i]!, l[j]!);
        merged++;
        if (bad) wrong++;
        if ([...kk].length >= 5) {
          mergedLong++;
          if (bad) wrongLong++;
        }
      }
  return {
    recall: rate(positives),
    randomFM: rate(randomNeg),
    hardFM: rate(hardNeg),
    collide: merged ? wrong / merged : 0,
    collideLong: mergedLong ? wrongLong / mergedLong : 0,
  };
}

const pct = (x: number, d = 1): string => `${(100 * x).toFixed(d)}%`;
function row(name: string, key: (s: string) => string): void {
  const m = measure(key);
  console.log(
    `${name.padEnd(34)} recall ${pct(m.recall).padStart(6)}  false-merge random ${pct(m.randomFM, 3).padStart(7)}  hard ${pct(m.hardFM).padStart(6)}  wrong-among-merged ${pct(m.collide).padStart(6)} (keys of 5+ letters ${pct(m.collideLong).padStart(6)})`,
  );
}

console.log(
  `${wantHeld ? 'HELD-OUT' : 'BUILD'} half: ${spellings.length} Arabic spellings, ${groups.size} name groups, ` +
    `${positives.length} variant pairs, ${randomNeg.length} random and ${hardNeg.length} one-letter-apart pairs of different names`,
);
row('match-normalised text only', (s) => normalizeMatch(s).replace(/\s+/g, ''));
const R = DEFAULT_NAME_KEY_RULES;
if (tune) {
  const variants: [string, Partial<NameKeyRules>][] = [
    ['defaults', {}],
    ['no letter classes', { classes: {} }],
    ['no vowel dropping', { dropMedial: '' }],
    ['drop medial ي only', { dropMedial: 'ي' }],
    ['drop medial ي و', { dropMedial: 'يو' }],
    ['+ drop final vowels', { dropFinal: true }],
    ['keep final ه', { finalHeAsYa: false }],
    ['keep article', { stripArticle: false }],
    ['+ drop ع', { dropAin: true }],
    ['ث with س', { classes: { ...R.classes, ث: 'س' } }],
    ['ز apart from س', { classes: { ...R.classes, ز: 'ز', ذ: 'ز', ظ: 'ز' } }],
    ['ج غ apart from ك ق', { classes: { ...R.classes, ج: 'ج', غ: 'ج', ك: 'ك', ق: 'ك' } }],
    ['+ ح with ه', { classes: { ...R.classes, ح: 'ه' } }],
    ['+ و with ف', { classes: { ...R.classes, و: 'ف' } }],
    ['+ ش with س', { classes: { ...R.classes, ش: 'س' } }],
  ];
  for (const [name, v] of variants) row(name, (s) => nameKey(s, undefined, { ...R, ...v }));
} else {
  row('nameKey (built-in rules)', (s) => nameKey(s));
  const t = loadTranslit();
  if (t !== undefined) row('nameKey (classes pinned in the shipped table)', (s) => nameKey(s, t.nameKey));
}

// --- romaniser on Google's held-out half ----------------------------------------------------
if (wantHeld) {
  const table = loadTranslit();
  const test = google.filter((g) => isHeldOut(g.latin));
  let exact = 0;
  let skel = 0;
  let edits = 0;
  let chars = 0;
  for (const g of test) {
    const gold = latinKey(g.latin);
    const out = latinKey(romanize(g.arabic, table?.romanize));
    if (out === gold) exact++;
    if (latinSkeleton(out) === latinSkeleton(gold)) skel++;
    edits += editDistance(out, gold);
    chars += gold.length;
  }
  console.log(
    `romanize on google-ar2en held-out (${test.length} pairs, ${table ? 'with' : 'WITHOUT'} shipped table): ` +
      `exact ${pct(exact / test.length)}, consonant-skeleton match ${pct(skel / test.length)}, CER ${pct(edits / chars)}`,
  );
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
