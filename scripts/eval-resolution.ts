/**
 * Entity-resolution precision at scale (issue 6): replay the resolver over the NER mentions
 * stored in a Marsad database (no re-tagging, so a resolver change is measured in seconds), then
 * score the top entities per type against a judgement file written by reading the report.
 *
 *   npx tsx scripts/eval-resolution.ts --db PATH [--judge test/fixtures/entities/judgements.json]
 *       [--top 30] [--limit N] [--show] [--unjudged]
 *
 * - `--limit N`: replay only the first N articles (by id).
 * - `--show`: print the top entities with their aliases and Latin names (like report-entities).
 * - `--unjudged`: list aliases of judged entities that the file does not judge yet.
 *
 * The judgement file (see `test/fixtures/entities/README.md`) judges, for an entity named by one
 * of its forms, which alias texts belong (`good`) and which are wrong merges (`bad`), and which
 * Latin display names are acceptable (`latin`). Figures:
 *
 * - wrong-merge mentions: mentions of `bad` aliases that the entity holding the anchor absorbed;
 * - right merges kept: mentions of `good` aliases in that entity, against all their mentions;
 * - Latin: share of the judged top-N entities whose display name is an accepted form.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { Mention } from '../src/entities/mentions.js';
import { EntityResolver, type EntityJson } from '../src/entities/resolver.js';
import { defaultCorpusResources } from '../src/engine/defaultEngine.js';

/** One judged entity. */
interface Judged {
  readonly type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  /** A form that identifies the entity (its usual canonical name). */
  readonly anchor: string;
  readonly good?: readonly string[];
  readonly bad?: readonly string[];
  /** Acceptable Latin names (compared without case, hyphens or diacritics). */
  readonly latin?: readonly string[];
}

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    judge: { type: 'string', default: 'test/fixtures/entities/judgements.json' },
    top: { type: 'string', default: '30' },
    limit: { type: 'string', default: '0' },
    show: { type: 'boolean', default: false },
    unjudged: { type: 'boolean', default: false },
  },
});
if (!values.db) {
  console.error('usage: npx tsx scripts/eval-resolution.ts --db PATH [--judge FILE] [--top 30] [--limit N] [--show] [--unjudged]');
  process.exit(2);
}
const top = Number(values.top);
const limit = Number(values.limit);

const t0 = performance.now();
// The resolver exactly as the corpus step builds it (gazetteer, name keys, romaniser with display names).
const resolver = new EntityResolver(defaultCorpusResources().entities);
const db = new Database(values.db, { readonly: true, fileMustExist: true });
const rows = db
  .prepare(`SELECT id, annotations_json AS a FROM articles WHERE is_current = 1 ORDER BY id${limit > 0 ? ` LIMIT ${limit}` : ''}`)
  .iterate() as IterableIterator<{ id: number; a: string }>;
