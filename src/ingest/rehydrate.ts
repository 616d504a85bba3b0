import type { RawFields, RawInput } from '../core/article.js';
import { message, type Message } from '../core/message.js';
import { decodeBytes, isDecoded } from './decode.js';
import { htmlDeclaredCharset, htmlFields } from './htmlFields.js';
import { jsonFields } from './readJson.js';
import { feedItemFields } from './readFeed.js';
import { stripTags } from './stripTags.js';

/** What {@link rehydrate} gives: the raw input with `decoded` (and fields) rebuilt, and the reading messages. */
export interface Rehydrated {
  raw: RawInput;
  messages: Message[];
}

const utf8 = new TextDecoder('utf-8');

/**
 * Rebuild a stored raw input's `decoded` text (and the fields the readers derive) from its
 * stored bytes, the way the readers did at ingest, so that it can be re-analysed with newer
 * code: text and HTML are decoded again (HTML fields re-read); a JSON record's bytes (its
 * canonical JSON) are parsed and mapped again; a feed item's XML is parsed again, keeping the
 * stored `publisher` and `language` (they come from the channel). Decoding messages are
 * reproduced, except an invalid-byte message found when decoding a whole container (its
 * records are stored as valid UTF-8). Never throws for data: when the bytes no longer read,
 * the stored fields are kept, `decoded` is the stored content (or empty) and a
 * `REHYDRATE_FAILED` message says why.
 */
export function rehydrate(raw: RawInput): Rehydrated {
  const label = raw.member === undefined ? raw.source : `${raw.source}:${raw.member}`;
  const ref = raw.member === undefined ? raw.source : `${raw.source}#${raw.member}`;
  const messages: Message[] = [];
  const fail = (why: string): Rehydrated => {
    messages.push(message('REHYDRATE_FAILED', 'error', `${label}: stored bytes cannot be read again: ${why}`, { source: ref }));
    return { raw: { ...raw, decoded: raw.fields.content ?? '' }, messages };
  };
  const noContent = (fields: RawFields): void => {
    if (fields.content === undefined) {
      const what = fields.title === undefined ? 'no content and no title' : 'a title but no content';
      messages.push(message('NO_CONTENT', 'warning', `${label}: record has ${what}`, { field: 'content', source: ref }));
    }
  };
  switch (raw.kind) {
    case 'text':
    case 'html': {
      const hint = raw.kind === 'html' ? htmlDeclaredCharset(raw.bytes) : undefined;
      const d = decodeBytes(raw.bytes, hint, label, ref);
      if (!isDecoded(d)) return fail(d.reason);
      messages.push(...d.messages);
      const fields = raw.kind === 'html' ? htmlFields(d.text) : raw.fields;
      return { raw: { ...raw, encoding: d.encoding, decoded: d.text, fields }, messages };
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(utf8.decode(raw.bytes));
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not a JSON object');
      const fields = jsonFields(value as Record<string, unknown>);
      noContent(fields);
      return { raw: { ...raw, fields, decoded: fields.content ?? '' }, messages };
    }
    case 'feed': {
      const again = feedItemFields(utf8.decode(raw.bytes), raw.fields.publisher, raw.fields.language);
      if (again === undefined) return fail('the item does not parse');
      const fields: RawFields = { ...raw.fields, ...again };
      if (again.content === undefined) delete fields.content;
      noContent(fields);
      return { raw: { ...raw, fields, decoded: fields.content === undefined ? '' : stripTags(fields.content) }, messages };
    }
  }
}
