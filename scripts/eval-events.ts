/**
 * Evaluate events, quotes and numeric claims against the hand annotation in
 * `test/fixtures/events/*.json` (offsets into the five seeds, the sample corpus and SaudiNewsNet
 * articles), and measure the events stage's throughput on SaudiNewsNet.
 *
 *   npx tsx scripts/eval-events.ts                # precision/recall per corpus
 *   npx tsx scripts/eval-events.ts --verbose      # also list misses and false alarms
 *   npx tsx scripts/eval-events.ts --bench 2000   # throughput of the events stage on N articles
 *   npx tsx scripts/eval-events.ts --heldout 8    # only the last 8 SaudiNewsNet articles (annotated after the last code change)
 *   npx tsx scripts/eval-events.ts --entities     # with the entity stage (NER model + gazetteer) before events, as in the engine
 *   npx tsx scripts/eval-events.ts --background   # list the events marked background (recalled context)
 *   npx tsx scripts/eval-events.ts --compare      # cross-source comparison of the five seeds (story events, disagreements)
 *
 * Matching (greedy, in annotation order): an event is right when a system event of the same type lies in a sentence containing
 * the annotated trigger offset; a quote when the spans overlap, preferring one of the same kind (direct/indirect) (and, for "with speaker", the speaker
 * spans overlap or both are null); a claim when the spans overlap, the value (or range) is equal
 * and the unit key is equal.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { numbersStage } from '../src/arabic/numbersStage.js';
import { tokensStage } from '../src/arabic/tokensStage.js';
import { cleanArticle } from '../src/clean/cleanArticle.js';
import type { Article, ArticleMeta, RawInput } from '../src/core/article.js';
import { buildPipeline } from '../src/core/pipeline.js';
import { defaultArabicResources } from '../src/engine/defaultEngine.js';
import { analyzeEvents } from '../src/events/analyzeEvents.js';
import { compareAcrossSources, unitKey, type SourceArticle } from '../src/events/compareAcrossSources.js';
import { formatDisagreements } from '../src/events/exportEvents.js';
import { eventsStage } from '../src/events/eventsStage.js';
import { entitiesStage } from '../src/entities/entitiesStage.js';
import { loadGazetteer } from '../src/models/gazetteer.js';
import { loadNer } from '../src/models/ner.js';
import type { EventsAnnotation } from '../src/events/types.js';
import { packageRoot, sharedPath } from '../src/models/paths.js';
import { timeStage } from '../src/time/timeStage.js';

interface GoldEvent {
  type: string;
  at: number;
}
interface GoldQuote {
  start: number;
  end: number;
  direct: boolean;
  speaker: [number, number] | null;
}
interface GoldClaim {
  start: number;
  end: number;
  value: number | [number, number];
  unit: string;
}
interface GoldDoc {
  id: string;
  corpus: 'seeds' | 'sample' | 'saudinewsnet';
  file?: string;
  member?: number;
  url?: string;
  sha256: string;
  events: GoldEvent[];
  quotes: GoldQuote[];
  claims: GoldClaim[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const benchIdx = args.indexOf('--bench');
const benchN = benchIdx >= 0 ? Number(args[benchIdx + 1] ?? 1000) : 0;
const compare = args.includes('--compare');
/** List the events marked background (recalled context). */
const showBackground = args.includes('--background');
/** With --verbose: print the text before each wrongly attributed quote. */
const showContext = args.includes('--context');
const bgCount = { n: 0, of: 0 };
const lastIdx = args.indexOf('--heldout');
/** Score only the last N SaudiNewsNet documents (annotated after the extractor's last change). */
const heldout = lastIdx >= 0 ? Number(args[lastIdx + 1] ?? 8) : 0;

