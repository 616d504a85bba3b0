import { defaultArabicResources } from '../engine/defaultEngine.js';
import { MarsadError } from '../core/errors.js';
import { reindexStore } from '../search/reindexStore.js';
import { search } from '../search/search.js';
import { isSearchQueryError, type Hit, type SearchQuery } from '../search/types.js';
import { intOption, parse } from './args.js';
import type { Command } from './context.js';
import { progressBar } from './output.js';
import { withStore } from './withStore.js';

/** The snippet with its highlights marked «like this». */
function marked(h: Hit): string {
  const s = h.snippet;
  let out = '';
  let at = 0;
  for (const [a, b] of s.highlights) {
    out += s.text.slice(at, a) + '«' + s.text.slice(a, b) + '»';
    at = b;
  }
  out += s.text.slice(at);
  return `${s.cutStart ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${s.cutEnd ? '…' : ''}`;
}

function hitLine(h: Hit, indent: string): string {
  const date = (h.published ?? '—').slice(0, 10);
  return `${indent}${String(h.articleId).padStart(6)}  ${date}  ${(h.publisher ?? '—').slice(0, 16).padEnd(16)}  ${h.title.slice(0, 80)}  (${h.score.toFixed(2)})\n${indent}        ${marked(h)}`;
}

/** `marsad search QUERY` */
export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search of stored articles (Arabic-aware), grouped by story',
  usage:
    'marsad search QUERY [--from D] [--to D] [--publisher P] [--entity ID] [--story ID] [--event-type T] [--flat] [--limit N] [--offset N] [--db PATH] [--json]  (a query starting with - goes after --)',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      publisher: { type: 'string' },
      entity: { type: 'string' },
      story: { type: 'string' },
      'event-type': { type: 'string' },
      flat: { type: 'boolean', default: false },
      limit: { type: 'string' },
      offset: { type: 'string' },
    });
    const q: SearchQuery = {
      q: positionals.join(' '),
      limit: intOption('limit', values.limit, 20, 1),
      offset: intOption('offset', values.offset, 0),
      group: values.flat ? 'article' : 'story',
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
      ...(values.publisher !== undefined ? { publisher: values.publisher } : {}),
      ...(values.entity !== undefined ? { entityId: values.entity } : {}),
      ...(values.story !== undefined ? { storyId: values.story } : {}),
      ...(values['event-type'] !== undefined ? { eventType: values['event-type'] } : {}),
    };
    const res = defaultArabicResources();
    let result;
    try {
      result = await withStore(values, ctx, (store) => search(store.db, q, res));
    } catch (e) {
      if (isSearchQueryError(e)) throw new MarsadError('USAGE', `${e.code}: ${e.message}`);
      throw e;
    }
    if (values.json) {
      ctx.io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    const io = ctx.io;
    for (const n of result.parsed.notes) io.err(`note: ${n}`);
    if (result.expandedTerms.length > 0) io.err(`also searched: ${result.expandedTerms.join('، ')}`);
    if (result.groups) {
      io.out(`${result.total} articles in ${result.totalGroups} groups (${result.tookMs.toFixed(0)} ms)`);
      for (const g of result.groups) {
        io.out(`\n■ ${g.title.slice(0, 90)}${g.storyId ? `  [story ${g.storyId}]` : ''}  — ${g.matchCount} matching`);
        for (const h of g.articles) io.out(hitLine(h, '  '));
      }
    } else {
      io.out(`${result.total} articles (${result.tookMs.toFixed(0)} ms)`);
      for (const h of result.hits) io.out(hitLine(h, ''));
    }
    return 0;
  },
};

/** `marsad reindex` */
export const reindexCommand: Command = {
  name: 'reindex',
  summary: 'rebuild the full-text search index from the stored articles',
  usage: 'marsad reindex [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, {}, false);
    const res = defaultArabicResources();
    const bar = progressBar(ctx.io, 'reindex');
    const report = await withStore(values, ctx, (store) => {
      const total = store.articleIds().length;
      return reindexStore(store, res, (n) => bar.update(n, total, `${n}/${total} articles`));
    });
    bar.end();
    if (values.json) ctx.io.out(JSON.stringify(report));
    else {
      const rate = report.ms > 0 ? Math.round((report.articles / report.ms) * 1000) : 0;
      ctx.io.out(`indexed ${report.articles} articles in ${(report.ms / 1000).toFixed(1)} s (${rate} articles/s)`);
    }
    return 0;
  },
};
