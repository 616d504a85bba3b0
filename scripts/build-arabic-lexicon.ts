/**
 * Build `models/arabic-lexicon.tsv.gz`, the clitic segmenter's guard lexicon:
 *
 * - counts of match-normalised Arabic word forms over SaudiNewsNet (titles and contents, all
 *   days), keeping forms seen at least MIN_KEEP times (single word forms and their counts only;
 *   no running text is kept);
 * - name tokens from ANERGazet (`pers.txt`, `loc.txt`; `org.txt` is left out because its tokens
 *   are mostly common words) and the PERS/LOC entity tokens of the first 80% of the sentences of
 *   ANERcorp `train.txt` (the last 20% are held out for `scripts/eval-clitics.ts`). A name token
 *   that is a clitic plus a better-attested form (`والعربية`) is replaced by that form.
 *
 * - Arabic spellings of Wikidata personal-name tokens (`translit/wikidata-en-ar-names.tsv`, CC0)
 *   as a separate, weaker `transliteration` flag (see `ArabicLexicon.isTransliteration`).
 *
 * Run: `npx tsx scripts/build-arabic-lexicon.ts`
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, strFromU8, unzipSync } from 'fflate';
import { serializeArabicLexicon } from '../src/arabic/cliticsLexicon.js';
import { normalizeMatch } from '../src/arabic/normalize.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { modelPath, sharedPath } from '../src/models/paths.js';

/** Forms seen fewer times than this are left out of the shipped file. */
export const MIN_KEEP = 3;
/** Share of ANERcorp train sentences (from the start) whose entity tokens go into the lexicon. */
export const ANERCORP_LEXICON_SHARE = 0.8;

/** Count match-normalised Arabic word forms over every SaudiNewsNet zip. */
export function countSaudiNewsNet(dir = sharedPath('data', 'saudinewsnet')): { counts: Map<string, number>; total: number; articles: number } {
  const counts = new Map<string, number>();
  let total = 0;
  let articles = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.zip')).sort()) {
    const zip = unzipSync(readFileSync(join(dir, f)));
    for (const member of Object.values(zip)) {
      const arr = JSON.parse(strFromU8(member)) as { title?: string; content?: string }[];
      for (const a of arr) {
        articles++;
        for (const text of [a.title ?? '', a.content ?? '']) {
          for (const t of tokenize(text)) {
            if (t.kind !== 'arabic') continue;
            const m = normalizeMatch(t.text);
            if (m.length === 0) continue;
            counts.set(m, (counts.get(m) ?? 0) + 1);
            total++;
          }
        }
      }
    }
  }
  return { counts, total, articles };
}

/** Name tokens of ANERGazet files (match-normalised), groups separated by `====` / `****` lines. */
export function readGazetteer(files = ['pers.txt', 'loc.txt']): string[] {
  const out: string[] = [];
  for (const f of files) {
    const text = readFileSync(sharedPath('data', 'anergazet', f), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      if (/^[=*]+$/.test(line.trim())) continue;
      for (const t of tokenize(line)) if (t.kind === 'arabic') out.push(normalizeMatch(t.text));
    }
  }
  return out;
}

/**
 * Arabic spellings of personal-name tokens from `../shared/data/translit/wikidata-en-ar-names.tsv`
 * (`english<TAB>arabic letters separated by spaces<TAB>count`, CC0), match-normalised, at least
 * three letters.
 */
export function readWikidataNames(): string[] {
  const out: string[] = [];
  const text = readFileSync(sharedPath('data', 'translit', 'wikidata-en-ar-names.tsv'), 'utf8');
  for (const line of text.split(/\r?\n/)) {
    const ar = line.split('\t')[1];
    if (!ar) continue;
    const w = normalizeMatch(ar.replace(/\s+/g, ''));
    if (w.length >= 3 && /^[\u0621-\u064a]+$/.test(w)) out.push(w);
  }
  return out;
}

/** One ANERcorp sentence: tokens with their tags. */
export type TaggedSentence = { token: string; tag: string }[];