/** Run the entity stage (shipped NER model + gazetteer) before the events stage, as the engine does. */
const withEntities = args.includes('--entities');
const pipeline = buildPipeline(withEntities ? [tokensStage(), numbersStage(), timeStage({}), entitiesStage(), eventsStage()] : [tokensStage(), numbersStage(), timeStage({}), eventsStage()]);
const arabic = defaultArabicResources();
const nerModel = withEntities ? loadNer({ arabic }) : null;
const services = withEntities ? { arabic, ...(nerModel ? { ner: nerModel } : {}), gazetteer: loadGazetteer() } : { arabic };
const raw = (decoded: string, fields: RawInput['fields'] = {}, kind: RawInput['kind'] = 'text'): RawInput => ({
  source: 'eval',
  kind,
  bytes: new Uint8Array(),
  encoding: 'utf-8',
  sha256: '',
  fields,
  decoded,
});

/** Run the pipeline on a text (offsets stay those of the text), with metadata from the cleaner. */
function analyze(text: string, meta: ArticleMeta): EventsAnnotation {
  const a: Article = { raw: raw(text), text, meta, annotations: {}, messages: [] };
  const out = pipeline.run(a, services).article;
  return out.annotations.events ?? { events: [], quotes: [], claims: [] };
}

const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

interface SnnRec {
  source?: string;
  url?: string;
  date_extracted?: string;
  content?: string;
}
let snn: Map<string, SnnRec> | null = null;
const snnList: SnnRec[] = [];
function loadSnn(): Map<string, SnnRec> {
  if (snn) return snn;
  snn = new Map();
  const dir = sharedPath('data', 'saudinewsnet');
  if (!existsSync(dir)) return snn;
  for (const zip of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
    const files = unzipSync(readFileSync(join(dir, zip)));
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      for (const r of JSON.parse(strFromU8(bytes)) as SnnRec[]) {
        if (r.url && r.content) {
          snn.set(r.url, r);
          snnList.push(r);
        }
      }
    }
  }
  return snn;
}

/** The text and metadata of an annotated document. */
function docText(d: GoldDoc): { text: string; meta: ArticleMeta } | null {
  if (d.corpus === 'seeds') {
    const p = sharedPath('seeds', d.file ?? '');
    if (!existsSync(p)) return null;
    const text = readFileSync(p, 'utf8');
    return { text, meta: cleanArticle(raw(text)).meta };
  }
  if (d.corpus === 'sample') {
    const p = join(packageRoot(), 'examples', 'sample', d.file ?? '');
    if (!existsSync(p)) return null;
    if (d.member !== undefined) {
      const line = readFileSync(p, 'utf8').split('\n').filter((l) => l.trim())[d.member] ?? '{}';
      const r = JSON.parse(line) as { content?: string; date?: string; source?: string };
      const text = r.content ?? '';
      const fields: RawInput['fields'] = r.date ? { date: r.date } : {};
      return { text, meta: cleanArticle(raw(text, fields, 'json')).meta };
    }
    const text = readFileSync(p, 'utf8');
    return { text, meta: cleanArticle(raw(text)).meta };
  }
  const r = loadSnn().get(d.url ?? '');
  if (!r || !r.content) return null;
  const text = r.content;
  const fields: RawInput['fields'] = r.date_extracted ? { date: r.date_extracted } : {};
  return { text, meta: cleanArticle(raw(text, fields, 'json')).meta };
}

