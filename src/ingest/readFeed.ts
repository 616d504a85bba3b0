import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawFields } from '../core/article.js';
import { message } from '../core/message.js';
import { decodeBytes, isDecoded } from './decode.js';
import { decodeXmlEntities } from './entities.js';
import { failureItem, hasInvalidBytes, recordDecodeMessages, recordItem, type ReadContext } from './context.js';
import { xmlDeclaredCharset } from './htmlFields.js';
import { readHtml } from './readHtml.js';
import { stripTags } from './stripTags.js';
import type { IngestItem } from './types.js';

type XmlNode = Record<string, unknown>;

/** Elements whose inner markup is kept raw (HTML bodies), then unescaped by {@link innerMarkup}. */
const STOP_NODES = ['*.description', '*.content:encoded', '*.content', '*.summary'];

/** Elements always parsed as arrays. */
const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'category', 'author', 'dc:creator', 'dc:subject', 'contributor']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  stopNodes: STOP_NODES,
  isArray: (name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute && ARRAY_TAGS.has(name),
});

/** The text of a parsed element (a string, `#text` of an element with attributes, the first of an array). */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textOf(x);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (v !== null && typeof v === 'object') return textOf((v as XmlNode)['#text']);
  return undefined;
}

/** Texts of all elements in an array (or the one element), joined with `, `. */
function joinedText(v: unknown, pick: (x: unknown) => string | undefined = textOf): string | undefined {
  const all = (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(pick).filter((s): s is string => s !== undefined);
  return all.length === 0 ? undefined : [...new Set(all)].join(', ');
}

/**
 * The markup inside a raw (stop-node) element: CDATA sections unwrapped and XML character
 * references outside them decoded, giving the HTML as the publisher meant it. Atom
 * `type="xhtml"` content is markup already and kept as is.
 */
function innerMarkup(v: unknown): string | undefined {
  const node = Array.isArray(v) ? v[0] : v;
  let raw: unknown = node;
  let type = '';
  if (node !== null && typeof node === 'object') {
    raw = (node as XmlNode)['#text'];
    type = String((node as XmlNode)['@_type'] ?? '').toLowerCase();
  }
  if (typeof raw !== 'string') return undefined;
  let out: string;
  if (type === 'xhtml') out = raw;
  else {
    out = '';
    let i = 0;
    for (;;) {
      const at = raw.indexOf('<![CDATA[', i);
      if (at === -1) {
        out += decodeXmlEntities(raw.slice(i));
        break;
      }
      out += decodeXmlEntities(raw.slice(i, at));
      const end = raw.indexOf(']]>', at + 9);
      out += raw.slice(at + 9, end === -1 ? raw.length : end);
      i = end === -1 ? raw.length : end + 3;
    }
  }
  out = out.trim();
  return out === '' ? undefined : out;
}

/** A title as text: markup (Atom `type="html"`, stray tags) stripped. */
function titleText(v: unknown): string | undefined {
  const t = textOf(v);
  if (t === undefined) return undefined;
  const s = /[<&]/.test(t) ? stripTags(t).replace(/\s+/g, ' ').trim() : t;
  return s === '' ? undefined : s;
}

function attr(v: unknown, name: string): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const a = (v as XmlNode)[`@_${name}`];
  return typeof a === 'string' && a.trim() !== '' ? a.trim() : undefined;
}

/**
 * Where each item element (`item` under `channel`/`rdf:RDF`, `entry` under `feed`) starts
 * and ends in the XML text, skipping comments, CDATA, processing instructions and DOCTYPE.
 */
