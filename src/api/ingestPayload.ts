import { fileContext, sha256Hex, type ReadContext } from '../ingest/context.js';
import { readBytes } from '../ingest/readBytes.js';
import { extensionOf, kindFromName } from '../ingest/sniff.js';
import type { IngestItem } from '../ingest/types.js';

/** The file extension that makes the readers treat a body of this media type as the right kind ('' = sniff). */
export function extensionForMediaType(contentType: string | undefined): string {
  const t = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return '.html';
  if (t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/ndjson') return '.jsonl';
  if (t === 'application/json' || t.endsWith('+json')) return '.json';
  if (t === 'application/rss+xml' || t === 'application/atom+xml' || t === 'application/xml' || t === 'text/xml' || t === 'application/rdf+xml') {
    return '.xml';
  }
  if (t === 'text/plain') return '.txt';
  return '';
}

/** Options for {@link readPayload}. */
export interface PayloadOptions {
  /** The record source (a URL for fetched documents; a name given by the client; default `api:<hash>`). */
  readonly source?: string;
  /** Media type of the bytes. */
  readonly contentType?: string;
  /** A URL whose path extension may tell the kind when the media type does not. */
  readonly url?: string;
  readonly maxBytes: number;
  readonly receivedAt: string;
}

/**
 * Read a request body or a fetched document with the same readers as files: the kind comes
 * from the media type, then the source's or URL's extension, then content sniffing. Returns the
 * records and failures (never throws for bad data).
 */
export function readPayload(bytes: Uint8Array, options: PayloadOptions): IngestItem[] {
  let ext = extensionForMediaType(options.contentType);
  if (!ext && options.source && kindFromName(options.source)) ext = extensionOf(options.source);
  if (!ext && options.url) {
    try {
      const path = new URL(options.url).pathname;
      if (kindFromName(path)) ext = extensionOf(path);
    } catch {
      // not a URL: sniff
    }
  }
  const source = options.source ?? `api:${sha256Hex(bytes).slice(0, 16)}${ext}`;
  const base = fileContext(source, { maxBytes: options.maxBytes, receivedAt: options.receivedAt });
  const name = kindFromName(base.name) || !ext ? base.name : `${base.name.replace(/[^\w.-]+/g, '_').slice(-80) || 'document'}${ext}`;
  // A zip body may inflate to at most 10× the body limit (zip bombs).
  const ctx: ReadContext = { ...base, name, maxArchiveBytes: options.maxBytes * 10 };
  const items: IngestItem[] = [];
  try {
    for (const item of readBytes(ctx, bytes)) items.push(item);
  } catch (e) {
    items.push({ type: 'failure', failure: { source, code: 'INTERNAL_ERROR', text: `${source}: reader failed (a bug): ${(e as Error).message}` } });
  }
  return items;
}
