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
      ctx.io.out(`try: marsad show 1 --db ${values.db ?? 'marsad-demo.db'}`);
      return report.failed > 0 ? 1 : 0;
    } finally {
      store.close();
    }
  },
};