export function itemSlices(xml: string, itemTag: string, parentTags: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: string[] = [];
  let itemStart = -1;
  let itemDepth = -1;
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const e = xml.indexOf('-->', i + 4);
      i = e === -1 ? -1 : xml.indexOf('<', e + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const e = xml.indexOf(']]>', i + 9);
      i = e === -1 ? -1 : xml.indexOf('<', e + 3);
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const e = xml.indexOf('?>', i + 2);
      i = e === -1 ? -1 : xml.indexOf('<', e + 2);
      continue;
    }
    if (xml.startsWith('<!', i)) {
      const gt = xml.indexOf('>', i);
      const br = xml.indexOf('[', i);
      const e = br !== -1 && br < gt ? xml.indexOf(']>', br) + 1 : gt;
      i = e <= 0 ? -1 : xml.indexOf('<', e + 1);
      continue;
    }
    // A start or end tag: find its '>' outside quotes.
    let j = i + 1;
    let quote = 0;
    for (; j < xml.length; j++) {
      const c = xml.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    if (j >= xml.length) break;
    const closing = xml.charCodeAt(i + 1) === 47;
    const nameMatch = /^[^\s/>]+/.exec(xml.slice(closing ? i + 2 : i + 1, Math.min(j, i + 200)));
    const name = nameMatch ? nameMatch[0] : '';
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
      if (name === itemTag && itemStart !== -1 && stack.length === itemDepth) {
        out.push([itemStart, j + 1]);
        itemStart = -1;
      }
    } else {
      const selfClosing = xml.charCodeAt(j - 1) === 47;
      const isItem = name === itemTag && itemStart === -1 && parentTags.has(stack[stack.length - 1] ?? '');
      if (isItem && selfClosing) out.push([i, j + 1]);
      else if (isItem) {
        itemStart = i;
        itemDepth = stack.length;
      }
      if (!selfClosing) stack.push(name);
    }
    i = xml.indexOf('<', j + 1);
  }
  return out;
}

/** The feed's shape: where its items are and what the container element says. */
interface FeedShape {
  format: 'rss' | 'atom';
  container: XmlNode;
  items: unknown[];
  itemTag: string;
  parentTags: ReadonlySet<string>;
  rootLang: string | undefined;
}

function feedShape(doc: XmlNode): FeedShape | string {
  const asNode = (v: unknown): XmlNode => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : {});
  const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  if (doc['rss'] !== undefined) {
    const rss = asNode(doc['rss']);
    const channel = asNode(Array.isArray(rss['channel']) ? rss['channel'][0] : rss['channel']);
    // Some RSS 0.9x feeds put items beside the channel.
    const items = asList(channel['item']).length > 0 ? asList(channel['item']) : asList(rss['item']);
    return { format: 'rss', container: channel, items, itemTag: 'item', parentTags: new Set(['channel', 'rss']), rootLang: attr(rss, 'xml:lang') };
  }
  if (doc['rdf:RDF'] !== undefined) {
    const rdf = asNode(doc['rdf:RDF']);
    const channel = asNode(rdf['channel']);
    return { format: 'rss', container: channel, items: asList(rdf['item']), itemTag: 'item', parentTags: new Set(['rdf:RDF']), rootLang: attr(rdf, 'xml:lang') };
  }
  if (doc['feed'] !== undefined) {
    const feed = asNode(doc['feed']);
    return { format: 'atom', container: feed, items: asList(feed['entry']), itemTag: 'entry', parentTags: new Set(['feed']), rootLang: attr(feed, 'xml:lang') };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  return root === undefined ? 'no root element' : `root element <${root}>`;
}

/** The link of an Atom entry: `rel="alternate"` (or no rel) first. */
function atomLink(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  let fallback: string | undefined;
  for (const l of links) {
    const href = attr(l, 'href');
    if (href === undefined) continue;
    const rel = attr(l, 'rel') ?? 'alternate';
    if (rel === 'alternate') return href;
    fallback ??= rel === 'self' || rel === 'enclosure' ? undefined : href;
  }
  return fallback;
}

