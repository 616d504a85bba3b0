/**
 * Evaluate the cleaner on SaudiNewsNet (../shared/data/saudinewsnet) and measure throughput.
 *
 *   npx tsx scripts/eval-clean.ts [--limit N] [--html N]
 *
 * Pass 1 feeds every article's lines to a TemplateModel (per source); pass 2 cleans every article
 * with the learnt model and reports the share of articles with a publisher, a published date, a
 * dateline, an agency and an author, the top 10 template lines per source, and articles/s.
 * Then it cleans N synthetic HTML pages (built here) and reports pages/s.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { RawInput } from '../src/core/article.js';
import { cleanArticle } from '../src/clean/cleanArticle.js';
import { lineKey } from '../src/clean/lineKey.js';
import { TemplateModel } from '../src/clean/templateModel.js';
import { sharedPath } from '../src/models/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const limit = opt('--limit', 0);
/** CPU milliseconds (user + system) since `since`: throughput per core on a shared machine. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const htmlPages = opt('--html', 300);

interface Rec {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
}

const dir = sharedPath('data', 'saudinewsnet');
if (!existsSync(dir)) {
  console.log(`SaudiNewsNet not found at ${dir}; skipping the corpus part`);
} else {
  const raws: RawInput[] = [];
  for (const zip of readdirSync(dir).filter((f) => f.endsWith('.zip')).sort()) {
    const files = unzipSync(readFileSync(join(dir, zip)));
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      const arr = JSON.parse(strFromU8(bytes)) as Rec[];
      arr.forEach((r, i) => {
        const fields: RawInput['fields'] = {};
        if (r.title) fields.title = r.title;
        if (r.url) fields.url = r.url;
        if (r.source) fields.publisher = r.source;
        if (r.date_extracted) fields.dateExtracted = r.date_extracted;
        if (r.author) fields.author = r.author;
        raws.push({ source: zip, member: `${name}[${i}]`, kind: 'json', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields, decoded: r.content ?? '' });
      });
      if (limit && raws.length >= limit) break;
    }
    if (limit && raws.length >= limit) break;
  }
  if (limit) raws.length = Math.min(raws.length, limit);
  console.log(`articles: ${raws.length}`);

  // Pass 1: learn templates.
  const model = new TemplateModel();
  const examples = new Map<string, string>();
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  for (const raw of raws) {
    const c = cleanArticle(raw);
    model.observe(c.template.key, c.template.lines);
    for (const l of c.template.lines) {
      if (l.length > 300) continue;
      const k = lineKey(l);
      if (!examples.has(k)) examples.set(k, l);
    }
  }
  const pass1 = performance.now() - t0;
  const cpu1 = cpuMs(c0);
  const json = JSON.stringify(model.toJSON());
  const restored = TemplateModel.fromJSON(JSON.parse(json));
  console.log(`template model: ${model.publishers().length} publishers, ${(json.length / 1e6).toFixed(1)} MB as JSON; round-trip keeps ${restored.docs('*')} documents`);

  // Pass 2: clean with the model.
  const stats = { publisher: 0, published: 0, dateline: 0, agency: 0, author: 0, empty: 0, templateRemoved: 0, chars: 0, cleanChars: 0 };
  const bySource = new Map<string, { n: number; dateline: number; agency: number; published: number }>();
  t0 = performance.now();
  c0 = process.cpuUsage();
  for (const raw of raws) {
    const c = cleanArticle(raw, { templates: model });
    const m = c.meta;
    if (m.publisher) stats.publisher++;
    if (m.published) stats.published++;
    if (m.dateline) stats.dateline++;
    if (m.agency) stats.agency++;
    if (m.author) stats.author++;
    if (c.text === '') stats.empty++;
    if (c.removed.some((r) => r.reason.startsWith('template'))) stats.templateRemoved++;
    stats.chars += raw.decoded.length;
    stats.cleanChars += c.text.length;
    const s = raw.fields.publisher ?? '?';
    const b = bySource.get(s) ?? { n: 0, dateline: 0, agency: 0, published: 0 };
    b.n++;
    if (m.dateline) b.dateline++;
    if (m.agency) b.agency++;
    if (m.published) b.published++;
    bySource.set(s, b);
  }
  const pass2 = performance.now() - t0;
  const cpu2 = cpuMs(c0);
  const pct = (x: number): string => `${((100 * x) / raws.length).toFixed(1)}%`;
  console.log(`publisher ${pct(stats.publisher)}  published ${pct(stats.published)}  dateline ${pct(stats.dateline)}  agency ${pct(stats.agency)}  author ${pct(stats.author)}`);
  console.log(`empty body ${pct(stats.empty)}  articles with template lines removed ${pct(stats.templateRemoved)}  clean/raw chars ${(stats.cleanChars / Math.max(1, stats.chars)).toFixed(3)}`);
  console.log('per source (n, dateline, agency, published):');
  for (const [s, b] of [...bySource].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`  ${s.padEnd(14)} ${String(b.n).padStart(6)}  ${((100 * b.dateline) / b.n).toFixed(0).padStart(3)}%  ${((100 * b.agency) / b.n).toFixed(0).padStart(3)}%  ${((100 * b.published) / b.n).toFixed(0).padStart(3)}%`);
  }
  const rate = (ms: number): string => ((raws.length * 1000) / ms).toFixed(0);
  console.log(`throughput, text: pass 1 ${rate(pass1)} articles/s wall, ${rate(cpu1)} per CPU-second; pass 2 (with templates) ${rate(pass2)} articles/s wall, ${rate(cpu2)} per CPU-second`);
  console.log('\ntop 10 template lines per source (documents containing the line):');
  for (const p of model.publishers().sort()) {
    console.log(`== ${p} (${model.docs(p)} articles)`);
    for (const { key, docs } of model.top(p, 10)) {
      const ex = key.startsWith('^') ? `${key.slice(1)} …` : (examples.get(key) ?? key);
      console.log(`   ${String(docs).padStart(5)}  ${ex.slice(0, 110)}`);
    }
  }
}

// --- synthetic HTML throughput ---------------------------------------------------------------
function page(i: number): string {
  const paras = Array.from({ length: 8 }, (_, j) => `<p>فقرة رقم ${j + 1} من الخبر ${i}: قال المتحدث باسم الوزارة إن الاجتماع بحث عدة ملفات، وأضاف أن النتائج ستعلن لاحقاً بعد التشاور مع الأطراف المعنية في المنطقة.</p>`).join('\n');
  const nav = Array.from({ length: 30 }, (_, j) => `<li><a href="/s/${j}">قسم ${j}</a></li>`).join('');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر ${i} | موقع المثال</title>
<meta property="og:site_name" content="موقع المثال"><meta property="article:published_time" content="2024-12-03T06:45:00+03:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"عنوان الخبر ${i}","datePublished":"2024-12-03T06:45:00+03:00","author":{"@type":"Person","name":"كاتب"},"publisher":{"@type":"Organization","name":"موقع المثال"}}]}</script>
<style>.x{color:red}</style><script>var tracking = ${i};</script></head><body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>عنوان الخبر ${i}</h1><time datetime="2024-12-03T06:45">3 ديسمبر 2024</time>${paras}<div class="share">شارك فيسبوك تويتر واتساب</div></article>
<aside><h3>مقالات ذات صلة</h3><ul>${nav}</ul></aside></main><footer>جميع الحقوق محفوظة</footer></body></html>`;
}
if (htmlPages > 0) {
  // Warm-up, so the figure is steady-state.
  for (let i = 0; i < 30; i++) cleanArticle({ source: 'w', kind: 'html', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields: {}, decoded: page(i) });
  const pages = Array.from({ length: htmlPages }, (_, i) => page(i));
  const bytes = pages.reduce((a, p) => a + p.length, 0);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let ok = 0;
  for (const [i, html] of pages.entries()) {
    const c = cleanArticle({ source: `synthetic-${i}.html`, kind: 'html', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields: {}, decoded: html });
    if (c.meta.published && c.text.length > 500) ok++;
  }
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  console.log(`\nthroughput, HTML: ${htmlPages} synthetic pages (${(bytes / htmlPages / 1024).toFixed(1)} KB each) in ${ms.toFixed(0)} ms = ${((htmlPages * 1000) / ms).toFixed(0)} pages/s wall, ${((htmlPages * 1000) / cpu).toFixed(0)} per CPU-second; ${ok} with date and body`);
  const big = `<html><body>${'<div><p>نص تجريبي طويل داخل فقرة من فقرات الصفحة الكبيرة جداً.</p></div>'.repeat(150_000)}</body></html>`;
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const c = cleanArticle({ source: 'big.html', kind: 'html', bytes: new Uint8Array(), encoding: 'utf-8', sha256: '', fields: {}, decoded: big });
  console.log(`10 MB page: ${(big.length / 1e6).toFixed(1)} M chars cleaned in ${(performance.now() - t1).toFixed(0)} ms wall, ${cpuMs(c1).toFixed(0)} ms CPU; messages: ${c.messages.map((m) => m.code).join(', ')}`);
}
