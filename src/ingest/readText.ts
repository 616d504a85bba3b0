import { decodeBytes, isDecoded } from './decode.js';
import { failureItem, recordItem, type ReadContext } from './context.js';
import type { IngestItem } from './types.js';

/**
 * Read a plain-text file (kind `text`): the decoded text is kept exactly as given (only a BOM
 * is removed); no fields. Fails with `EMPTY_FILE` when the text is only whitespace and
 * `BINARY_FILE` when the bytes are not text.
 */
export function readText(ctx: ReadContext, bytes: Uint8Array): IngestItem[] {
  const d = decodeBytes(bytes, undefined, ctx.label, ctx.ref);
  if (!isDecoded(d)) return [failureItem(ctx, 'BINARY_FILE', `binary file, not text: ${d.reason}`)];
  if (d.text.trim() === '') return [failureItem(ctx, 'EMPTY_FILE', `empty file: only whitespace (${bytes.length} bytes)`)];
  return [recordItem(ctx, { kind: 'text', bytes, encoding: d.encoding, fields: {}, decoded: d.text }, d.messages)];
}
