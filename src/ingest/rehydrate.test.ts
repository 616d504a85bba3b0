import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileContext } from './context.js';
import { readBytes } from './readBytes.js';
import { rehydrate } from './rehydrate.js';
import { encodeSingleByte, splitItems } from './testHelpers.js';

const enc = new TextEncoder();
const read = (name: string, bytes: Uint8Array) => splitItems(readBytes(fileContext(name), bytes));

const inputs: Array<[string, Uint8Array]> = [
  ['a.txt', enc.encode('وصل الوزير إلى المدينة صباح الجمعة.\n')],
  ['legacy.txt', encodeSingleByte('وصل الوزير إلى المدينة صباح الجمعة.', 'windows-1256')],
  ['p.html', encodeSingleByte('<html lang="ar"><head><meta charset="windows-1256"><title>عنوان الصفحة</title><link rel="canonical" href="https://e.com/p"></head><body>نص</body></html>', 'windows-1256')],
  ['a.json', enc.encode(JSON.stringify([{ title: 'خبر', content: 'متن الخبر', url: 'https://e.com/1', authors: ['سارة', 'علي'] }, { title: 'بلا متن' }]))],
  ['f.xml', enc.encode('<rss version="2.0"><channel><title>صحيفة</title><language>ar</language><item><title>خبر</title><link>https://e.com/i</link><description>&lt;p&gt;متن &amp;amp; تفاصيل&lt;/p&gt;</description><category>محليات</category></item></channel></rss>')],
  ['f.atom', enc.encode('<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة</title><author><name>المحرر</name></author><entry><title>خبر</title><link href="https://e.com/e"/><updated>2015-08-01T00:00:00Z</updated><content type="html">&lt;b&gt;متن&lt;/b&gt;</content></entry></feed>')],
  ['z.zip', zipSync({ 'd/x.json': enc.encode('[{"title":"أ","content":"ب"}]'), 'd/y.txt': enc.encode('نص') })],
];

describe('rehydrate', () => {
  it.each(inputs)('rebuilds decoded, fields and encoding of %s from the stored bytes', (name, bytes) => {
    const { records, messages } = read(name, bytes);
    expect(records.length).toBeGreaterThan(0);
    records.forEach((r, i) => {
      const stored = { ...r, decoded: '' };
      const again = rehydrate(stored);
      expect(again.raw.decoded).toBe(r.decoded);
      expect(again.raw.fields).toEqual(r.fields);
      expect(again.raw.encoding).toBe(r.encoding);
      expect(again.messages.map((m) => m.code)).toEqual(messages[i]!.map((m) => m.code));
    });
  });

  it('reports bytes that no longer read, keeping the stored content', () => {
    const r = read('a.json', enc.encode('[{"title":"خبر","content":"متن"}]')).records[0]!;
    const broken = rehydrate({ ...r, bytes: enc.encode('{"title": '), decoded: '' });
    expect(broken.raw.decoded).toBe('متن');
    expect(broken.messages.map((m) => m.code)).toEqual(['REHYDRATE_FAILED']);
  });
});
