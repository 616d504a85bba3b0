import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../ingest/ingestPaths.js';
import { packageRoot } from '../models/paths.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { parse } from './args.js';
import type { Command } from './context.js';

/** `marsad demo`: ingest and analyse the bundled sample corpus into a fresh database and show what was found. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest and analyse the bundled sample corpus (examples/sample) and print what was found',
  usage: 'marsad demo [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, {}, false);
    const db = resolve(ctx.cwd, values.db ?? 'marsad-demo.db');
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(db + suffix)) rmSync(db + suffix);
    const sample = join(packageRoot(), 'examples', 'sample');
    const store = openSqliteStore(db);
    try {
      const engine = ctx.engine();
      const report = await ingestPaths(store, engine, [sample]);
      const st = store.stats();
      if (values.json) {
        ctx.io.out(JSON.stringify({ db, report, stats: st, articles: store.listArticles() }, null, 2));
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
      ctx.io.out(`try: marsad show 1 --db ${values.db ?? 'marsad-demo.db'}`);
      return report.failed > 0 ? 1 : 0;
    } finally {
      store.close();
    }
  },
};
