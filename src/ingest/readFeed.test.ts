import { describe, expect, it } from 'vitest';
import { fileContext } from './context.js';
import { itemSlices, readFeed } from './readFeed.js';
import { encodeSingleByte, splitItems } from './testHelpers.js';

const enc = new TextEncoder();
const ctx = fileContext('feeds/news.xml', { receivedAt: '2026-01-01T00:00:00.000Z' });
const readXml = (xml: string | Uint8Array) => splitItems(readFeed(ctx, typeof xml === 'string' ? enc.encode(xml) : xml));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>صحيفة المرصد</title>
  <link>https://example.com/</link>
  <language>ar</language>
  <!-- <item><title>not an item</title></item> -->
  <item>
    <title>افتتاح معرض الكتاب</title>
    <link>https://example.com/a/1</link>
    <description>&lt;p&gt;ملخص قصير&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>افتتح المعرض <b>صباح اليوم</b>.</p><p>وحضره الآلاف&nbsp;من الزوار.</p>]]></content:encoded>
    <pubDate>Tue, 21 Jul 2015 10:00:00 +0300</pubDate>
    <dc:creator>سارة أحمد</dc:creator>
    <category>ثقافة</category>
    <category>الرياض</category>
  </item>
  <item>
    <title>خبر بلا رابط</title>
    <guid isPermaLink="true">https://example.com/a/2</guid>
    <description>&lt;p&gt;هطلت أمطار &amp;amp; رياح&lt;/p&gt;</description>
    <author>news@example.com (محمد علي)</author>
  </item>
  <item>
    <title>عنوان فقط</title>
  </item>
  <item><category>فارغ</category></item>
</channel>
</rss>`;

describe('readFeed: RSS 2.0', () => {
  const { records, messages, failures } = readXml(RSS);

  it('reads one record per item, with NAME[i] members', () => {
    expect(records.map((r) => r.member)).toEqual(['news.xml[0]', 'news.xml[1]', 'news.xml[2]']);
    expect(records.every((r) => r.kind === 'feed' && r.source === 'feeds/news.xml')).toBe(true);
  });

  it('maps the fields of an item', () => {
    expect(records[0]!.fields).toEqual({
      title: 'افتتاح معرض الكتاب',
      url: 'https://example.com/a/1',
      content: '<p>افتتح المعرض <b>صباح اليوم</b>.</p><p>وحضره الآلاف&nbsp;من الزوار.</p>',
      publisher: 'صحيفة المرصد',
      date: 'Tue, 21 Jul 2015 10:00:00 +0300',
      author: 'سارة أحمد',
      category: 'ثقافة, الرياض',
      language: 'ar',
    });
  });

  it('strips tags for decoded', () => {
    expect(records[0]!.decoded).toBe('افتتح المعرض صباح اليوم.\nوحضره الآلاف من الزوار.');
    expect(records[1]!.decoded).toBe('هطلت أمطار & رياح');
  });

  it('falls back to a permalink guid for the url, and description for content', () => {
    expect(records[1]!.fields.url).toBe('https://example.com/a/2');
    expect(records[1]!.fields.content).toBe('<p>هطلت أمطار &amp; رياح</p>');
    expect(records[1]!.fields.author).toBe('news@example.com (محمد علي)');
  });

  it('keeps the item XML as the record bytes', () => {
    const xml = Buffer.from(records[1]!.bytes).toString('utf8');
    expect(xml.startsWith('<item>')).toBe(true);
    expect(xml.endsWith('</item>')).toBe(true);
    expect(xml).toContain('خبر بلا رابط');
    expect(records[1]!.encoding).toBe('utf-8');
  });

  it('keeps a title-only item with NO_CONTENT; fails an item with no title, content or link', () => {
    expect(records[2]!.decoded).toBe('');
    expect(messages[2]!.map((m) => m.code)).toEqual(['NO_CONTENT']);
    expect(failures.map((f) => [f.code, f.member])).toEqual([['NO_TEXT', 'news.xml[3]']]);
  });
});

describe('readFeed: Atom', () => {
  const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title type="text">وكالة الأنباء</title>
  <author><name>غرفة الأخبار</name></author>
  <entry>
    <title type="html">اجتماع &lt;b&gt;طارئ&lt;/b&gt;</title>
    <link rel="self" href="https://example.org/self/1"/>
    <link rel="alternate" href="https://example.org/e/1"/>
    <published>2015-08-01T09:30:00Z</published>
    <updated>2015-08-01T10:00:00Z</updated>
    <category term="politics" label="سياسة"/>
    <content type="html">&lt;p&gt;عقد المجلس اجتماعا طارئا.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>ملخص</title>
    <link href="https://example.org/e/2"/>
    <updated>2015-08-02T00:00:00Z</updated>
    <author><name>ليلى</name></author>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>نص <em>الملخص</em></p></div></summary>
  </entry>
</feed>`;
  const { records, failures } = readXml(ATOM);

  it('reads entries with Atom fields', () => {
    expect(failures).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]!.fields).toEqual({
      title: 'اجتماع طارئ',
      url: 'https://example.org/e/1',
      content: '<p>عقد المجلس اجتماعا طارئا.</p>',
      publisher: 'وكالة الأنباء',
      date: '2015-08-01T09:30:00Z',
      author: 'غرفة الأخبار',
      category: 'سياسة',
      language: 'ar',
    });
    expect(records[0]!.decoded).toBe('عقد المجلس اجتماعا طارئا.');
    expect(records[1]!.fields.date).toBe('2015-08-02T00:00:00Z');
    expect(records[1]!.fields.author).toBe('ليلى');
    expect(records[1]!.decoded).toBe('نص الملخص');
    expect(Buffer.from(records[1]!.bytes).toString('utf8')).toMatch(/^<entry>[\s\S]*<\/entry>$/);
  });
});

