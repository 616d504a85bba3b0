import { resolve } from 'node:path';
import { MarsadError } from '../core/errors.js';
import { createDefaultEngine } from '../engine/defaultEngine.js';
import { ingestPaths } from '../ingest/ingestPaths.js';
import { reanalyzeStore } from '../ingest/reanalyze.js';
import { exportToFile } from '../store/exportDocument.js';
import { CorpusUpdater, resetCorpus, type CorpusUpdateReport } from '../store/updateCorpus.js';
import { refreshKnowledge } from './refresh.js';
import type { StoredArticle } from '../store/store.js';
import { intOption, parse } from './args.js';
import type { Command } from './context.js';
import { progressBar } from './output.js';
import { withStore } from './withStore.js';

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

/** One line about a corpus update. */
export function corpusLine(c: CorpusUpdateReport): string {
  return (
    `corpus: ${c.added} articles added (${c.duplicates} duplicates) → ${c.stories} stories, ${c.storylines} storylines, ${c.entities} entities` +
    (c.lost.length > 0 ? ` (unreadable saved state rebuilt: ${c.lost.join(', ')})` : '') +
    ` in ${(c.ms / 1000).toFixed(1)} s`
  );
}

/** `marsad ingest <paths...>` */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read files, directories, globs, zips and feeds into the database',
  usage: 'marsad ingest <paths...> [--db PATH] [--max-bytes N] [--workers N] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, { 'max-bytes': { type: 'string' }, workers: { type: 'string' } });
    if (positionals.length === 0) throw new MarsadError('USAGE', 'ingest needs at least one path');
    const maxBytes = intOption('max-bytes', values['max-bytes'], 32 * 1024 * 1024, 1);
    // Worker threads run the default engine, so they are only used with it.
    const workers = values.workers === undefined ? (ctx.engine === createDefaultEngine ? 'auto' : 0) : intOption('workers', values.workers, 0, 0);
    const engine = ctx.engine();
    const bar = progressBar(ctx.io, 'ingest');
    const { report, corpus } = await withStore(values, ctx, async (store) => {
      // The corpus step takes each stored batch while the next ones are analysed.
      const updater = new CorpusUpdater(store, ctx.corpus());
      const report = await ingestPaths(store, engine, positionals, {
        maxBytes,
        workers,
        keepOutcomes: true,
        onStored: () => updater.addPending(),
        onProgress: (p) => bar.update(p.bytesDone, p.bytesTotal, `${p.filesDone}/${p.filesTotal} files, ${p.records} records`),
      });
      bar.end();
      const fresh = report.outcomes.filter((o) => o.outcome !== 'duplicate').map((o) => o.articleId);
      const { corpus } = refreshKnowledge(store, ctx, fresh, {}, updater);
      return { report, corpus };
    });
    if (values.json) {
      ctx.io.out(JSON.stringify({ ...report, corpus }, null, 2));
    } else {
      for (const f of report.failures) ctx.io.err(`failed: ${f.source}${f.member ? `#${f.member}` : ''}: [${f.code}] ${f.text}`);
      for (const o of report.outcomes) {
        if (o.outcome === 'duplicate') ctx.io.err(`duplicate: ${o.source}${o.member ? `#${o.member}` : ''} is article ${o.articleId}`);
      }
      ctx.io.out(
        `read ${report.read} / new ${report.new} / duplicate ${report.duplicate}` +
          (report.versions ? ` / new versions ${report.versions}` : '') +
          ` / failed ${report.failed}`,
      );
      ctx.io.out(corpusLine(corpus));
      for (const k of corpus.skipped) ctx.io.err(`skipped: article ${k.articleId}: ${k.reason}`);
    }
    return report.failed > 0 ? 1 : 0;
  },
};

