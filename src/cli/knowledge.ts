import { MarsadError } from '../core/errors.js';
import type { EntityDetail, KnowledgeEntityType, StoryDetail, TimelineRow, TimelineScope } from '../store/knowledge.js';
import { SqliteKnowledge } from '../store/sqliteKnowledge.js';
import { intOption, parse } from './args.js';
import type { Command } from './context.js';
import { withStore } from './withStore.js';

const TYPES: readonly KnowledgeEntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

function entityType(v: string | undefined): KnowledgeEntityType | undefined {
  if (v === undefined) return undefined;
  const t = (v.toUpperCase() === 'PERS' ? 'PER' : v.toUpperCase()) as KnowledgeEntityType;
  if (!TYPES.includes(t)) throw new MarsadError('USAGE', `--type must be one of ${TYPES.join(', ')}, got "${v}"`);
  return t;
}

const counts = (xs: readonly { text: string; count: number }[], n = 12): string =>
  xs
    .slice(0, n)
    .map((x) => `${x.text} (${x.count})`)
    .join('، ') + (xs.length > n ? ` … +${xs.length - n}` : '');

/** `marsad entities [--type PER]` */
export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'canonical entities (every spelling of a person, place or organisation), most mentioned first',
  usage: 'marsad entities [--type PER|LOC|ORG|MISC] [--query TEXT] [--limit N] [--offset N] [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, { type: { type: 'string' }, query: { type: 'string', short: 'q' }, limit: { type: 'string' }, offset: { type: 'string' } }, false);
    const type = entityType(values.type);
    const limit = intOption('limit', values.limit, 30, 1);
    const offset = intOption('offset', values.offset, 0);
    return withStore(values, ctx, (store) => {
      const kb = new SqliteKnowledge(store.db);
      const r = kb.listEntities({ limit: Math.min(limit, 200), offset, ...(type ? { type } : {}), ...(values.query !== undefined ? { q: values.query } : {}) });
      if (values.json) {
        ctx.io.out(JSON.stringify(r, null, 2));
        return 0;
      }
      if (r.items.length === 0) {
        ctx.io.out(r.total === 0 ? 'no entities (ingest some articles first)' : 'no entities on this page');
        return 0;
      }
      ctx.io.out(`${r.total} entities${type ? ` of type ${type}` : ''}; showing ${offset + 1}–${offset + r.items.length}`);
      for (const e of r.items) {
        ctx.io.out(`${e.id.padEnd(10)} ${e.type.padEnd(4)} ${String(e.mentionCount).padStart(6)} mentions ${String(e.articleCount).padStart(5)} articles  ${e.name} — ${e.nameLatin}`);
        if (e.topAliases.length > 1) ctx.io.out(`${' '.repeat(16)}aliases: ${counts(e.topAliases, 5)}`);
      }
      return 0;
    });
  },
};

function printEntity(e: EntityDetail, out: (s: string) => void): void {
  out(`${e.name} — ${e.nameLatin}  [${e.id}, ${e.type}]`);
  out(`mentions: ${e.mentionCount} in ${e.articleCount} articles`);
  out(`aliases: ${counts(e.aliases, 30)}`);
  if (e.roles.length > 0) out(`roles: ${counts(e.roles, 10)}`);
  if (e.countries.length > 0) out(`related countries: ${counts(e.countries, 5)}`);
  if (e.storyIds.length > 0) out(`stories: ${e.storyIds.slice(0, 15).join(', ')}`);
  if (e.cooccurring.length > 0) out(`appears with: ${e.cooccurring.slice(0, 12).map((c) => `${c.name} [${c.id}] (${c.articles})`).join('، ')}`);
  out('articles:');
  for (const a of e.articles.slice(0, 15)) out(`  ${String(a.id).padStart(5)}  ${(a.published ?? 'undated').slice(0, 10).padEnd(10)}  ${(a.publisher ?? '—').slice(0, 20).padEnd(20)}  ${a.title ?? '(no title)'}`);
  if (e.articles.length > 15) out(`  … ${e.articles.length - 15} more`);
}

