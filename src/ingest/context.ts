import { createHash } from 'node:crypto';
import type { InputKind, RawFields, RawInput } from '../core/article.js';
import { message, type Message } from '../core/message.js';
import { DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions } from './types.js';

/** Where the bytes a reader gets come from. */
export interface ReadContext {
  /** The file's path as given (the container for zip members). */
  readonly source: string;
  /** The zip member path (with `!` between nested archives); absent for plain files. */
  readonly member?: string;
  /** The name used for records inside a container: the member path, or the file's base name. */
  readonly name: string;
  /** `source` or `source:member`, for message and failure texts. */
  readonly label: string;
  /** `source` or `source#member`, for {@link Message.source}. */
  readonly ref: string;
  readonly receivedAt: string;
  readonly maxBytes: number;
  readonly maxArchiveBytes: number;
  /** Zip nesting depth (0 for a plain file). */
  readonly depth: number;
}

/** The context for a file read from disk. */
export function fileContext(path: string, options: IngestOptions = {}): ReadContext {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return {
    source: path,
    name: path.slice(slash + 1),
    label: path,
    ref: path,
    receivedAt: options.receivedAt ?? new Date().toISOString(),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxArchiveBytes: options.maxArchiveBytes ?? DEFAULT_MAX_ARCHIVE_BYTES,
    depth: 0,
  };
}

/** The context for a member of a zip archive read in `parent`. */
export function memberContext(parent: ReadContext, memberPath: string): ReadContext {
  const member = parent.member === undefined ? memberPath : `${parent.member}!${memberPath}`;
  return {
    ...parent,
    member,
    name: member,
    label: `${parent.source}:${member}`,
    ref: `${parent.source}#${member}`,
    depth: parent.depth + 1,
  };
}

/** Hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a reader knows about one record. */
export interface RecordParts {
  /** Record position inside a container (`NAME[3]`); defaults to the context's member. */
  member?: string;
  kind: InputKind;
  bytes: Uint8Array;
  encoding: string;
  fields: RawFields;
  decoded: string;
}

/** Build a record item (hashing the bytes). */
export function recordItem(ctx: ReadContext, parts: RecordParts, messages: Message[]): IngestItem {
  const member = parts.member ?? ctx.member;
  const raw: { -readonly [K in keyof RawInput]: RawInput[K] } = {
    source: ctx.source,
    kind: parts.kind,
    bytes: parts.bytes,
    encoding: parts.encoding,
    sha256: sha256Hex(parts.bytes),
    fields: parts.fields,
    decoded: parts.decoded,
    receivedAt: ctx.receivedAt,
  };
  if (member !== undefined) raw.member = member;
  return { type: 'record', raw, messages };
}

/**
 * Build a failure item. `member` defaults to the context's member; the text is prefixed with
 * the file (and member) name.
 */
export function failureItem(ctx: ReadContext, code: string, problem: string, member?: string): IngestItem {
  const m = member ?? ctx.member;
  const where = m === undefined ? ctx.source : `${ctx.source}:${m}`;
  return { type: 'failure', failure: m === undefined ? { source: ctx.source, code, text: `${where}: ${problem}` } : { source: ctx.source, member: m, code, text: `${where}: ${problem}` } };
}

/** `1.5 MB`-style size for messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GiB`;
}

/** True when decoding replaced invalid bytes. */
export function hasInvalidBytes(decodeMessages: readonly Message[]): boolean {
  return decodeMessages.some((m) => m.code === 'ENC_INVALID_BYTES');
}

/**
 * The messages from decoding a whole container that concern one of its records: an
 * invalid-byte message goes to the records whose text holds a replacement character, or to
 * the `fallback` record (the caller passes true for the first record when no record holds
 * one); other messages (encoding detected…) go to every record. Sources become `ref`.
 */
export function recordDecodeMessages(decodeMessages: Message[], recordText: string, fallback: boolean, ref: string): Message[] {
  const out: Message[] = [];
  for (const m of decodeMessages) {
    if (m.code === 'ENC_INVALID_BYTES') {
      if (recordText.includes('\uFFFD')) out.push({ ...m, source: ref });
      else if (fallback) out.push(message(m.code, m.severity, `${m.text} (not located in a record)`, { source: ref }));
    } else out.push({ ...m, source: ref });
  }
  return out;
}