/** `marsad list` */
export const listCommand: Command = {
  name: 'list',
  summary: 'list stored articles',
  usage: 'marsad list [--limit N] [--offset N] [--all-versions] [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, {
      limit: { type: 'string' },
      offset: { type: 'string' },
      'all-versions': { type: 'boolean', default: false },
    }, false);
    const limit = intOption('limit', values.limit, 50, 1);
    const offset = intOption('offset', values.offset, 0);
    const rows = await withStore(values, ctx, (s) => s.listArticles({ limit, offset, allVersions: values['all-versions'] }));
    if (values.json) ctx.io.out(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) ctx.io.out('no articles');
    else
      for (const r of rows) {
        const where = r.member ? `${r.source}#${r.member}` : r.source;
        ctx.io.out(
          `${String(r.id).padStart(5)}  ${(r.published ?? '—').slice(0, 16).padEnd(16)}  ${(r.publisher ?? '—').slice(0, 18).padEnd(18)}  ${(r.title ?? '(no title)').slice(0, 70)}  [${where}]${r.current ? '' : ' (superseded)'}`,
        );
      }
    return 0;
  },
};

function showText(a: StoredArticle, maxChars: number): string[] {
  const lines: string[] = [];
  lines.push(`article ${a.id} (version ${a.version}${a.current ? '' : ', superseded'}${a.supersedes ? `, replaces ${a.supersedes}` : ''})`);
  lines.push(`source:   ${a.raw.source}${a.raw.member ? `#${a.raw.member}` : ''}`);
  lines.push(`input:    ${a.raw.kind}, ${a.raw.encoding}, ${fmtBytes(a.raw.bytes.byteLength)}, sha256 ${a.raw.sha256}`);
  lines.push('metadata (value ← where it came from, confidence):');
  const keys = Object.keys(a.meta) as (keyof typeof a.meta)[];
  if (keys.length === 0) lines.push('  (none)');
  for (const k of keys) {
    const f = a.meta[k];
    if (!f) continue;
    lines.push(`  ${k.padEnd(10)} ${f.value}  ← ${f.from}${f.span ? ` [${f.span.start},${f.span.end})` : ''}, ${f.confidence.toFixed(2)}`);
  }
  if (a.messages.length) {
    lines.push('messages:');
    for (const m of a.messages) lines.push(`  ${m.severity} ${m.code}: ${m.text}${m.span ? ` [${m.span.start},${m.span.end})` : ''}`);
  }
  const time = a.annotations.time;
  if (time?.publishedInferred) {
    const w = time.publishedInferred;
    lines.push(`inferred publication window: ${w.earliest ?? '?'} … ${w.latest ?? '?'} (confidence ${w.confidence.toFixed(2)}; ${w.evidence.length} pieces of evidence)`);
  }
  if (time && time.timexes.length) {
    lines.push(`dates and times (reference ${time.ref ?? 'none'}, from ${time.refSource}):`);
    for (const t of time.timexes.slice(0, 30)) {
      lines.push(`  [${t.span[0]},${t.span[1]}) ${t.text} → ${t.type} ${t.value}${t.begin ? ` (${t.begin}…${t.end})` : ''}${t.inferred ? ' inferred' : ''}`);
    }
    if (time.timexes.length > 30) lines.push(`  … ${time.timexes.length - 30} more`);
  }
  const nums = a.annotations.numbers;
  if (nums && nums.length) {
    lines.push('numbers:');
    for (const n of nums.slice(0, 30)) {
      lines.push(`  [${n.start},${n.end}) ${n.text} → ${n.value ?? `${n.min}–${n.max}`} (${n.kind}, ${n.qualifier}${n.unit ? `, ${n.unit}` : ''})`);
    }
    if (nums.length > 30) lines.push(`  … ${nums.length - 30} more`);
  }
  const ann = Object.keys(a.annotations);
  if (ann.length) lines.push(`annotations: ${ann.join(', ')}`);
  lines.push('text:');
  lines.push(a.text.length > maxChars ? `${a.text.slice(0, maxChars)}\n… (${a.text.length - maxChars} more characters; --full shows all)` : a.text);
  return lines;
}

/** `marsad show <id>` */
export const showCommand: Command = {
  name: 'show',
  summary: 'show one article with its metadata, where each field came from, and its messages',
  usage: 'marsad show <id> [--full] [--raw] [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parse(argv, { full: { type: 'boolean', default: false }, raw: { type: 'boolean', default: false } });
    const idText = positionals[0];
    if (idText === undefined || !/^\d+$/.test(idText)) throw new MarsadError('USAGE', 'show needs an article id (a number)');
    return await withStore(values, ctx, (s) => {
      const a = s.getArticle(Number(idText));
      if (!a) {
        ctx.io.err(`no article with id ${idText}`);
        return 1;
      }
      const sightings = s.sightings(a.id);
      if (values.json) {
        const { raw, ...rest } = a;
        ctx.io.out(
          JSON.stringify(
            { ...rest, raw: { source: raw.source, member: raw.member, kind: raw.kind, encoding: raw.encoding, sha256: raw.sha256, fields: raw.fields, bytes: raw.bytes.byteLength }, sightings },
            null,
            2,
          ),
        );
      } else {
        for (const l of showText(a, values.full ? Infinity : 4000)) ctx.io.out(l);
        if (sightings.length > 1) {
          ctx.io.out('seen as:');
          for (const x of sightings) ctx.io.out(`  ${x.outcome.padEnd(9)} ${x.source}${x.member ? `#${x.member}` : ''} (run ${x.runId}, ${x.at})`);
        }
        if (values.raw) {
          ctx.io.out('raw input:');
          ctx.io.out(new TextDecoder(a.raw.encoding.startsWith('utf-16') ? a.raw.encoding : a.raw.encoding || 'utf-8').decode(a.raw.bytes));
        }
      }
      return 0;
    });
  },
};

/** `marsad stats` */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'figures about the database',
  usage: 'marsad stats [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, {}, false);
    const st = await withStore(values, ctx, (s) => s.stats());
    if (values.json) {
      ctx.io.out(JSON.stringify(st, null, 2));
      return 0;
    }
    ctx.io.out(`articles:        ${st.currentArticles} current (${st.versions} superseded versions)`);
    ctx.io.out(`raw inputs:      ${st.rawInputs} (${fmtBytes(st.rawBytes)})`);
    ctx.io.out(`clean text:      ${st.textChars.toLocaleString('en')} characters`);
    ctx.io.out(`publishers:      ${st.publishers}; with a publication date: ${st.withPublished}`);
    ctx.io.out(`ingest runs:     ${st.runs}; failures recorded: ${st.failures}`);
    if (st.bySource.length) {
      ctx.io.out('by publisher:');
      for (const b of st.bySource.slice(0, 20)) ctx.io.out(`  ${String(b.articles).padStart(6)}  ${b.publisher}`);
    }
    if (st.messagesByCode.length) {
      ctx.io.out('messages:');
      for (const m of st.messagesByCode) ctx.io.out(`  ${String(m.count).padStart(6)}  ${m.code}`);
    }
    return 0;
  },
};

