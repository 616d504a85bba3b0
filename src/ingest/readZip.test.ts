import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from './readFile.js';
import { listZip } from './zipDirectory.js';
import { encodeSingleByte, PNG_BYTES, splitItems, tempDir } from './testHelpers.js';
import type { IngestOptions, PlannedFile } from './types.js';

const enc = new TextEncoder();
let dir = '';
let cleanup = (): void => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

function putZip(name: string, files: Zippable): PlannedFile {
  const bytes = zipSync(files);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, size: bytes.length };
}
const read = (f: PlannedFile, options: IngestOptions = {}) => splitItems(readFile(f, options));

const ARTICLES = [
  { source: 'موقع', url: 'https://e.com/1', date_extracted: '2015-07-21 09:00:00', title: 'خبر أول', author: '', content: 'نص الخبر الأول عن الطقس' },
  { source: 'موقع', url: 'https://e.com/2', date_extracted: '2015-07-21 10:00:00', title: 'خبر ثان', author: 'سارة', content: 'نص الخبر الثاني عن الرياضة' },
];

describe('readFile: zip archives', () => {
  it('reads a zip holding a JSON array (the SaudiNewsNet layout)', () => {
    const f = putZip('2015-07-21.zip', { '2015-07-21.json': enc.encode(JSON.stringify(ARTICLES, null, 4)) });
    const { records, failures } = read(f);
    expect(failures).toEqual([]);
    expect(records.map((r) => [r.source, r.member])).toEqual([
      [f.path, '2015-07-21.json[0]'],
      [f.path, '2015-07-21.json[1]'],
    ]);
    expect(records[1]!.fields).toEqual({
      title: 'خبر ثان',
      content: 'نص الخبر الثاني عن الرياضة',
      url: 'https://e.com/2',
      publisher: 'موقع',
      dateExtracted: '2015-07-21 10:00:00',
      author: 'سارة',
    });
  });

  it('reads members of other kinds; a PNG member and a malformed JSON member fail alone, naming zip:member', () => {
    const f = putZip('mixed.zip', {
      'a/articles.json': enc.encode(JSON.stringify(ARTICLES)),
      'a/photo.png': PNG_BYTES,
      'a/note.txt': encodeSingleByte('ملاحظة قصيرة عن الاجتماع', 'windows-1256'),
      'a/page.html': enc.encode('<html lang="ar"><head><title>صفحة</title></head><body>نص</body></html>'),
      'a/news.rss': enc.encode('<rss version="2.0"><channel><title>ق</title><item><title>بند</title><description>متن البند</description></item></channel></rss>'),
      'a/broken.json': enc.encode('{"title": '),
      'a/empty.txt': new Uint8Array(0),
      '.hidden/skip.txt': enc.encode('مخفي'),
      '__MACOSX/a/._note.txt': enc.encode('x'),
    });
    const { records, failures } = read(f);
    expect(records.map((r) => [r.member, r.kind])).toEqual([
      ['a/articles.json[0]', 'json'],
      ['a/articles.json[1]', 'json'],
      ['a/note.txt', 'text'],
      ['a/page.html', 'html'],
      ['a/news.rss[0]', 'feed'],
    ]);
    expect(records[4]!.decoded).toBe('متن البند');
    expect(records[2]!.decoded).toBe('ملاحظة قصيرة عن الاجتماع');
    expect(records[3]!.fields.title).toBe('صفحة');
    expect(failures.map((x) => [x.code, x.member])).toEqual([
      ['BINARY_FILE', 'a/photo.png'],
      ['JSON_MALFORMED', 'a/broken.json'],
      ['EMPTY_FILE', 'a/empty.txt'],
    ]);
    expect(failures[0]!.source).toBe(f.path);
    expect(failures[0]!.text).toContain(`${f.path}:a/photo.png`);
  });

  it('refuses a member whose declared size is above the limit, before inflating, and reads the rest', () => {
    const big = new Uint8Array(200_000).fill(0x61);
    const f = putZip('bomb.zip', { 'big.txt': big, 'small.txt': enc.encode('نص قصير') });
    const { records, failures } = read(f, { maxBytes: 100_000 });
    expect(records.map((r) => r.member)).toEqual(['small.txt']);
    expect(failures.map((x) => [x.code, x.member])).toEqual([['TOO_LARGE', 'big.txt']]);
    expect(failures[0]!.text).toContain('200000');
    expect(failures[0]!.text).toContain('100000');
  });

  it('refuses an archive whose members together declare more than the archive limit', () => {
    const f = putZip('many.zip', { 'a.txt': new Uint8Array(60_000).fill(0x62), 'b.txt': new Uint8Array(60_000).fill(0x63) });
    const { records, failures } = read(f, { maxArchiveBytes: 100_000 });
    expect(records).toEqual([]);
    expect(failures.map((x) => x.code)).toEqual(['ZIP_TOO_LARGE']);
  });

  it('fails a member that inflates to more than its declared size', () => {
    const bytes = zipSync({ 'x.txt': new Uint8Array(5000).fill(0x61) });
    const listing = listZip(bytes)!;
    // Patch the central directory's uncompressed size (offset 24 in the entry) to lie.
    const cd = bytes.length - 22 - (46 + 'x.txt'.length);
    expect(listing[0]!.originalSize).toBe(5000);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(cd + 24, 100, true);
    const path = join(dir, 'liar.zip');
    writeFileSync(path, bytes);
    const { records, failures } = read({ path, size: bytes.length });
    expect(records).toEqual([]);
    expect(failures.map((x) => [x.code, x.member])).toEqual([['ZIP_MALFORMED', 'x.txt']]);
  });

  it('fails a corrupt zip and a PNG named .zip', () => {
    const good = zipSync({ 'a.json': enc.encode(JSON.stringify(ARTICLES)) });
    const path = join(dir, 'corrupt.zip');
    writeFileSync(path, good.subarray(0, good.length - 30));
    expect(read({ path, size: 0 }).failures.map((x) => x.code)).toEqual(['ZIP_MALFORMED']);
    const png = join(dir, 'image.zip');
    writeFileSync(png, PNG_BYTES);
    const r = read({ path: png, size: PNG_BYTES.length });
    expect(r.failures[0]!.code).toBe('ZIP_MALFORMED');
    expect(r.failures[0]!.text).toContain('PNG');
  });

  it('fails an empty zip with NO_RECORDS', () => {
    expect(read(putZip('empty.zip', {})).failures.map((x) => x.code)).toEqual(['NO_RECORDS']);
  });

  it('reads a zip inside a zip, naming the member path with "!"', () => {
    const inner = zipSync({ 'in.json': enc.encode(JSON.stringify(ARTICLES.slice(0, 1))) });
    const { records } = read(putZip('outer.zip', { 'inner.zip': inner }));
    expect(records.map((r) => r.member)).toEqual(['inner.zip!in.json[0]']);
  });

  it('reads stored (uncompressed) members', () => {
    const bytes = zipSync({ 's.txt': [enc.encode('نص مخزن دون ضغط'), { level: 0 }] });
    const path = join(dir, 'stored.zip');
    writeFileSync(path, bytes);
    expect(read({ path, size: bytes.length }).records[0]!.decoded).toBe('نص مخزن دون ضغط');
  });

  it('puts an invalid-byte message on the JSON record that holds the bad bytes only', () => {
    const good = enc.encode('[{"title":"أ","content":"نص سليم"},{"title":"ب","content":"نص ');
    const tail = enc.encode(' معطوب"}]');
    const bytes = new Uint8Array([...good, 0xd8, ...tail]);
    const f = putZip('bad-bytes.zip', { 'day.json': bytes });
    const items = [...readFile(f)];
    const recs = items.flatMap((it) => (it.type === 'record' ? [it] : []));
    expect(recs).toHaveLength(2);
    expect(recs[0]!.messages).toEqual([]);
    expect(recs[1]!.raw.decoded).toBe('نص \uFFFD معطوب');
    expect(recs[1]!.messages.map((m) => [m.code, m.source])).toEqual([['ENC_INVALID_BYTES', `${f.path}#day.json[1]`]]);
    expect(recs[1]!.messages[0]!.text).toContain(`${f.path}:day.json`);
  });
});