/** Read an ANERcorp file (`token TAG` per line, blank line between sentences). */
export function readAnercorp(file: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let cur: TaggedSentence = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (!t) {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    const sp = t.lastIndexOf(' ');
    if (sp <= 0) continue;
    cur.push({ token: t.slice(0, sp), tag: t.slice(sp + 1) });
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

/** Is this a PERS or LOC entity tag? */
export function isNameTag(tag: string): boolean {
  return /^[BI]-(PERS|LOC)$/.test(tag);
}

const SINGLE_PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];

/**
 * Clean name tokens: a token that is a one-letter proclitic plus a form that is a name too or
 * is better attested in the counts is replaced by that form; a token with the article whose bare
 * form is an attested word (الشمالية, الروسي, القاهرة: parts of multi-word names, adjectives) is
 * dropped, so that the segmenter treats its article like any other.
 */
export function cleanNames(tokens: Iterable<string>, counts: ReadonlyMap<string, number>): Set<string> {
  const raw = new Set<string>();
  for (const t of tokens) if (t.length >= 2 && /^[\u0621-\u064a]+$/.test(t)) raw.add(t);
  const out = new Set<string>();
  for (const t of raw) {
    if (t.startsWith('ال') && t.length >= 5 && (counts.get(t.slice(2)) ?? 0) >= MIN_KEEP) continue;
    const first = t.charAt(0);
    const rest = t.slice(1);
    if (SINGLE_PROCLITICS.includes(first) && rest.length >= 3) {
      if (raw.has(rest) || (counts.get(rest) ?? 0) > (counts.get(t) ?? 0)) {
        out.add(rest);
        continue;
      }
    }
    out.add(t);
  }
  return out;
}

/** Entity name tokens of the lexicon share of ANERcorp train sentences. */
export function anercorpNameTokens(sentences: readonly TaggedSentence[], share = ANERCORP_LEXICON_SHARE): string[] {
  const cut = Math.floor(sentences.length * share);
  const out: string[] = [];
  for (const s of sentences.slice(0, cut)) for (const { token, tag } of s) if (isNameTag(tag)) out.push(normalizeMatch(token));
  return out;
}

function main(): void {
  const t0 = performance.now();
  const { counts, total, articles } = countSaudiNewsNet();
  const train = readAnercorp(sharedPath('data', 'anercorp', 'train.txt'));
  // Wikidata name spellings are kept apart as transliterations: as full names they include many
  // common words (كان, وسوف, بدور) and cost 5 points of correct clitic splits on the ANERcorp
  // test set (scripts/eval-clitics.ts, C).
  const names = cleanNames([...readGazetteer(), ...anercorpNameTokens(train)], counts);
  const transliterations = new Set(readWikidataNames());
  const kept = new Map<string, number>();
  for (const [f, c] of counts) if (c >= MIN_KEEP) kept.set(f, c);
  const text = serializeArabicLexicon(
    kept,
    names,
    total,
    [
      `built by scripts/build-arabic-lexicon.ts: ${articles} SaudiNewsNet articles, ${total} Arabic word tokens, ${counts.size} forms (kept ${kept.size} with count >= ${MIN_KEEP})`,
      `names: ANERGazet pers+loc and ANERcorp train PERS/LOC tokens (first ${ANERCORP_LEXICON_SHARE * 100}% of sentences): ${names.size}`,
      `transliterations: Arabic spellings of Wikidata name tokens: ${transliterations.size}`,
      'counts of single match-normalised word forms only (SaudiNewsNet CC BY-NC-SA 4.0; ANERGazet no licence stated; ANERcorp CC BY-SA 4.0; Wikidata CC0)',
    ].join('\n'),
    transliterations,
  );
  const gz = gzipSync(new TextEncoder().encode(text), { level: 9 });
  const out = modelPath('arabic-lexicon.tsv.gz');
  writeFileSync(out, gz);
  console.log(
    `wrote ${out}: ${kept.size} forms, ${names.size} names, ${transliterations.size} transliterations, ${(gz.length / 1e6).toFixed(2)} MB gzipped (${(text.length / 1e6).toFixed(2)} M chars) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