/** `marsad reanalyze` */
export const reanalyzeCommand: Command = {
  name: 'reanalyze',
  summary: 're-run cleaning and analysis over the stored raw input',
  usage: 'marsad reanalyze [--db PATH] [--json]',
  async run(argv, ctx) {
    const { values } = parse(argv, {}, false);
    const engine = ctx.engine();
    const bar = progressBar(ctx.io, 'reanalyze');
    const { r, corpus } = await withStore(values, ctx, (s) => {
      const r = reanalyzeStore(s, engine, { onProgress: (d, t) => bar.update(d, t, `${d}/${t}`) });
      bar.end();
      // Offsets may have moved: the corpus results are rebuilt from the new analysis.
      resetCorpus(s);
      return { r, corpus: refreshKnowledge(s, ctx, 'all').corpus };
    });
    if (values.json) ctx.io.out(JSON.stringify({ ...r, corpus }));
    else {
      ctx.io.out(`reanalysed ${r.articles} articles (${r.changed} changed) in ${(r.ms / 1000).toFixed(1)} s`);
      ctx.io.out(corpusLine(corpus));
    }
    return 0;
  },
};

/** `marsad export --out FILE` */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write the knowledge base as one JSON document',
  usage: 'marsad export --out FILE|- [--all-versions] [--db PATH]',
  async run(argv, ctx) {
    const { values } = parse(argv, { out: { type: 'string', short: 'o' }, 'all-versions': { type: 'boolean', default: false } }, false);
    if (!values.out) throw new MarsadError('USAGE', 'export needs --out FILE (or --out - for stdout)');
    const out = values.out === '-' ? '-' : resolve(ctx.cwd, values.out);
    const n = await withStore(values, ctx, (s) => exportToFile(s, out, { allVersions: values['all-versions'] }));
    if (out !== '-') ctx.io.err(`exported ${n} articles to ${values.out}`);
    return 0;
  },
};