interface Counts {
  tp: number;
  sys: number;
  gold: number;
}
const zero = (): Counts => ({ tp: 0, sys: 0, gold: 0 });
const prf = (c: Counts): string => {
  const p = c.sys ? c.tp / c.sys : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F ${(100 * f).toFixed(1)}  (tp ${c.tp}, system ${c.sys}, gold ${c.gold})`;
};
const overlap = (a: number, b: number, c: number, d: number): boolean => a < d && c < b;

function score(d: GoldDoc, text: string, r: EventsAnnotation, acc: Record<string, Counts>): void {
  // Events.
  const usedE = new Set<number>();
  for (const g of d.events) {
    const i = r.events.findIndex((e, k) => !usedE.has(k) && e.type === g.type && e.sentence.start <= g.at && g.at < e.sentence.end);
    if (i >= 0) usedE.add(i);
    else if (verbose) console.log(`  miss event ${g.type} @${g.at}: ${text.slice(g.at, g.at + 40).replace(/\n/g, ' ')}`);
  }
  if (verbose) r.events.forEach((e, k) => !usedE.has(k) && console.log(`  false event ${e.type} ${e.trigger.text} @${e.trigger.start}`));
  add(acc, 'events', usedE.size, r.events.length, d.events.length);
  if (showBackground) for (const e of r.events) if (e.background) console.log(`  background ${e.type} ${e.time?.value ?? '-'} @${e.trigger.start}: ${text.slice(Math.max(e.sentence.start, e.trigger.start - 40), e.trigger.end + 40).replace(/\n/g, ' ')}`);
  bgCount.n += r.events.filter((e) => e.background).length;
  bgCount.of += r.events.length;
  // Quotes.
  const usedQ = new Set<number>();
  let withSpeaker = 0;
  for (const g of d.quotes) {
    // Prefer a system quote of the same kind (direct/indirect), then any overlapping one.
    let i = r.quotes.findIndex((q, k) => !usedQ.has(k) && q.direct === g.direct && overlap(q.start, q.end, g.start, g.end));
    if (i < 0) i = r.quotes.findIndex((q, k) => !usedQ.has(k) && overlap(q.start, q.end, g.start, g.end));
    if (i < 0) {
      if (verbose) console.log(`  miss quote @${g.start}: ${text.slice(g.start, g.start + 40).replace(/\n/g, ' ')}`);
      continue;
    }
    usedQ.add(i);
    const q = r.quotes[i];
    const sp = q?.speaker ?? null;
    const ok = g.speaker === null ? sp === null : sp !== null && overlap(sp.start, sp.end, g.speaker[0], g.speaker[1]);
    if (ok) withSpeaker++;
    else if (verbose) {
      console.log(`  wrong speaker @${g.start}: system ${sp ? sp.text : 'null'} / gold ${g.speaker ? text.slice(g.speaker[0], g.speaker[1]) : 'null'}`);
      if (showContext) console.log(`      ${text.slice(Math.max(0, Math.min(g.start, g.speaker?.[0] ?? g.start) - 120), g.start + 30).replace(/\n/g, ' ⏎ ')}`);
    }
  }
  if (verbose) r.quotes.forEach((q, k) => !usedQ.has(k) && console.log(`  false quote @${q.start}: ${q.text.slice(0, 40)}`));
  add(acc, 'quotes (span)', usedQ.size, r.quotes.length, d.quotes.length);
  add(acc, 'quotes (span+speaker)', withSpeaker, r.quotes.length, d.quotes.length);
  // Claims.
  const usedC = new Set<number>();
  for (const g of d.claims) {
    const i = r.claims.findIndex((c, k) => {
      if (usedC.has(k) || !overlap(c.start, c.end, g.start, g.end)) return false;
      const v = Array.isArray(g.value) ? c.min === g.value[0] && c.max === g.value[1] && c.value === undefined : c.value === g.value;
      return v && unitKey(c.unit) === unitKey(g.unit);
    });
    if (i >= 0) usedC.add(i);
    else if (verbose) console.log(`  miss claim ${JSON.stringify(g.value)} ${g.unit} @${g.start}`);
  }
  if (verbose) r.claims.forEach((c, k) => !usedC.has(k) && console.log(`  false claim ${c.text} ${c.unit ?? ''} @${c.start}`));
  add(acc, 'claims', usedC.size, r.claims.length, d.claims.length);
}

function add(acc: Record<string, Counts>, k: string, tp: number, sys: number, gold: number): void {
  const c = (acc[k] ??= zero());
  c.tp += tp;
  c.sys += sys;
  c.gold += gold;
}

const fixDir = join(packageRoot(), 'test', 'fixtures', 'events');
const all: Record<string, Counts> = {};
for (const f of ['seeds.json', 'sample.json', 'saudinewsnet.json']) {
  const p = join(fixDir, f);
  if (!existsSync(p)) continue;
  let docs = (JSON.parse(readFileSync(p, 'utf8')) as { docs: GoldDoc[] }).docs;
  if (heldout > 0) docs = f === 'saudinewsnet.json' ? docs.slice(-heldout) : [];
  const acc: Record<string, Counts> = {};
  let n = 0;
  for (const d of docs) {
    const t = docText(d);
    if (!t) {
      console.log(`${d.id}: text not available, skipped`);
      continue;
    }
    if (sha(t.text) !== d.sha256) console.log(`${d.id}: WARNING text hash differs from the annotated version`);
    if (verbose) console.log(d.id);
    score(d, t.text, analyze(t.text, t.meta), acc);
    n++;
  }
  console.log(`\n== ${f} (${n} documents)`);
  for (const [k, c] of Object.entries(acc)) {
    console.log(`${k.padEnd(22)} ${prf(c)}`);
    add(all, k, c.tp, c.sys, c.gold);
  }
}
console.log('\n== all');
for (const [k, c] of Object.entries(all)) console.log(`${k.padEnd(22)} ${prf(c)}`);
console.log(`background events: ${bgCount.n} of ${bgCount.of} system events`);

if (benchN > 0) {
  loadSnn();
  const docs = snnList.slice(0, benchN);
  const pre = buildPipeline([tokensStage(), numbersStage(), timeStage({})]);
  const ready = docs.map((r) => {
    const text = r.content ?? '';
    const fields: RawInput['fields'] = r.date_extracted ? { date: r.date_extracted } : {};
    const meta = cleanArticle(raw(text, fields, 'json')).meta;
    return pre.run({ raw: raw(text), text, meta, annotations: {}, messages: [] }, services).article;
  });
  const chars = ready.reduce((s, a) => s + a.text.length, 0);
  const stage = eventsStage();
  const ctx = { services, report: () => undefined };
  for (const a of ready.slice(0, 200)) stage.run(a, ctx); // warm-up
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let nEv = 0;
  let nQ = 0;
  let nC = 0;
  for (const a of ready) {
    const r = stage.run(a, ctx);
    nEv += r.events.length;
    nQ += r.quotes.length;
    nC += r.claims.length;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`\n== throughput (events stage alone, on ${ready.length} SaudiNewsNet articles, ${(chars / 1e6).toFixed(2)} M chars)`);
  console.log(`wall ${ms.toFixed(0)} ms → ${((ready.length / ms) * 1000).toFixed(0)} articles/s; CPU ${cpuS.toFixed(2)} s → ${(ready.length / cpuS).toFixed(0)} articles/CPU-s`);
  console.log(`found ${nEv} events, ${nQ} quotes, ${nC} claims`);
  void analyzeEvents;
}

if (compare) {
  const p = join(fixDir, 'seeds.json');
  const docs = existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { docs: GoldDoc[] }).docs : [];
  const arts: SourceArticle[] = [];
  for (const d of docs) {
    const t = docText(d);
    if (!t) continue;
    const r = analyze(t.text, t.meta);
    const published = t.meta.published?.value;
    arts.push({ id: d.file ?? d.id, text: t.text, ...(published !== undefined ? { published } : {}), ...r });
  }
  const cmp = compareAcrossSources(arts);
  const multi = cmp.events.filter((e) => new Set(e.sources.map((s) => s.articleId)).size > 1);
  console.log(`\n== cross-source comparison of ${arts.length} seeds: ${cmp.events.length} story events, ${multi.length} reported by more than one seed`);
  for (const e of multi) console.log(`${e.id} ${e.type} ${e.modality} ${e.time?.value ?? '-'} | ${e.agents.join(' ; ')} | ${e.place ?? ''} | ${e.sources.map((s) => `${s.articleId.slice(0, 3)}:${s.time?.value ?? '-'}`).join(' ')}`);
  console.log(formatDisagreements(cmp.disagreements).replace(/«[^»]*»/g, ''));
}
