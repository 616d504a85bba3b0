import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, ftruncateSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cli, encodeLegacy, seedsDir, tempDir } from './helpers.js';

const seeds = seedsDir();

interface Exported {
  version: string;
  articles: { id: number; source: string; url: string | null; sha256: string; title: string | null; text: string; messages: { code: string }[] }[];
}

describe.skipIf(!seeds)('CLI on the seeds', () => {
  it('ingests the five seeds, exports them, and adds nothing on a second ingest', async () => {
    const dir = tempDir();
    const db = join(dir, 'seeds.db');
    const first = await cli(['ingest', seeds!, '--db', db], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/read 5 \/ new 5 \/ duplicate 0 \/ failed 0/);
    const out = join(dir, 'export.json');
    expect((await cli(['export', '--out', out, '--db', db], dir)).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as Exported;
    expect(doc.version).toBe('1');
    expect(doc.articles).toHaveLength(5);
    const names = readdirSync(seeds!).filter((f) => f.endsWith('.txt')).sort();
    expect(doc.articles.map((a) => basename(a.source)).sort()).toEqual(names);
    for (const a of doc.articles) {
      expect(a.source.endsWith(basename(a.source))).toBe(true);
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.text.length).toBeGreaterThan(500);
    }
    const second = await cli(['ingest', seeds!, '--db', db], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/read 5 \/ new 0 \/ duplicate 5 \/ failed 0/);
    const again = join(dir, 'export2.json');
    await cli(['export', '--out', again, '--db', db], dir);
    expect((JSON.parse(readFileSync(again, 'utf8')) as Exported).articles).toHaveLength(5);
    const list = await cli(['list', '--db', db, '--json'], dir);
    expect(JSON.parse(list.stdout)).toHaveLength(5);
    const show = await cli(['show', '1', '--db', db], dir);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('metadata');
  });
});