/** The link of an RSS item: `<link>` text, else a permalink `<guid>`. */
function rssLink(item: XmlNode): string | undefined {
  const link = textOf(item['link']) ?? atomLink(item['link']) ?? atomLink(item['atom:link']);
  if (link !== undefined) return link;
  const guid = item['guid'];
  const g = textOf(guid);
  if (g !== undefined && attr(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(g)) return g;
  return undefined;
}

function itemFields(shape: FeedShape, item: XmlNode, publisher: string | undefined, language: string | undefined): RawFields {
  const f: RawFields = {};
  const set = (k: keyof RawFields, v: string | undefined): void => {
    if (v !== undefined) f[k] = v;
  };
  set('title', titleText(item['title']));
  if (shape.format === 'rss') {
    set('url', rssLink(item));
    set('content', innerMarkup(item['content:encoded']) ?? innerMarkup(item['description']));
    set('date', textOf(item['pubDate']) ?? textOf(item['dc:date']));
    set('author', joinedText(item['author']) ?? joinedText(item['dc:creator']));
    set('category', joinedText(item['category']) ?? joinedText(item['dc:subject']));
  } else {
    set('url', atomLink(item['link']));
    set('content', innerMarkup(item['content']) ?? innerMarkup(item['summary']));
    set('date', textOf(item['published']) ?? textOf(item['updated']) ?? textOf(item['dc:date']));
    const name = (a: unknown): string | undefined => (a !== null && typeof a === 'object' ? textOf((a as XmlNode)['name']) : textOf(a));
    set('author', joinedText(item['author'], name) ?? joinedText(shape.container['author'], name));
    set('category', joinedText(item['category'], (c) => attr(c, 'label') ?? attr(c, 'term') ?? textOf(c)));
  }
  set('publisher', publisher);
  set('language', attr(item, 'xml:lang') ?? textOf(item['dc:language']) ?? language);
  return f;
}

/**
 * Read an RSS 2.0 (or 0.9x/1.0) or Atom feed: one record per item/entry (kind `feed`).
 * Fields: title; url (link, Atom alternate href, or a permalink guid); content
 * (content:encoded | description | content | summary, as given: the HTML after XML unescaping);
 * publisher (channel/feed title); date (pubDate | published | updated | dc:date); author
 * (author | dc:creator | Atom author names); category; language (item/feed `xml:lang`,
 * `language`, `dc:language`). `decoded` is the content with tags stripped. Each record's bytes
 * are the item's own XML (sliced from the decoded feed, as UTF-8); when slicing fails they are
 * the item's canonical JSON. `member` is `NAME[index]`. Malformed XML fails naming the line,
 * column and problem (`XML_MALFORMED`); XHTML (root `<html>`) is read as HTML; other XML that
 * is not a feed fails with `XML_NOT_FEED`.
 */
export function* readFeed(ctx: ReadContext, bytes: Uint8Array): Generator<IngestItem> {
  const d = decodeBytes(bytes, xmlDeclaredCharset(bytes), ctx.label, ctx.ref);
  if (!isDecoded(d)) {
    yield failureItem(ctx, 'BINARY_FILE', `binary file, not XML: ${d.reason}`);
    return;
  }
  const xml = d.text;
  if (xml.trim() === '') {
    yield failureItem(ctx, 'EMPTY_FILE', `empty file: only whitespace (${bytes.length} bytes)`);
    return;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const e = valid.err;
    yield failureItem(ctx, 'XML_MALFORMED', `malformed XML at line ${e.line}, column ${e.col}: ${e.msg}`);
    return;
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (e) {
    yield failureItem(ctx, 'XML_MALFORMED', `malformed XML: ${(e as Error).message}`);
    return;
  }
  const shape = feedShape(doc);
  if (shape === 'root element <html>') {
    // XHTML saved as .xml: an HTML page, not a feed.
    yield* readHtml(ctx, bytes);
    return;
  }
  if (typeof shape === 'string') {
    yield failureItem(ctx, 'XML_NOT_FEED', `XML is not an RSS or Atom feed (${shape})`);
    return;
  }
  if (shape.items.length === 0) {
    yield failureItem(ctx, 'NO_RECORDS', `${shape.format === 'rss' ? 'RSS' : 'Atom'} feed has no ${shape.itemTag} elements`);
    return;
  }
  const publisher = titleText(shape.container['title']);
  const language = textOf(shape.container['language']) ?? textOf(shape.container['dc:language']) ?? attr(shape.container, 'xml:lang') ?? shape.rootLang;
  const slices = itemSlices(xml, shape.itemTag, shape.parentTags);
  const sliced = slices.length === shape.items.length;
  const unlocated =
    hasInvalidBytes(d.messages) &&
    !(sliced ? slices.map(([a, b]) => xml.slice(a, b)) : shape.items.map((it) => String(JSON.stringify(it)))).some((t) => t.includes('\uFFFD'));
  for (let i = 0; i < shape.items.length; i++) {
    const member = `${ctx.name}[${i}]`;
    const raw = shape.items[i];
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      yield failureItem(ctx, 'NO_TEXT', `${shape.itemTag} ${i} is empty`, member);
      continue;
    }
    const item = raw as XmlNode;
    const fields = itemFields(shape, item, publisher, language);
    if (fields.content === undefined && fields.title === undefined && fields.url === undefined) {
      yield failureItem(ctx, 'NO_TEXT', `${shape.itemTag} ${i} has no content, title or link`, member);
      continue;
    }
    const span = slices[i];
    const own = sliced && span !== undefined ? xml.slice(span[0], span[1]) : JSON.stringify(item);
    const label = `${ctx.source}:${member}`;
    const messages = recordDecodeMessages(d.messages, own, unlocated && i === 0, `${ctx.source}#${member}`);
    if (fields.content === undefined) {
      const what = fields.title === undefined ? 'no content and no title' : 'a title but no content';
      messages.push(
        message('NO_CONTENT', 'warning', `${label}: ${shape.itemTag} has ${what} (content:encoded/description/content/summary)`, {
          field: 'content',
          source: `${ctx.source}#${member}`,
        }),
      );
    }
    const decoded = fields.content === undefined ? '' : stripTags(fields.content);
    yield recordItem(ctx, { member, kind: 'feed', bytes: Buffer.from(own, 'utf8'), encoding: 'utf-8', fields, decoded }, messages);
  }
}

/**
 * The fields of one stored feed item, from its record bytes as text (the item's XML, or its
 * canonical JSON when the item could not be sliced), with the channel's `publisher` and
 * `language` passed in (they live outside the item). Undefined when the text does not parse.
 */
export function feedItemFields(own: string, publisher?: string, language?: string): RawFields | undefined {
  const t = own.trim();
  let item: unknown;
  let format: 'rss' | 'atom';
  try {
    if (t.startsWith('{')) {
      item = JSON.parse(t);
      const o = (item ?? {}) as XmlNode;
      const rssish = 'pubDate' in o || 'description' in o || 'guid' in o || 'content:encoded' in o;
      format = !rssish && ('published' in o || 'updated' in o || 'summary' in o || 'content' in o) ? 'atom' : 'rss';
    } else {
      format = /^<entry\b/.test(t) ? 'atom' : 'rss';
      const doc = parser.parse(format === 'atom' ? `<feed>${t}</feed>` : `<rss><channel>${t}</channel></rss>`) as XmlNode;
      const holder = (format === 'atom' ? doc['feed'] : (doc['rss'] as XmlNode | undefined)?.['channel']) as XmlNode | undefined;
      const items = holder?.[format === 'atom' ? 'entry' : 'item'];
      item = Array.isArray(items) ? items[0] : items;
    }
  } catch {
    return undefined;
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const shape: FeedShape = { format, container: {}, items: [], itemTag: '', parentTags: new Set(), rootLang: undefined };
  return itemFields(shape, item as XmlNode, publisher, language);
}