/** `marsad entity <name-or-id>` */
export const entityCommand: Command = {
  name: 'entity',
  summary: 'one entity by id or name: aliases, roles, articles, stories and co-occurring entities',
  usage: 'marsad entity <name-or-id> [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, {});
    const q = positionals.join(' ').trim();
    if (q === '') throw new MarsadError('USAGE', 'entity needs a name or an id, e.g. marsad entity per-12 or marsad entity "بيونغ يانغ"');
    return withStore(values, ctx, (store) => {
      const kb = new SqliteKnowledge(store.db);
      let e = kb.getEntity(q);
      let others: string[] = [];
      if (!e) {
        const found = kb.findEntities(q);
        const fallback = found.length > 0 ? found : kb.listEntities({ q, limit: 10 }).items;
        if (fallback[0]) e = kb.getEntity(fallback[0].id);
        others = fallback.slice(1).map((x) => `${x.id} ${x.name} (${x.mentionCount})`);
      }
      if (!e) {
        ctx.io.err(`no entity with id or name "${q}"`);
        return 1;
      }
      if (values.json) ctx.io.out(JSON.stringify(e, null, 2));
      else {
        printEntity(e, (s) => ctx.io.out(s));
        if (others.length > 0) ctx.io.out(`other matches: ${others.join('; ')}`);
      }
      return 0;
    });
  },
};

/** `marsad stories` */
export const storiesCommand: Command = {
  name: 'stories',
  summary: 'stories (one happening, many outlets), newest first',
  usage: 'marsad stories [--storyline ID] [--entity ID] [--limit N] [--offset N] [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, { storyline: { type: 'string' }, entity: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } }, false);
    const limit = intOption('limit', values.limit, 30, 1);
    const offset = intOption('offset', values.offset, 0);
    return withStore(values, ctx, (store) => {
      const kb = new SqliteKnowledge(store.db);
      const r = kb.listStories({
        limit: Math.min(limit, 200),
        offset,
        ...(values.storyline !== undefined ? { storylineId: values.storyline } : {}),
        ...(values.entity !== undefined ? { entityId: values.entity } : {}),
      });
      if (values.json) {
        ctx.io.out(JSON.stringify({ ...r, storylines: kb.listStorylines({ limit: 200 }) }, null, 2));
        return 0;
      }
      if (r.items.length === 0) {
        ctx.io.out(r.total === 0 ? 'no stories (ingest some articles first)' : 'no stories on this page');
        return 0;
      }
      ctx.io.out(`${r.total} stories; showing ${offset + 1}–${offset + r.items.length}`);
      for (const s of r.items) {
        const dates = s.dateRange ? (s.dateRange.start === s.dateRange.end ? s.dateRange.start : `${s.dateRange.start}…${s.dateRange.end}`) : 'undated';
        ctx.io.out(`${s.id.padEnd(7)} ${dates.padEnd(21)} ${String(s.articleCount).padStart(3)} articles, ${s.sourceCount} outlets  ${s.title}${s.storylineId ? `  [storyline ${s.storylineId}]` : ''}`);
        if (s.keyEntities.length > 0) ctx.io.out(`${' '.repeat(8)}${s.keyEntities.map((e) => e.name).join('، ')}`);
      }
      const lines = kb.listStorylines({ limit: 20 });
      if (lines.total > 0) {
        ctx.io.out(`\n${lines.total} storylines:`);
        for (const l of lines.items) ctx.io.out(`${l.id.padEnd(7)} ${l.storyCount} stories  ${l.title}`);
      }
      return 0;
    });
  },
};