let articles = 0;
let mentions = 0;
for (const r of rows) {
  const given = (JSON.parse(r.a) as { entities?: { mentions?: Mention[] } }).entities?.mentions ?? [];
  articles++;
  mentions += given.length;
  if (given.length > 0) resolver.add(String(r.id), given);
}
db.close();
console.log(`replayed ${articles} articles, ${mentions} mentions → ${resolver.size} entities in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const judged = JSON.parse(readFileSync(values.judge, 'utf8')) as { entities: Judged[] };
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const byType = new Map<string, EntityJson[]>();
for (const type of ['PER', 'LOC', 'ORG', 'MISC'] as const) byType.set(type, resolver.entities(type));

/** The entity holding a judged anchor: the one with the most mentions of the anchor text. */
function holder(j: Judged): EntityJson | undefined {
  let best: EntityJson | undefined;
  let bestN = 0;
  for (const e of byType.get(j.type) ?? []) {
    const n = e.aliases.find((a) => a.text === j.anchor)?.count ?? 0;
    if (n > bestN) [best, bestN] = [e, n];
  }
  return best;
}

/** All mentions of an alias text over entities of a type. */
function totalOf(type: string, text: string): number {
  let n = 0;
  for (const e of byType.get(type) ?? []) n += e.aliases.find((a) => a.text === text)?.count ?? 0;
  return n;
}

let wrong = 0;
let wrongAliases = 0;
let keptGood = 0;
let allGood = 0;
let unjudgedMentions = 0;
const lines: string[] = [];
for (const j of judged.entities) {
  const e = holder(j);
  if (!e) {
    lines.push(`  ${j.type} ${j.anchor}: not found`);
    continue;
  }
  const good = new Set([j.anchor, ...(j.good ?? [])]);
  const bad = new Set(j.bad ?? []);
  const w: string[] = [];
  const u: string[] = [];
  for (const a of e.aliases) {
    if (bad.has(a.text)) {
      wrong += a.count;
      wrongAliases++;
      w.push(`${a.text} (${a.count})`);
    } else if (!good.has(a.text)) {
      unjudgedMentions += a.count;
      u.push(`${a.text} (${a.count})`);
    }
  }
  let gk = 0;
  let ga = 0;
  for (const g of good) {
    const inE = e.aliases.find((a) => a.text === g)?.count ?? 0;
    const total = totalOf(j.type, g);
    gk += inE;
    ga += total;
  }
  keptGood += gk;
  allGood += ga;
  if (w.length > 0 || gk < ga || (values.unjudged && u.length > 0))
    lines.push(
      `  ${j.type} ${j.anchor} [${e.name}]: good kept ${gk}/${ga}` + (w.length > 0 ? `; wrong: ${w.join('، ')}` : '') + (values.unjudged && u.length > 0 ? `; unjudged: ${u.slice(0, 12).join('، ')}` : ''),
    );
}
console.log(`\n## merges (${judged.entities.length} judged entities, judgements ${values.judge})`);
for (const l of lines) console.log(l);
console.log(`wrong-merge mentions: ${wrong} (${wrongAliases} aliases); right merges kept: ${keptGood}/${allGood} mentions (${((100 * keptGood) / Math.max(1, allGood)).toFixed(1)}%); unjudged alias mentions in judged entities: ${unjudgedMentions}`);

// Latin names of the top-N entities per type (PER, LOC) that have a Latin judgement.
let latinOk = 0;
let latinJudged = 0;
let latinTop = 0;
const perType: string[] = [];
const latinBad: string[] = [];
const latinMissing: string[] = [];
const byAnchor = new Map<string, Judged>();
for (const j of judged.entities) byAnchor.set(`${j.type}|${j.anchor}`, j);
for (const type of ['PER', 'LOC', 'ORG'] as const) {
  const list = (byType.get(type) ?? []).slice(0, top);
  const [ok0, judged0] = [latinOk, latinJudged];
  for (const e of list) {
    latinTop++;
    const j = judged.entities.find((x) => x.type === type && x.latin !== undefined && holder(x)?.id === e.id);
    if (!j?.latin) {
      latinMissing.push(`${type} ${e.name} — ${e.nameLatin}`);
      continue;
    }
    latinJudged++;
    if (j.latin.some((l) => fold(l) === fold(e.nameLatin))) latinOk++;
    else latinBad.push(`${type} ${e.name} — ${e.nameLatin} (want ${j.latin.join(' / ')})`);
  }
  perType.push(`${type} ${latinOk - ok0}/${latinJudged - judged0}`);
}
console.log(`\n## Latin names (top ${top} PER, LOC, ORG)`);
for (const l of latinBad) console.log(`  wrong: ${l}`);
if (values.unjudged) for (const l of latinMissing) console.log(`  unjudged: ${l}`);
console.log(`Latin right: ${latinOk}/${latinJudged} judged (${((100 * latinOk) / Math.max(1, latinJudged)).toFixed(1)}%; ${perType.join(', ')}); ${latinTop - latinJudged} of the ${latinTop} top entities unjudged`);

if (values.show)
  for (const type of ['PER', 'LOC', 'ORG'] as const) {
    console.log(`\n## ${type} top ${top}`);
    (byType.get(type) ?? []).slice(0, top).forEach((e, i) => {
      const al = e.aliases
        .slice(0, 10)
        .map((a) => `${a.text} (${a.count})`)
        .join('، ');
      console.log(`${String(i + 1).padStart(2)}. ${e.name} — ${e.nameLatin} [${e.mentions.length}]; ${al}${e.aliases.length > 10 ? ` … +${e.aliases.length - 10}` : ''}`);
    });
  }
