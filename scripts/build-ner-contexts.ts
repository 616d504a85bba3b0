/**
 * Build `models/ner-contexts.tsv.gz`: for each word of SaudiNewsNet, how often it follows a
 * person title (`الرئيس`, `وزير`…), an organisation head (`شركة`, `نادي`…), a place head
 * (`مدينة`, `محافظة`…) or a preposition (`في`, `إلى`…) — the trigger classes of
 * `src/entities/triggers.ts` — and how often a direction/nisba word (`الشمالية`) or `بن` follows
 * it, as bucketed shares.
 * The NER tagger uses the code as a feature: a name never seen in ANERcorp but often written
 * `نادي X` in the news gets an organisation cue. Learned without labels; only derived per-word
 * codes are shipped, no running text (SaudiNewsNet is CC BY-NC-SA 4.0).
 *
 * Output lines: `form<TAB>code`, code = `P<b>O<b>L<b>I<b>D<b>B<b>` with b in 0–3 (share buckets of
 * title, org head, place head, preposition before; direction word, بن after), only for
 * words seen at least MIN_COUNT times with one non-zero bucket. Keys are match-normalised forms
 * and clitic-stripped bases (a base aggregates its clitic variants).
 *
 * Run: `npx tsx scripts/build-ner-contexts.ts [--min-count N]`
 */
import { writeFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { createArabicResources } from '../src/arabic/resources.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { TRIGGERS } from '../src/entities/triggers.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { modelPath } from '../src/models/paths.js';
import { loadSaudiNewsNet } from './lib/saudiNewsNet.js';

const argv = process.argv.slice(2);
const MIN_COUNT = (() => {
  const i = argv.indexOf('--min-count');
  return i >= 0 ? Number(argv[i + 1]) : 3;
})();
const CLASSES = ['title', 'org', 'place', 'prep'] as const;
/** Words that follow a first name (`محمد بن سلمان`). */
const BIN = new Set(['بن', 'ابن', 'بنت']);

/** Share → bucket 0–3. */
export function shareBucket(k: number, n: number): number {
  if (k === 0 || n === 0) return 0;
  const s = k / n;
  return s >= 0.3 ? 3 : s >= 0.1 ? 2 : 1;
}

function main(): void {
  const t0 = Date.now();
  const arabic = createArabicResources(loadArabicLexicon());
  const memo = new Map<string, [string, string]>();
  const forms = (raw: string): [string, string] => {
    let hit = memo.get(raw);
    if (hit) return hit;
    const n = arabic.normalizer.match(raw);
    const seg = n.length > 2 ? arabic.segmenter.segment(raw) : undefined;
    hit = [n, seg && seg.base !== '' ? arabic.normalizer.match(seg.base) : n];
    if (memo.size > 2_000_000) memo.clear();
    memo.set(raw, hit);
    return hit;
  };
  // key → [total, title, org, place, prep (before), dir (after), بن (after)]
  const counts = new Map<string, Uint32Array>();
  const bump = (key: string, cls: number, next: number): void => {
    let c = counts.get(key);
    if (!c) counts.set(key, (c = new Uint32Array(7)));
    c[0] = (c[0] as number) + 1;
    if (cls > 0) c[cls] = (c[cls] as number) + 1;
    if (next > 0) c[next] = (c[next] as number) + 1;
  };
  const articles = loadSaudiNewsNet();
  if (articles.length === 0) {
    console.error('SaudiNewsNet not found under ../shared/data/saudinewsnet: nothing to build');
    process.exit(2);
  }
  let tokens = 0;
  for (const a of articles) {
    for (const text of [a.title, a.content]) {
      const toks = tokenize(text);
      let prev = 0;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as (typeof toks)[number];
        if (t.kind !== 'arabic') {
          prev = 0;
          continue;
        }
        tokens++;
        const [n, b] = forms(t.text);
        const nt = toks[i + 1];
        let next = 0;
        if (nt !== undefined && nt.kind === 'arabic') {
          const [nn, nb] = forms(nt.text);
          if (BIN.has(nn)) next = 6;
          else if ((TRIGGERS.get(nb) ?? TRIGGERS.get(nn)) === 'dir') next = 5;
        }
        bump(n, prev, next);
        if (b !== n) bump(b, prev, next);
        const cls = TRIGGERS.get(b) ?? TRIGGERS.get(n);
        prev = cls === undefined ? 0 : CLASSES.indexOf(cls as (typeof CLASSES)[number]) + 1;
      }
    }
  }
  console.log(`${articles.length} articles, ${tokens} Arabic tokens, ${counts.size} keys (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const lines: string[] = [];
  for (const [key, c] of counts) {
    const n = c[0] as number;
    if (n < MIN_COUNT) continue;
    const b = [1, 2, 3, 4, 5, 6].map((i) => shareBucket(c[i] as number, n));
    if (b.every((x) => x === 0)) continue;
    lines.push(`${key}\tP${b[0]}O${b[1]}L${b[2]}I${b[3]}D${b[4]}B${b[5]}`);
  }
  lines.sort();
  const out = gzipSync(strToU8(lines.join('\n') + '\n'), { level: 9 });
  writeFileSync(modelPath('ner-contexts.tsv.gz'), out);
  console.log(`wrote models/ner-contexts.tsv.gz: ${lines.length} words, ${out.length} bytes (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}

main();