describe('readFeed: bad input', () => {
  it('fails malformed XML naming the file, line and problem', () => {
    const { records, failures } = readXml('<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>x</title>\n<item><title>أ</item>\n</channel></rss>');
    expect(records).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.code).toBe('XML_MALFORMED');
    expect(failures[0]!.text).toContain('feeds/news.xml');
    expect(failures[0]!.text).toMatch(/line 4/);
  });

  it('fails XML that is not a feed', () => {
    const { failures } = readXml('<?xml version="1.0"?><catalog><book>كتاب</book></catalog>');
    expect(failures[0]!.code).toBe('XML_NOT_FEED');
    expect(failures[0]!.text).toContain('<catalog>');
  });

  it('fails a feed with no items', () => {
    expect(readXml('<rss version="2.0"><channel><title>x</title></channel></rss>').failures[0]!.code).toBe('NO_RECORDS');
  });

  it('decodes a feed declared as windows-1256', () => {
    const xml = '<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>صحيفة</title><item><title>خبر عاجل</title><description>وصل الوفد إلى المطار</description></item></channel></rss>';
    const { records } = readXml(encodeSingleByte(xml, 'windows-1256'));
    expect(records[0]!.fields.title).toBe('خبر عاجل');
    expect(records[0]!.decoded).toBe('وصل الوفد إلى المطار');
  });
});

describe('readFeed: other shapes', () => {
  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.com/"><title>نشرة</title><dc:language>ar</dc:language></channel>
  <item rdf:about="https://example.com/r/1"><title>بند أول</title><link>https://example.com/r/1</link><description>متن أول</description><dc:date>2015-07-30</dc:date></item>
  <item rdf:about="https://example.com/r/2"><title>بند ثان</title><link>https://example.com/r/2</link><description>متن ثان</description></item>
</rdf:RDF>`;
    const { records, failures } = readXml(rdf);
    expect(failures).toEqual([]);
    expect(records.map((r) => r.decoded)).toEqual(['متن أول', 'متن ثان']);
    expect(records[0]!.fields).toMatchObject({ publisher: 'نشرة', date: '2015-07-30', language: 'ar', url: 'https://example.com/r/1' });
    expect(Buffer.from(records[1]!.bytes).toString('utf8')).toMatch(/^<item rdf:about="https:\/\/example.com\/r\/2">/);
  });

  it('reads XHTML saved as .xml as an HTML page', () => {
    const { records } = readXml('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="ar"><head><title>صفحة</title></head><body><p>نص</p></body></html>');
    expect(records.map((r) => [r.kind, r.fields.title])).toEqual([['html', 'صفحة']]);
  });
});

describe('itemSlices', () => {
  it('finds items under the container, skipping comments and CDATA', () => {
    const xml = '<rss><channel><!-- <item>x</item> --><item a=">">1<![CDATA[</item>]]></item><item/></channel></rss>';
    const slices = itemSlices(xml, 'item', new Set(['channel']));
    expect(slices.map(([s, e]) => xml.slice(s, e))).toEqual(['<item a=">">1<![CDATA[</item>]]></item>', '<item/>']);
  });
});