describe('CLI bad input', () => {
  it('reports each bad input by name, stores the good ones, exits 1, keeps the database consistent', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const good = join(inputs, 'good.txt');
    writeFileSync(good, 'خبر تجريبي\n\nوصل الوفد إلى العاصمة صباح اليوم في زيارة رسمية.');
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    writeFileSync(join(inputs, 'cp1256.txt'), encodeLegacy('خطة لدعم المزارعين\n\nأعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة.', 'windows-1256'));
    const utf8 = Buffer.from('عنوان تجريبي\n\nنص عربي سليم في فقرة طويلة بما يكفي لتكون جزءا من متن الخبر، ثم بايتات تالفة', 'utf8');
    const tail = Buffer.from(' ويتواصل النص بعد البايت التالف حتى نهاية الفقرة.', 'utf8');
    writeFileSync(join(inputs, 'truncated.txt'), Buffer.concat([utf8, Buffer.from([0xd8]), tail]));
    writeFileSync(join(inputs, 'bad.json'), '{"title": "عنوان", "content": ');
    writeFileSync(join(inputs, 'bad.xml'), '<rss version="2.0"><channel><title>x</title><item><title>y</item></channel>');
    writeFileSync(
      join(inputs, 'mixed.zip'),
      zipSync({
        'day.json': strToU8(JSON.stringify([{ title: 'عنوان أول', content: 'محتوى الخبر الأول', url: 'https://example.org/1' }])),
        'picture.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      }),
    );
    const big = join(inputs, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const emptyDir = join(dir, 'nothing-here');
    mkdirSync(emptyDir);
    const db = join(dir, 'bad.db');
    const missing = join(dir, 'does-not-exist.txt');
    const r = await cli(['ingest', inputs, missing, emptyDir, '--db', db, '--max-bytes', String(20 * 1024 * 1024)], dir);
    expect(r.code).toBe(1);
    const failedLines = r.stderr.split('\n').filter((l) => l.startsWith('failed:'));
    const failedText = failedLines.join('\n');
    for (const name of ['empty.txt', 'image.txt', 'bad.json', 'bad.xml', 'picture.png', 'big.txt', 'does-not-exist.txt', 'nothing-here']) {
      expect(failedText, `failure for ${name}`).toContain(name);
    }
    expect(failedText).toMatch(/big\.txt[^\n]*(limit|large)/i);
    // good, cp1256, truncated (decoded with a message), and the zip's JSON record were stored
    const json = await cli(['list', '--db', db, '--json'], dir);
    const rows = JSON.parse(json.stdout) as { id: number; source: string; title?: string }[];
    const sources = rows.map((x) => basename(x.source)).sort();
    expect(sources).toEqual(['cp1256.txt', 'good.txt', 'mixed.zip', 'truncated.txt']);
    const cp = rows.find((x) => x.source.endsWith('cp1256.txt'))!;
    const shown = await cli(['show', String(cp.id), '--db', db, '--json'], dir);
    expect((JSON.parse(shown.stdout) as { text: string }).text).toContain('أعلنت الوزارة اليوم');
    const tr = rows.find((x) => x.source.endsWith('truncated.txt'))!;
    const trShown = JSON.parse((await cli(['show', String(tr.id), '--db', db, '--json'], dir)).stdout) as { text: string; messages: { code: string; text: string }[] };
    expect(trShown.text).toContain('نص عربي سليم');
    expect(trShown.messages.some((m) => m.text.includes('truncated.txt'))).toBe(true);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('exits 2 on usage errors', async () => {
    const dir = tempDir();
    expect((await cli(['ingest'], dir)).code).toBe(2);
    expect((await cli(['nonsense'], dir)).code).toBe(2);
    expect((await cli(['show', 'abc', '--db', join(dir, 'x.db')], dir)).code).toBe(2);
    expect((await cli(['list', '--bogus'], dir)).code).toBe(2);
    expect((await cli(['export'], dir)).code).toBe(2);
  });

  it('versions a changed file instead of overwriting it', async () => {
    const dir = tempDir();
    const db = join(dir, 'v.db');
    const f = join(dir, 'story.txt');
    writeFileSync(f, 'النسخة الأولى من الخبر');
    expect((await cli(['ingest', f, '--db', db], dir)).stdout).toMatch(/new 1/);
    writeFileSync(f, 'النسخة الثانية من الخبر بعد التحديث');
    const r = await cli(['ingest', f, '--db', db], dir);
    expect(r.stdout).toMatch(/new versions 1/);
    const all = JSON.parse((await cli(['list', '--all-versions', '--json', '--db', db], dir)).stdout) as { version: number; current: boolean }[];
    expect(all.map((a) => [a.version, a.current])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

describe('CLI extractions', () => {
  it('lists quotes, claims and events and exports them at the top level', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    const f = join(dir, 'story.txt');
    writeFileSync(
      f,
      'الوزير يزور العاصمة\n\nوصل وزير الزراعة إلى العاصمة يوم الخميس في زيارة رسمية تستمر يومين، وقال الوزير إن “التعاون مع الجيران أولوية قصوى”.\n\nوأفادت الوزارة بأن أكثر من 3,000 مزارع سيستفيدون من البرنامج الجديد خلال العام المقبل.',
    );
    expect((await cli(['ingest', f, '--db', db], dir)).code).toBe(0);
    const quotes = JSON.parse((await cli(['quotes', '--db', db, '--json'], dir)).stdout) as { text: string; direct: boolean; speaker: { text: string } | null }[];
    expect(quotes.some((q) => q.direct && q.text.includes('أولوية قصوى'))).toBe(true);
    const claims = JSON.parse((await cli(['claims', '--db', db, '--json'], dir)).stdout) as { value: number; qualifier: string }[];
    expect(claims.some((c) => c.value === 3000 && c.qualifier === 'more-than')).toBe(true);
    const events = JSON.parse((await cli(['events', '--db', db, '--json'], dir)).stdout) as { type: string }[];
    expect(events.some((e) => e.type === 'VISIT')).toBe(true);
    const out = join(dir, 'e.json');
    await cli(['export', '--out', out, '--db', db], dir);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown[]>;
    expect(doc['quotes']!.length).toBe(quotes.length);
    expect(doc['claims']!.length).toBe(claims.length);
    expect(doc['events']!.length).toBe(events.length);
    expect((await cli(['claims', '--article', 'x', '--db', db], dir)).code).toBe(2);
  });
});
