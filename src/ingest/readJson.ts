import type { RawFields } from '../core/article.js';
import { message, type Message } from '../core/message.js';
import { decodeBytes, isDecoded } from './decode.js';
import { failureItem, hasInvalidBytes, recordDecodeMessages, recordItem, type ReadContext } from './context.js';
import { readText } from './readText.js';
import type { IngestItem } from './types.js';

/** Keys (lower case) looked up for each field, in order of preference. */
const FIELD_KEYS: ReadonlyArray<[keyof RawFields, readonly string[]]> = [
  ['title', ['title', 'headline']],
  ['content', ['content', 'text', 'body', 'article', 'articlebody', 'maintext', 'description']],
  ['url', ['url', 'link', 'canonical_url']],
  ['publisher', ['source', 'publisher', 'site', 'site_name', 'source_domain']],
  ['date', ['date', 'published', 'datepublished', 'pubdate', 'published_at', 'publishedat', 'date_publish']],
  ['dateExtracted', ['date_extracted', 'dateextracted', 'fetched_at', 'crawled', 'date_download']],
  ['author', ['author', 'byline', 'authors']],
  ['category', ['category', 'section', 'categories']],
  ['language', ['language', 'lang']],
];

/** Object keys whose array holds the articles of a wrapper object. */
const WRAPPER_KEYS = ['articles', 'items', 'data', 'records', 'results', 'entries'] as const;

/**
 * A JSON value as a field string: strings kept, numbers stringified, arrays joined with `sep`,
 * objects by their `name`/`title`/`rendered` (WordPress)/`#text`/`value`.
 */
function asString(v: unknown, sep = ', '): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => asString(x, sep)).filter((s): s is string => s !== undefined);
    return parts.length === 0 ? undefined : parts.join(sep);
  }
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['name', 'title', 'rendered', '#text', 'value']) {
      const s = typeof o[k] === 'string' ? asString(o[k]) : undefined;
      if (s !== undefined) return s;
    }
  }
  return undefined;
}

/**
 * Map a JSON article's fields (keys matched case-insensitively): title; content | text | body
 * | article | description → content; url | link; source | publisher | site → publisher; date |
 * published | datePublished | pubDate → date; date_extracted | dateExtracted | fetched_at |
 * crawled → dateExtracted; author | byline | authors (arrays joined with `, `); category;
 * language. Content given as an array of paragraphs is joined with newlines; an object value
 * gives its `name`/`title`/`rendered`/`#text`/`value` (e.g. WordPress `{"rendered": …}`).
 */
export function jsonFields(record: Record<string, unknown>): RawFields {
  const lower = new Map<string, unknown>();
  for (const [k, v] of Object.entries(record)) {
    const lk = k.toLowerCase();
    if (!lower.has(lk)) lower.set(lk, v);
  }
  const fields: RawFields = {};
  for (const [field, keys] of FIELD_KEYS) {
    for (const k of keys) {
      // Content given as an array of paragraphs is joined with newlines; other lists with commas.
      const s = asString(lower.get(k), field === 'content' ? '\n' : ', ');
      if (s !== undefined) {
        fields[field] = s;
        break;
      }
    }
  }
  return fields;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON.parse error described with line and column. */
function describeJsonError(text: string, e: unknown): string {
  const msg = (e instanceof Error ? e.message : String(e))
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,\s*"[\s\S]*" is not valid JSON$/, '');
  const pos = /at position (\d+)/.exec(msg);
  if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    return `malformed JSON at line ${line}, column ${column}: ${msg}`;
  }
  if (/end of JSON input/i.test(msg)) {
    const { line, column } = lineColumn(text, text.length);
    return `malformed JSON: unexpected end of input at line ${line}, column ${column} (truncated?)`;
  }
  return `malformed JSON: ${msg}`;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Build the item for one parsed JSON value at `member`. */
function recordFromValue(
  ctx: ReadContext,
  value: unknown,
  member: string,
  decodeMessages: Message[],
  fallback: boolean,
): IngestItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failureItem(ctx, 'JSON_NOT_OBJECT', `record is ${typeName(value)}, not an article object`, member);
  }
  const fields = jsonFields(value as Record<string, unknown>);
  if (fields.content === undefined && fields.title === undefined && fields.url === undefined) {
    const keys = Object.keys(value).slice(0, 8).join(', ');
    return failureItem(ctx, 'NO_TEXT', `record has no content, title or url (keys: ${keys || 'none'})`, member);
  }
  const canonical = JSON.stringify(value);
  const label = `${ctx.source}:${member}`;
  const messages = recordDecodeMessages(decodeMessages, canonical, fallback, `${ctx.source}#${member}`);
  if (fields.content === undefined) {
    const what = fields.title === undefined ? 'no content and no title' : 'a title but no content';
    messages.push(
      message('NO_CONTENT', 'warning', `${label}: record has ${what} (content/text/body/article/description empty or missing)`, {
        field: 'content',
        source: `${ctx.source}#${member}`,
      }),
    );
  }
  const bytes = Buffer.from(canonical, 'utf8');
  return recordItem(ctx, { member, kind: 'json', bytes, encoding: 'utf-8', fields, decoded: fields.content ?? '' }, messages);
}

