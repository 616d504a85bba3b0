import { closeSync, ftruncateSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { planInputs } from './planInputs.js';
import { readFile } from './readFile.js';
import { encodeSingleByte, encodeUtf16, PNG_BYTES, splitItems, tempDir } from './testHelpers.js';
import type { PlannedFile } from './types.js';

const TEXT = 'أعلنت الهيئة العامة للأرصاد عن أمطار غزيرة على مدينة أبها يوم الخميس.\nوحذرت السكان من السيول.\n';
const enc = new TextEncoder();

let dir = '';
let cleanup = (): void => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

/** Write a file into the temp dir and plan it. */
function put(name: string, content: Uint8Array | string): PlannedFile {
  const path = join(dir, name);
  const bytes = typeof content === 'string' ? enc.encode(content) : content;
  writeFileSync(path, bytes);
  return { path, size: bytes.length };
}

const read = (f: PlannedFile, maxBytes?: number) =>
  splitItems(readFile(f, { receivedAt: '2026-01-02T03:04:05.000Z', ...(maxBytes !== undefined ? { maxBytes } : {}) }));

describe('readFile: plain text', () => {
  it('keeps the text exactly as given, with the file bytes and their hash', () => {
    const f = put('a.txt', TEXT);
    const { records, failures, messages } = read(f);
    expect(failures).toEqual([]);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.kind).toBe('text');
    expect(r.source).toBe(f.path);
    expect(r.member).toBeUndefined();
    expect(r.decoded).toBe(TEXT);
    expect(r.encoding).toBe('utf-8');
    expect(r.fields).toEqual({});
    expect(Buffer.from(r.bytes).toString('utf8')).toBe(TEXT);
    expect(r.sha256).toBe(createHash('sha256').update(enc.encode(TEXT)).digest('hex'));
    expect(r.receivedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(messages[0]).toEqual([]);
  });

  it('removes only the BOM', () => {
    const f = put('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`  ${TEXT}`)]));
    expect(read(f).records[0]!.decoded).toBe(`  ${TEXT}`);
  });

  it('fails an empty file with EMPTY_FILE naming the file', () => {
    const f = put('empty.txt', '');
    const { records, failures } = read(f);
    expect(records).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.code).toBe('EMPTY_FILE');
    expect(failures[0]!.text).toContain('empty.txt');
  });

  it('fails a whitespace-only file with EMPTY_FILE', () => {
    expect(read(put('blank.txt', ' \n\t\n')).failures[0]!.code).toBe('EMPTY_FILE');
  });

  it('fails a PNG renamed .txt with BINARY_FILE', () => {
    const f = put('photo.txt', PNG_BYTES);
    const { records, failures } = read(f);
    expect(records).toEqual([]);
    expect(failures[0]!.code).toBe('BINARY_FILE');
    expect(failures[0]!.text).toContain('photo.txt');
    expect(failures[0]!.text).toContain('PNG');
  });

  it('reads truncated UTF-8 with replacement and an ENC_INVALID_BYTES message naming the file', () => {
    // TEXT ends with 'ل.\n': keep up to the first byte of the two-byte 'ل'.
    const whole = enc.encode(TEXT.slice(0, -2));
    const bytes = whole.subarray(0, whole.length - 1);
    const f = put('cut.txt', bytes);
    const { records, messages, failures } = read(f);
    expect(failures).toEqual([]);
    expect(records[0]!.decoded.endsWith('\uFFFD')).toBe(true);
    expect(messages[0]!.map((m) => m.code)).toEqual(['ENC_INVALID_BYTES']);
    expect(messages[0]![0]!.text).toContain('cut.txt');
    expect(messages[0]![0]!.text).toContain(`byte offset ${bytes.length - 1}`);
  });

  it('decodes a Windows-1256 Arabic file to the right text', () => {
    const f = put('legacy.txt', encodeSingleByte(TEXT, 'windows-1256'));
    const r = read(f).records[0]!;
    expect(r.encoding).toBe('windows-1256');
    expect(r.decoded).toBe(TEXT);
    // The bytes are kept as received, not re-encoded.
    expect([...r.bytes]).toEqual([...encodeSingleByte(TEXT, 'windows-1256')]);
  });

  it('decodes an ISO-8859-6 Arabic file to the right text', () => {
    const text = 'وصل الوفد الى الرياض مساء الاحد، وبدأت المحادثات صباح الاثنين.';
    const r = read(put('iso.txt', encodeSingleByte(text, 'iso-8859-6'))).records[0]!;
    expect(r.encoding).toBe('iso-8859-6');
    expect(r.decoded).toBe(text);
  });

  it.each([
    ['le', true],
    ['be', false],
  ] as const)('decodes UTF-16 %s with a BOM', (name, le) => {
    const r = read(put(`u16${name}.txt`, encodeUtf16(TEXT, le, true))).records[0]!;
    expect(r.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
    expect(r.decoded).toBe(TEXT);
  });

  it('sniffs a file with no extension', () => {
    expect(read(put('README', TEXT)).records[0]!.kind).toBe('text');
    expect(read(put('feedfile', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>عنوان</title></item></channel></rss>')).records[0]!.kind).toBe('feed');
  });

  it('reads a "JSON-looking" text with no extension as text when it is not JSON', () => {
    const r = read(put('notes', '[تنبيه] اجتماع الساعة العاشرة')).records[0]!;
    expect(r.kind).toBe('text');
  });

  it('reports a missing file as NOT_FOUND without throwing', () => {
    const { failures } = read({ path: join(dir, 'gone.txt'), size: 1 });
    expect(failures[0]!.code).toBe('NOT_FOUND');
    expect(failures[0]!.text).toContain('gone.txt');
  });
});

describe('readFile: size limit', () => {
  it('refuses a 50 MB file above the limit (sparse, not read), naming size and limit, while the others continue', async () => {
    const sub = join(dir, 'sized');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.txt'), TEXT);
    const big = join(sub, 'b-big.txt');
    const fd = openSync(big, 'w');
    writeSync(fd, 'عنوان كبير\n');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    writeFileSync(join(sub, 'c.txt'), TEXT);
    const plan = await planInputs([sub]);
    expect(plan.files.map((f) => f.path)).toEqual([join(sub, 'a.txt'), big, join(sub, 'c.txt')]);
    const items = plan.files.flatMap((f) => [...readFile(f)]);
    const { records, failures } = splitItems(items);
    expect(records.map((r) => r.source)).toEqual([join(sub, 'a.txt'), join(sub, 'c.txt')]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.code).toBe('TOO_LARGE');
    expect(failures[0]!.source).toBe(big);
    expect(failures[0]!.text).toContain('b-big.txt');
    expect(failures[0]!.text).toContain(String(50 * 1024 * 1024));
    expect(failures[0]!.text).toContain(String(32 * 1024 * 1024));
  });

  it('honours a configured limit', () => {
    const f = put('small.txt', TEXT);
    expect(read(f, 10).failures[0]!.code).toBe('TOO_LARGE');
    expect(read(f, 10_000).records).toHaveLength(1);
  });
});

describe('readFile: HTML', () => {
  const page = (charsetMeta: string, body: string): string =>
    `<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head>${charsetMeta}<title>أخبار &amp; تقارير</title>` +
    `<link rel="canonical" href="https://example.com/news/1"><meta property="og:url" content="https://example.com/og"></head>` +
    `<body><p>${body}</p></body></html>`;

  it('keeps the page raw and takes title, canonical url and language', () => {
    const html = page('<meta charset="utf-8">', 'افتتح المعرض أبوابه للزوار.');
    const r = read(put('p.html', html)).records[0]!;
    expect(r.kind).toBe('html');
    expect(r.decoded).toBe(html);
    expect(r.fields).toEqual({ title: 'أخبار & تقارير', url: 'https://example.com/news/1', language: 'ar' });
  });

  it('decodes a windows-1256 page declared by http-equiv', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', 'افتتح المعرض أبوابه للزوار.');
    const r = read(put('old.htm', encodeSingleByte(html, 'windows-1256'))).records[0]!;
    expect(r.encoding).toBe('windows-1256');
    expect(r.decoded).toBe(html);
    expect(r.fields.title).toBe('أخبار & تقارير');
  });

  it('falls back to og:url and detects an undeclared windows-1256 page', () => {
    const html = '<html><head><title>خبر</title><meta property="og:url" content="https://example.com/og"></head><body>نص الخبر الكامل عن المعرض</body></html>';
    const r = read(put('og.html', encodeSingleByte(html, 'windows-1256'))).records[0]!;
    expect(r.fields.url).toBe('https://example.com/og');
    expect(r.decoded).toBe(html);
  });
});

describe('readFile: JSON and JSONL', () => {
  it('reads an array of articles, mapping fields, with member NAME[i] and canonical JSON bytes', () => {
    const arts = [
      { title: 'خبر أول', content: 'نص الخبر الأول', url: 'https://e.com/1', source: 'موقع', date_extracted: '2015-07-21 10:00:00', author: '' },
      { headline: 'خبر ثان', body: 'نص الخبر الثاني', link: 'https://e.com/2', publisher: 'جريدة', datePublished: '2015-07-22', authors: ['سارة', 'علي'] },
    ];
    const f = put('arts.json', JSON.stringify(arts, null, 2));
    const { records, failures } = read(f);
    expect(failures).toEqual([]);
    expect(records.map((r) => r.member)).toEqual(['arts.json[0]', 'arts.json[1]']);
    expect(records[0]!.fields).toEqual({
      title: 'خبر أول',
      content: 'نص الخبر الأول',
      url: 'https://e.com/1',
      publisher: 'موقع',
      dateExtracted: '2015-07-21 10:00:00',
    });
    expect(records[1]!.fields).toEqual({
      title: 'خبر ثان',
      content: 'نص الخبر الثاني',
      url: 'https://e.com/2',
      publisher: 'جريدة',
      date: '2015-07-22',
      author: 'سارة, علي',
    });
    expect(records[0]!.decoded).toBe('نص الخبر الأول');
    expect(records[0]!.kind).toBe('json');
    expect(records[0]!.source).toBe(f.path);
    expect(Buffer.from(records[1]!.bytes).toString('utf8')).toBe(JSON.stringify(arts[1]));
    expect(records[1]!.sha256).toBe(createHash('sha256').update(JSON.stringify(arts[1])).digest('hex'));
  });

  it('reads a single object and an {articles: [...]} wrapper', () => {
    expect(read(put('one.json', '{"title":"عنوان","text":"متن"}')).records.map((r) => [r.member, r.decoded])).toEqual([['one.json[0]', 'متن']]);
    const w = read(put('wrap.json', '{"status":"ok","articles":[{"title":"أ","description":"ب"},{"title":"ج","content":"د"}]}'));
    expect(w.records.map((r) => r.decoded)).toEqual(['ب', 'د']);
  });

  it('fails malformed JSON naming the file, line and column', () => {
    const f = put('bad.json', '[\n  {"title": "أ", "content": "ب"},\n  {"title": "ج" "content": "د"}\n]');
    const { records, failures } = read(f);
    expect(records).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.code).toBe('JSON_MALFORMED');
    expect(failures[0]!.text).toContain('bad.json');
    expect(failures[0]!.text).toMatch(/line 3, column \d+/);
  });

  it('fails truncated JSON as malformed', () => {
    const failures = read(put('trunc.json', '[{"title":"أ","content":"ب"},{"title":')).failures;
    expect(failures[0]!.code).toBe('JSON_MALFORMED');
    expect(failures[0]!.text).toContain('trunc.json');
  });

  it('fails a non-object record alone; the others are read', () => {
    const { records, failures } = read(put('mixed.json', '[{"title":"أ","content":"ب"}, 42, {"title":"ج","content":"د"}]'));
    expect(records.map((r) => r.member)).toEqual(['mixed.json[0]', 'mixed.json[2]']);
    expect(failures.map((f) => [f.code, f.member])).toEqual([['JSON_NOT_OBJECT', 'mixed.json[1]']]);
  });

  it('keeps a record without content but with a title or url (NO_CONTENT), fails one with nothing (NO_TEXT)', () => {
    const { records, messages, failures } = read(put('thin.json', '[{"title":"عنوان فقط","content":" "},{"url":"https://e.com/x"},{"author":"سارة"}]'));
    expect(records.map((r) => r.decoded)).toEqual(['', '']);
    expect(messages.map((ms) => ms.map((m) => m.code))).toEqual([['NO_CONTENT'], ['NO_CONTENT']]);
    expect(failures.map((f) => [f.code, f.member])).toEqual([['NO_TEXT', 'thin.json[2]']]);
  });

  it('joins paragraph arrays with newlines and reads WordPress-style {rendered} values', () => {
    const r = read(put('wp.json', '[{"title":{"rendered":"عنوان"},"content":["فقرة أولى","فقرة ثانية"],"link":"https://e.com/wp"}]')).records[0]!;
    expect(r.fields.title).toBe('عنوان');
    expect(r.decoded).toBe('فقرة أولى\nفقرة ثانية');
  });

  it('fails an empty array with NO_RECORDS', () => {
    expect(read(put('none.json', '[]')).failures[0]!.code).toBe('NO_RECORDS');
  });

  it('reads JSONL, failing bad lines individually', () => {
    const lines = ['{"title":"أ","content":"ب"}', '{"title": broken', '', '{"title":"ج","content":"د"}', '"just a string"'];
    const { records, failures } = read(put('feed.jsonl', lines.join('\n')));
    expect(records.map((r) => [r.member, r.decoded])).toEqual([
      ['feed.jsonl[0]', 'ب'],
      ['feed.jsonl[3]', 'د'],
    ]);
    expect(failures.map((f) => [f.code, f.member])).toEqual([
      ['JSON_MALFORMED', 'feed.jsonl[1]'],
      ['JSON_NOT_OBJECT', 'feed.jsonl[4]'],
    ]);
    expect(failures[0]!.text).toContain('line 2');
  });

  it('reads one-object-per-line content in a .json file as JSONL', () => {
    const { records } = read(put('lines.json', '{"title":"أ","content":"ب"}\n{"title":"ج","content":"د"}\n'));
    expect(records).toHaveLength(2);
  });

  it('fails a PNG renamed .json as binary', () => {
    expect(read(put('img.json', PNG_BYTES)).failures[0]!.code).toBe('BINARY_FILE');
  });

  it('reads a Windows-1256 JSON file and still stores UTF-8 JSON bytes', () => {
    const json = '[{"title":"خبر","content":"هطلت الأمطار على المدينة"}]';
    const r = read(put('cp.json', encodeSingleByte(json, 'windows-1256'))).records[0]!;
    expect(r.decoded).toBe('هطلت الأمطار على المدينة');
    expect(r.encoding).toBe('utf-8');
    expect(Buffer.from(r.bytes).toString('utf8')).toBe(JSON.stringify(JSON.parse(json)[0]));
  });
});
