/**
 * Evaluate the clitic segmenter on test sets built from ANERcorp (`../shared/data/anercorp`).
 *
 * Gold standard (built from ANERcorp and ANERGazet only, never from the SaudiNewsNet counts the
 * guard uses):
 *
 * (a) Entity tokens (PERS, LOC, ORG). A token is CLITIC-BEARING when it is a proclitic
 *     combination (و ف ب ك ل, وب فب وك فك ول فل, لل ولل فلل) plus a remainder of at least three
 *     letters that is itself attested as an entity token anywhere in ANERcorp (train or test), at
 *     least as often as the whole token, or is an ANERGazet name while the whole token is not
 *     (`وباريس` = و + باريس). Every other entity token SHOULD STAY INTACT (بوتين: وتين is no name). We report the share of should-stay-intact tokens left intact — strictly (no
 *     prefix, no suffix) and leniently (only the article ال removed) — and the share of
 *     clitic-bearing ones whose non-article proclitics were found exactly.
 * (b) Common words: O-tagged tokens that are a proclitic combination plus a remainder of at least
 *     three letters that occurs as an O token at least 3 times in ANERcorp, and at least as often as
 *     the whole token (for لل, the remainder with ال restored; so `كانت` is not ك + انت). We report the share whose proclitics (ignoring ال) were found
 *     exactly, for article combinations (وال بال فال كال لل…) and single-letter proclitics.
 *
 * Two guards are evaluated:
 *   A. the shipped lexicon (`models/arabic-lexicon.tsv.gz`, whose names include the PERS/LOC tokens
 *      of the first 80% of train sentences), on the HELD-OUT last 20% of train sentences;
 *   B. a guard from the SaudiNewsNet counts, ANERGazet names and Wikidata transliterations (no
 *      ANERcorp), on all of train;
 *   C. for comparison, B with the Wikidata spellings used as full names (not shipped).
 *
 * Run: `npx tsx scripts/eval-clitics.ts [--errors] [--slack N] [--unseen N] [--evidence X]`
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, strFromU8 } from 'fflate';
import { segment, type SegmentOptions } from '../src/arabic/clitics.js';
import { createArabicLexicon, parseArabicLexicon, type ArabicLexicon } from '../src/arabic/cliticsLexicon.js';
import { normalizeMatch } from '../src/arabic/normalize.js';
import { ARABIC_LEXICON_FILE } from '../src/models/arabicLexicon.js';
import { modelPath, sharedPath } from '../src/models/paths.js';
import { ANERCORP_LEXICON_SHARE, cleanNames, readAnercorp, readGazetteer, readWikidataNames, type TaggedSentence } from './build-arabic-lexicon.js';

/** Proclitic surfaces and their non-article parts; `article` when ال is included (elided for لل). */
const PROCLITIC_SURFACES: { surface: string; parts: string[]; article: boolean; elided: boolean }[] = [
  { surface: 'وبال', parts: ['و', 'ب'], article: true, elided: false },
  { surface: 'فبال', parts: ['ف', 'ب'], article: true, elided: false },
  { surface: 'وكال', parts: ['و', 'ك'], article: true, elided: false },
  { surface: 'ولل', parts: ['و', 'ل'], article: true, elided: true },
  { surface: 'فلل', parts: ['ف', 'ل'], article: true, elided: true },
  { surface: 'وال', parts: ['و'], article: true, elided: false },
  { surface: 'فال', parts: ['ف'], article: true, elided: false },
  { surface: 'بال', parts: ['ب'], article: true, elided: false },
  { surface: 'كال', parts: ['ك'], article: true, elided: false },
  { surface: 'لل', parts: ['ل'], article: true, elided: true },
  { surface: 'وب', parts: ['و', 'ب'], article: false, elided: false },
  { surface: 'فب', parts: ['ف', 'ب'], article: false, elided: false },
  { surface: 'وك', parts: ['و', 'ك'], article: false, elided: false },
  { surface: 'فك', parts: ['ف', 'ك'], article: false, elided: false },
  { surface: 'ول', parts: ['و', 'ل'], article: false, elided: false },
  { surface: 'فل', parts: ['ف', 'ل'], article: false, elided: false },
  { surface: 'و', parts: ['و'], article: false, elided: false },
  { surface: 'ف', parts: ['ف'], article: false, elided: false },
  { surface: 'ب', parts: ['ب'], article: false, elided: false },
  { surface: 'ك', parts: ['ك'], article: false, elided: false },
  { surface: 'ل', parts: ['ل'], article: false, elided: false },
];

