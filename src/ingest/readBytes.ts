import { failureItem, type ReadContext } from './context.js';
import { readFeed } from './readFeed.js';
import { readHtml } from './readHtml.js';
import { readJson } from './readJson.js';
import { readText } from './readText.js';
import { readZip } from './readZip.js';
import { detectKind } from './sniff.js';
import type { IngestItem } from './types.js';

/**
 * Read the bytes of a file or zip member: pick the reader (zip magic, then extension, then
 * content sniffing) and yield its records and failures. Never throws for bad data.
 */
export function* readBytes(ctx: ReadContext, bytes: Uint8Array): Generator<IngestItem> {
  if (bytes.length === 0) {
    yield failureItem(ctx, 'EMPTY_FILE', 'empty file (0 bytes)');
    return;
  }
  const k = detectKind(ctx.name, bytes);
  switch (k.kind) {
    case 'binary':
      yield failureItem(ctx, 'BINARY_FILE', `binary file, not text: ${k.reason}`);
      return;
    case 'zip':
      yield* readZip(ctx, bytes, readBytes);
      return;
    case 'text':
      yield* readText(ctx, bytes);
      return;
    case 'html':
      yield* readHtml(ctx, bytes);
      return;
    case 'json':
      yield* readJson(ctx, bytes, false, k.sniffed);
      return;
    case 'jsonl':
      yield* readJson(ctx, bytes, true);
      return;
    case 'feed':
      yield* readFeed(ctx, bytes);
      return;
  }
}