/** One record per non-empty line; bad lines fail individually. Member index = 0-based line number. */
function* readLines(ctx: ReadContext, text: string, decodeMessages: Message[]): Generator<IngestItem> {
  const lines = text.split('\n');
  let records = 0;
  // An invalid-byte message goes to the lines holding U+FFFD; if none does, to the first record.
  const unlocated = hasInvalidBytes(decodeMessages) && !lines.some((l) => l.includes('\uFFFD'));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const member = `${ctx.name}[${i}]`;
    const r = tryParse(line);
    if (!r.ok) {
      yield failureItem(ctx, 'JSON_MALFORMED', `line ${i + 1}: ${describeJsonError(line, r.error)}`, member);
      continue;
    }
    yield recordFromValue(ctx, r.value, member, decodeMessages, unlocated && records === 0);
    records++;
  }
  if (records === 0 && !lines.some((l) => l.trim() !== '')) {
    yield failureItem(ctx, 'EMPTY_FILE', 'empty file: only whitespace');
  }
}

/** True when the text looks like JSON Lines: two or more non-empty lines, the first a whole JSON object. */
function looksLikeLines(text: string): boolean {
  const lines = text.split('\n', 3).map((l) => l.trim());
  if (lines.filter((l) => l !== '').length < 2) return false;
  const first = lines.find((l) => l !== '')!;
  if (!first.startsWith('{')) return false;
  const r = tryParse(first);
  return r.ok && r.value !== null && typeof r.value === 'object' && !Array.isArray(r.value);
}

/**
 * Read a JSON, JSONL or NDJSON file of articles (kind `json`): an array of objects, a single
 * object, an object holding an `articles`/`items`/`data` (or `records`/`results`/`entries`)
 * array, or one object per line. Each record's `member` is `NAME[index]` (NAME = the file's
 * base name or the zip member path; for JSON Lines the index is the 0-based line number) and
 * its bytes are the UTF-8 of `JSON.stringify(record)` — the record's canonical JSON, not a
 * slice of the file. `decoded` is the content field (empty when missing). A record without
 * content (empty or whitespace-only) is kept with a `NO_CONTENT` warning as long as it has a
 * title or a url; with none of the three it fails (`NO_TEXT`); a non-object fails
 * (`JSON_NOT_OBJECT`); malformed JSON fails naming line and column. When `sniffed` (the file
 * had no JSON extension) and the text is not JSON, it is read as plain text.
 */
export function* readJson(ctx: ReadContext, bytes: Uint8Array, lines: boolean, sniffed = false): Generator<IngestItem> {
  const d = decodeBytes(bytes, undefined, ctx.label, ctx.ref);
  if (!isDecoded(d)) {
    yield failureItem(ctx, 'BINARY_FILE', `binary file, not JSON: ${d.reason}`);
    return;
  }
  const text = d.text;
  if (text.trim() === '') {
    yield failureItem(ctx, 'EMPTY_FILE', `empty file: only whitespace (${bytes.length} bytes)`);
    return;
  }
  if (lines) {
    yield* readLines(ctx, text, d.messages);
    return;
  }
  const parsed = tryParse(text);
  if (!parsed.ok) {
    if (looksLikeLines(text)) {
      yield* readLines(ctx, text, d.messages);
      return;
    }
    if (sniffed) {
      yield* readText(ctx, bytes);
      return;
    }
    yield failureItem(ctx, 'JSON_MALFORMED', describeJsonError(text, parsed.error));
    return;
  }
  let value = parsed.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const key = WRAPPER_KEYS.find((k) => Array.isArray(o[k]));
    if (key !== undefined) value = o[key];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield failureItem(ctx, 'NO_RECORDS', 'JSON array holds no records');
      return;
    }
    const unlocated = hasInvalidBytes(d.messages) && !value.some((v) => String(JSON.stringify(v)).includes('\uFFFD'));
    for (let i = 0; i < value.length; i++) {
      yield recordFromValue(ctx, value[i], `${ctx.name}[${i}]`, d.messages, unlocated && i === 0);
    }
    return;
  }
  if (value === null || typeof value !== 'object') {
    yield failureItem(ctx, 'JSON_NOT_OBJECT', `top-level JSON value is ${typeName(value)}, not an article object or array`);
    return;
  }
  yield recordFromValue(ctx, value, `${ctx.name}[0]`, d.messages, true);
}