/**
 * The gold proclitic analysis of a token, or null: the longest proclitic combination whose
 * remainder is attested (`count(r) > 0`) at least as often as the token itself in the gold
 * source (so `كانت` is not ك + انت and `بكين` is not ب + كين).
 */
function goldProclitics(t: string, count: (r: string) => number): { parts: string[]; article: boolean } | null {
  const own = count(t);
  for (const p of PROCLITIC_SURFACES) {
    if (!t.startsWith(p.surface)) continue;
    const rest = t.slice(p.surface.length);
    if (rest.length < 3) continue;
    const r = p.elided || p.article ? 'ال' + rest : rest;
    const c = Math.max(count(r), p.article ? count(rest) : 0);
    if (c > 0 && c >= own) return { parts: p.parts, article: p.article };
  }
  return null;
}

const nonArticle = (ps: readonly string[]): string => ps.filter((p) => p !== 'ال').join('+');

interface Figures {
  intactTotal: number;
  intactStrict: number;
  intactLenient: number;
  intactOov: number;
  intactOovStrict: number;
  cliticTotal: number;
  cliticCorrect: number;
  articleTotal: number;
  articleCorrect: number;
  singleTotal: number;
  singleCorrect: number;
  errors: string[];
}

function evaluate(
  sentences: readonly TaggedSentence[],
  lex: ArabicLexicon,
  entityCount: (r: string) => number,
  oCount: ReadonlyMap<string, number>,
  options: SegmentOptions,
): Figures {
  const f: Figures = {
    intactTotal: 0,
    intactStrict: 0,
    intactLenient: 0,
    intactOov: 0,
    intactOovStrict: 0,
    cliticTotal: 0,
    cliticCorrect: 0,
    articleTotal: 0,
    articleCorrect: 0,
    singleTotal: 0,
    singleCorrect: 0,
    errors: [],
  };
  for (const s of sentences) {
    for (const { token, tag } of s) {
      const t = normalizeMatch(token);
      if (!/^[\u0621-\u064a]{2,}$/.test(t)) continue;
      const seg = segment(token, lex, options);
      if (/^[BI]-(PERS|LOC|ORG)$/.test(tag)) {
        const gold = goldProclitics(t, entityCount);
        if (gold) {
          f.cliticTotal++;
          if (nonArticle(seg.prefixes) === gold.parts.join('+')) f.cliticCorrect++;
          else if (f.errors.length < 400) f.errors.push(`clitic-entity ${t} → ${seg.prefixes.join('+')}[${seg.base}]${seg.suffixes.join('+')}`);
        } else {
          f.intactTotal++;
          const strict = seg.prefixes.length === 0 && seg.suffixes.length === 0;
          const lenient = seg.suffixes.length === 0 && seg.prefixes.every((p) => p === 'ال');
          if (strict) f.intactStrict++;
          if (lenient) f.intactLenient++;
          else if (f.errors.length < 400) f.errors.push(`over-split ${t} → ${seg.prefixes.join('+')}[${seg.base}]${seg.suffixes.join('+')}`);
          if (!lex.isName(t)) {
            f.intactOov++;
            if (lenient) f.intactOovStrict++;
          }
        }
      } else if (tag === 'O') {
        const gold = goldProclitics(t, (r) => {
          const c = oCount.get(r) ?? 0;
          return c >= 3 ? c : 0;
        });
        if (!gold) continue;
        const ok = nonArticle(seg.prefixes) === gold.parts.join('+');
        if (gold.article) {
          f.articleTotal++;
          if (ok) f.articleCorrect++;
        } else {
          f.singleTotal++;
          if (ok) f.singleCorrect++;
        }
        if (!ok && f.errors.length < 400) f.errors.push(`common ${t} → ${seg.prefixes.join('+')}[${seg.base}]${seg.suffixes.join('+')}`);
      }
    }
  }
  return f;
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}% (${a}/${b})`;

function report(name: string, f: Figures): void {
  console.log(`\n== ${name}`);
  console.log(`(a) entity tokens that should stay intact: strict ${pct(f.intactStrict, f.intactTotal)}, lenient (ال may go) ${pct(f.intactLenient, f.intactTotal)}`);
  console.log(`    of which not in the lexicon's names: lenient ${pct(f.intactOovStrict, f.intactOov)}`);
  console.log(`    clitic-bearing entity tokens, proclitics found exactly: ${pct(f.cliticCorrect, f.cliticTotal)}`);
  console.log(`(b) clitic-prefixed common words split correctly: article combinations ${pct(f.articleCorrect, f.articleTotal)}, single-letter proclitics ${pct(f.singleCorrect, f.singleTotal)}, all ${pct(f.articleCorrect + f.singleCorrect, f.articleTotal + f.singleTotal)}`);
}