function printStory(s: StoryDetail, out: (x: string) => void): void {
  out(`${s.title}  [${s.id}]${s.storylineId ? `  storyline ${s.storylineId}` : ''}`);
  out(`${s.articleCount} articles from ${s.sourceCount} outlets: ${s.publishers.join('، ')}${s.dateRange ? `; ${s.dateRange.start} … ${s.dateRange.end}` : ''}`);
  out('\nsummary:');
  for (const x of s.summary) out(`  • ${x.text}  [article ${x.articleId} @${x.start}–${x.end}]`);
  out('\narticles:');
  for (const a of s.articles) out(`  ${String(a.id).padStart(5)}  ${(a.published ?? 'undated').slice(0, 10).padEnd(10)}  ${(a.publisher ?? '—').slice(0, 20).padEnd(20)}  ${a.title ?? '(no title)'}${a.duplicateOf !== null ? `  (duplicate of ${a.duplicateOf})` : ''}`);
  for (const d of s.inferredDates) out(`  article ${d.articleId} is undated: published ${d.earliest || '?'} … ${d.latest || '?'} (${d.evidence})`);
  if (s.entities.length > 0) out(`\nentities: ${s.entities.slice(0, 12).map((e) => `${e.name} [${e.id}]`).join('، ')}`);
  if (s.timeline.length > 0) {
    out('\ntimeline:');
    for (const t of s.timeline) out(`  ${t.time.padEnd(10)} ${t.grain.padEnd(6)} ${t.summary}${t.background ? '  (background)' : ''}  ← ${t.sources.map((x) => x.articleId).join(', ')}`);
  }
  if (s.quotes.length > 0) {
    out('\nquotes:');
    for (const q of s.quotes.slice(0, 10)) out(`  ${q.speaker?.text ?? '(unattributed)'}: ${q.direct ? '«' : ''}${q.text.slice(0, 140)}${q.direct ? '»' : ''}  [article ${q.articleId}]`);
  }
  if (s.claims.length > 0) {
    out('\nclaims:');
    for (const c of s.claims.slice(0, 15)) {
      const v = Array.isArray(c.value) ? `${c.value[0]}–${c.value[1]}` : String(c.value ?? '?');
      out(`  ${c.qualifier ? `${c.qualifier} ` : ''}${v} ${c.what ?? c.unit ?? ''}${c.attribution ? ` (per ${c.attribution.text})` : ''}  [article ${c.articleId}]`);
    }
  }
  if (s.disagreements.length > 0) {
    out('\nsources disagree:');
    for (const d of s.disagreements) {
      out(`  ${d.kind}: ${d.about}`);
      for (const i of d.items) out(`    ${i.publisher ?? `article ${i.articleId}`}: ${i.value}  «${i.text}»`);
    }
  }
}

/** `marsad story <id>` */
export const storyCommand: Command = {
  name: 'story',
  summary: 'one story: summary with citations, outlets, timeline, quotes, claims and disagreements',
  usage: 'marsad story <id> [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, {});
    const id = positionals[0];
    if (id === undefined) throw new MarsadError('USAGE', 'story needs a story id (see marsad stories)');
    return withStore(values, ctx, (store) => {
      const s = new SqliteKnowledge(store.db).getStory(id);
      if (!s) {
        ctx.io.err(`no story with id "${id}" (see marsad stories)`);
        return 1;
      }
      if (values.json) ctx.io.out(JSON.stringify(s, null, 2));
      else printStory(s, (x) => ctx.io.out(x));
      return 0;
    });
  },
};

function printTimeline(rows: readonly TimelineRow[], out: (x: string) => void): void {
  for (const t of rows) {
    const span = t.earliest === t.latest ? t.earliest : `${t.earliest}…${t.latest}`;
    out(`${t.time.padEnd(11)} ${t.grain.padEnd(7)} ${span.padEnd(21)} ${t.type.padEnd(8)} ${t.summary}${t.background ? '  (background)' : ''}  [${t.storyId}; articles ${[...new Set(t.sources.map((x) => x.articleId))].join(', ')}]`);
  }
}

/** `marsad timeline` */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'dated events in time order, for a story, a storyline or an entity',
  usage: 'marsad timeline [--story ID | --storyline ID | --entity NAME-OR-ID] [--limit N] [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, { story: { type: 'string' }, storyline: { type: 'string' }, entity: { type: 'string' }, limit: { type: 'string' } }, false);
    const given = [values.story, values.storyline, values.entity].filter((x) => x !== undefined).length;
    if (given > 1) throw new MarsadError('USAGE', 'timeline takes one of --story, --storyline or --entity');
    const limit = intOption('limit', values.limit, 200, 1);
    return withStore(values, ctx, (store) => {
      const kb = new SqliteKnowledge(store.db);
      let scope: TimelineScope = {};
      if (values.story !== undefined) scope = { storyId: values.story };
      else if (values.storyline !== undefined) scope = { storylineId: values.storyline };
      else if (values.entity !== undefined) {
        const e = kb.getEntity(values.entity) ?? kb.findEntities(values.entity)[0];
        if (!e) {
          ctx.io.err(`no entity with id or name "${values.entity}"`);
          return 1;
        }
        scope = { entityId: e.id };
      }
      const r = kb.timeline(scope, { limit: Math.min(limit, 200) });
      if (values.json) ctx.io.out(JSON.stringify(r, null, 2));
      else if (r.items.length === 0) ctx.io.out('no dated events');
      else printTimeline(r.items, (x) => ctx.io.out(x));
      return 0;
    });
  },
};
