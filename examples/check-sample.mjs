// Checks the sample corpus against its answer key; exits non-zero on any problem.
//
//   node examples/check-sample.mjs
//
// - every file decodes as UTF-8, except pages whose <meta charset> says windows-1256
//   (those must NOT be valid UTF-8, and must decode as windows-1256);
// - every JSONL line parses and has the scraper fields; the RSS feed parses as XML;
// - HTML pages have lang="ar" dir="rtl", a parseable JSON-LD NewsArticle and a <time datetime>;
// - every record named in sample-key.json exists, with the title the key gives;
// - every phrase the key cites (variants, disagreements, relative dates…) occurs in the record it names.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'sample');
const key = JSON.parse(readFileSync(join(here, 'sample-key.json'), 'utf8'));
const problems = [];
const fail = (m) => problems.push(m);

/** record id -> { title, text } */
const records = new Map();
for (const name of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, name));
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1256').decode(bytes);
    if (!/<meta charset="windows-1256">/i.test(text)) fail(`${name}: not UTF-8 and not declared windows-1256`);
  }
  if (name.endsWith('.jsonl')) {
    text.split('\n').filter((l) => l.trim()).forEach((line, i) => {
      let o;
      try { o = JSON.parse(line); } catch (e) { fail(`${name}: line ${i + 1} does not parse: ${e.message}`); return; }
      for (const f of ['title', 'content', 'url', 'source', 'date', 'author', 'date_extracted']) if (!(f in o)) fail(`${name}[${i}]: no ${f}`);
      records.set(`${name}[${i}]`, { title: o.title, text: `${o.title}\n${o.content}` });
    });
  } else if (name.endsWith('.xml')) {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(text);
    const items = [feed?.rss?.channel?.item ?? []].flat();
    if (items.length === 0) fail(`${name}: no RSS items`);
    items.forEach((it, i) => {
      for (const f of ['title', 'link', 'pubDate', 'content:encoded', 'dc:creator']) if (!(f in it)) fail(`${name}[${i}]: no ${f}`);
      if (Number.isNaN(Date.parse(it.pubDate))) fail(`${name}[${i}]: pubDate does not parse`);
      records.set(`${name}[${i}]`, { title: it.title, text: `${it.title}\n${it['content:encoded']}` });
    });
  } else if (name.endsWith('.html')) {
    const { document } = parseHTML(text);
    const html = document.documentElement;
    if (html.getAttribute('lang') !== 'ar' || html.getAttribute('dir') !== 'rtl') fail(`${name}: <html lang="ar" dir="rtl"> missing`);
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [JSON.parse(s.textContent)].flat());
    const article = ld.find((x) => x['@type'] === 'NewsArticle');
    if (!article?.headline || !article.datePublished || !article.publisher?.name) fail(`${name}: JSON-LD NewsArticle incomplete`);
    if (!document.querySelector('time[datetime]')) fail(`${name}: no <time datetime>`);
    records.set(name, { title: document.querySelector('h1')?.textContent.trim(), text });
  } else {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    records.set(name, { title: undefined, text, lines });
  }
}

for (const [id, r] of Object.entries(key.records)) {
  const rec = records.get(id);
  if (!rec) { fail(`key names ${id}, which is not in the corpus`); continue; }
  const ok = rec.title !== undefined ? rec.title === r.title : rec.lines.includes(r.title);
  if (!ok) fail(`${id}: title in key not found as the record's title/headline line`);
}
for (const id of records.keys()) if (!(id in key.records)) fail(`${id} is in the corpus but not in the key`);

const has = (id, phrase) => {
  const rec = records.get(id);
  if (!rec) fail(`key names ${id}, which is not in the corpus`);
  else if (!rec.text.includes(phrase)) fail(`${id}: phrase not found: ${phrase}`);
};
for (const [spelling, ids] of Object.entries(key.variantFiles)) for (const id of ids) has(id, spelling);
for (const d of key.disagreements) for (const [id, v] of Object.entries(d.values)) has(id, v.phrase);
for (const d of key.notDisagreements) for (const p of d.phrases ?? []) if (!d.files.some((f) => records.get(f)?.text.includes(p))) fail(`notDisagreements: phrase not found: ${p}`);
for (const r of [...key.relativeDates, ...key.backgroundEvents, ...key.plannedEvents]) has(r.file, r.phrase);
// A spelling the key lists must not occur in a record the key does not list for it.
for (const [spelling, ids] of Object.entries(key.variantFiles)) {
  for (const [id, rec] of records) if (rec.text.includes(spelling) && !ids.includes(id)) fail(`${id} contains ${spelling} but variantFiles does not list it`);
}
const storyFiles = key.stories.flatMap((s) => s.files);
if (new Set(storyFiles).size !== storyFiles.length || storyFiles.length !== records.size) fail('every record must belong to exactly one story');

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(`sample corpus OK: ${records.size} records in ${readdirSync(dir).length} files, ${key.stories.length} stories, ${key.storylines.length} storylines`);