function main(): void {
  const train = readAnercorp(sharedPath('data', 'anercorp', 'train.txt'));
  const test = readAnercorp(sharedPath('data', 'anercorp', 'test.txt'));
  const entity = new Map<string, number>();
  const oCount = new Map<string, number>();
  for (const s of [...train, ...test]) {
    for (const { token, tag } of s) {
      const t = normalizeMatch(token);
      if (tag === 'O') oCount.set(t, (oCount.get(t) ?? 0) + 1);
      else if (/^[BI]-(PERS|LOC|ORG)$/.test(tag)) entity.set(t, (entity.get(t) ?? 0) + 1);
    }
  }
  const gazetteer = new Set(readGazetteer(['pers.txt', 'loc.txt', 'org.txt']));
  // Gazetteer names count as attested once more than any token (a gazetteer name is a name).
  const entityCount = (r: string): number => (entity.get(r) ?? 0) + (gazetteer.has(r) ? 1000 : 0);
  const options: SegmentOptions = {};
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const slack = arg('--slack');
  const unseen = arg('--unseen');
  const evidence = arg('--evidence');
  if (slack !== undefined) options.prefixSlack = slack;
  if (unseen !== undefined) options.unseenExpected = unseen;
  if (evidence !== undefined) options.evidenceShare = evidence;

  const shipped = parseArabicLexicon(strFromU8(gunzipSync(readFileSync(modelPath(ARABIC_LEXICON_FILE)))));
  const heldOut = train.slice(Math.floor(train.length * ANERCORP_LEXICON_SHARE));
  const a = evaluate(heldOut, shipped, entityCount, oCount, options);
  report(`A. shipped lexicon, held-out last ${Math.round((1 - ANERCORP_LEXICON_SHARE) * 100)}% of train.txt (${heldOut.length} sentences)`, a);

  // B: the same counts, names from ANERGazet only.
  const counts = new Map<string, number>();
  const text = strFromU8(gunzipSync(readFileSync(modelPath(ARABIC_LEXICON_FILE))));
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [form, c] = line.split('\t');
    if (form && Number(c) > 0) counts.set(form, Number(c));
  }
  const wikidata = readWikidataNames();
  const lexB = createArabicLexicon(counts, cleanNames(readGazetteer(), counts), shipped.total, wikidata);
  const b = evaluate(train, lexB, entityCount, oCount, options);
  report(`B. SaudiNewsNet counts + ANERGazet names + Wikidata transliterations (no ANERcorp), all of train.txt (${train.length} sentences)`, b);
  const lexC = createArabicLexicon(counts, cleanNames([...readGazetteer(), ...wikidata], counts), shipped.total);
  const c = evaluate(train, lexC, entityCount, oCount, options);
  report(`C. for comparison: Wikidata spellings used as full names instead, all of train.txt`, c);

  if (process.argv.includes('--errors')) for (const e of [...a.errors]) console.log(e);
}

main();
