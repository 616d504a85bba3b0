import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../ingest/ingestPaths.js';
import { packageRoot } from '../models/paths.js';
import { SqliteKnowledge } from '../store/sqliteKnowledge.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { intOption, parse } from './args.js';
import { corpusLine } from './commands.js';
import type { Command } from './context.js';
import { refreshKnowledge } from './refresh.js';
import { serveCommand } from './serve.js';

/** `marsad demo`: ingest and analyse the bundled sample corpus into a fresh database and show what was found. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest and analyse the bundled sample corpus (examples/sample), print what was found, and serve the web UI over it',
  usage: 'marsad demo [--db PATH] [--port 8080] [--no-serve] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, { port: { type: 'string' }, 'no-serve': { type: 'boolean', default: false } }, false);
    const port = intOption('port', values.port, 8080, 0);
    const db = resolve(ctx.cwd, values.db ?? 'marsad-demo.db');
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(db + suffix)) rmSync(db + suffix);
    const sample = join(packageRoot(), 'examples', 'sample');
    const store = openSqliteStore(db);
    try {
      const engine = ctx.engine();
      const report = await ingestPaths(store, engine, [sample]);
      const { corpus } = refreshKnowledge(store, ctx, 'all');
      const st = store.stats();
      const kb = new SqliteKnowledge(store.db);
      if (values.json) {
        ctx.io.out(JSON.stringify({ db, report, corpus, stats: st, articles: store.listArticles(), stories: kb.listStories({ limit: 50 }), storylines: kb.listStorylines({ limit: 50 }) }, null, 2));
        return report.failed > 0 ? 1 : 0;
      }
      ctx.io.out(`Marsad demo — sample corpus: ${sample}`);
      ctx.io.out(`database: ${db}`);
      ctx.io.out(`read ${report.read} / new ${report.new} / duplicate ${report.duplicate} / failed ${report.failed}`);
      for (const f of report.failures) ctx.io.out(`  failed: ${f.source}: [${f.code}] ${f.text}`);
      ctx.io.out('');
      ctx.io.out('articles:');
      for (const a of store.listArticles()) {
        ctx.io.out(`  ${String(a.id).padStart(3)}  ${(a.published ?? 'undated').slice(0, 16).padEnd(16)}  ${(a.publisher ?? '—').padEnd(20).slice(0, 20)}  ${a.title ?? '(no title)'}`);
      }
      ctx.io.out('');
      ctx.io.out(`publishers: ${st.publishers}; dated articles: ${st.withPublished}/${st.currentArticles}`);
      let dates = 0;
      let numbers = 0;
      let people = 0;
      let events = 0;
      const quotes: string[] = [];
      let quoteCount = 0;
      const inferred: string[] = [];
      let undated = 0;
      for (const a of store.iterateArticles()) {
        dates += a.annotations.time?.timexes.length ?? 0;
        numbers += a.annotations.numbers?.length ?? 0;
        people += a.annotations.entities?.mentions.length ?? 0;
        events += a.annotations.events?.events.length ?? 0;
        for (const q of a.annotations.events?.quotes ?? []) {
          quoteCount++;
          if (q.direct && q.speaker && quotes.length < 3) quotes.push(`  ${q.speaker.text}: «${q.text}»  [article ${a.id}]`);
        }
        const w = a.annotations.time?.publishedInferred;
        if (!a.meta.published) undated++;
        if (!a.meta.published && w && w.confidence >= 0.4 && (w.earliest || w.latest)) inferred.push(`  article ${a.id}: ${w.earliest ?? '?'} … ${w.latest ?? '?'} (confidence ${w.confidence.toFixed(2)})`);
      }
      ctx.io.out(`found: ${dates} dates and times, ${numbers} numbers, ${people} entity mentions, ${events} events, ${quoteCount} quotes`);
      if (undated) {
        ctx.io.out(`undated articles: ${undated}; publication windows inferred with confidence ≥ 0.4: ${inferred.length}`);
        for (const l of inferred) ctx.io.out(l);
      }
      if (quotes.length) {
        ctx.io.out('some quotes:');
        for (const l of quotes) ctx.io.out(l);
      }
      ctx.io.out('');
      ctx.io.out(corpusLine(corpus));
      for (const s of kb.listStories({ limit: 50 }).items) {
        const dates = s.dateRange ? (s.dateRange.start === s.dateRange.end ? s.dateRange.start : `${s.dateRange.start}…${s.dateRange.end}`) : 'undated';
        ctx.io.out(`  story ${s.id.padEnd(4)} ${dates.padEnd(21)} ${s.articleCount} articles, ${s.sourceCount} outlets: ${s.title}`);
      }
      for (const l of kb.listStorylines({ limit: 20 }).items) ctx.io.out(`  storyline ${l.id}: ${l.storyCount} stories — ${l.title}`);
      const persons = kb.listEntities({ type: 'PER', limit: 5 }).items;
      if (persons.length > 0) ctx.io.out(`  people: ${persons.map((p) => `${p.name} (${p.topAliases.length} spellings)`).join('، ')}`);
      const disagreements = kb.listDisagreements({ limit: 1 }).total;
      ctx.io.out(`  sources disagree ${disagreements} times (marsad story ID shows where)`);
      const dbArg = values.db ?? 'marsad-demo.db';
      ctx.io.out(`try: marsad stories --db ${dbArg}; marsad entity "نغوين مين كوانغ" --db ${dbArg}; marsad search "نجوين" --db ${dbArg}`);
      if (report.failed > 0) return 1;
    } finally {
      store.close();
    }
    if (values['no-serve'] || values.json) return 0;
    ctx.io.out('');
    return serveCommand.run(['--db', db, '--port', String(port)], ctx);
  },
};
