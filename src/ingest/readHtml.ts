import { decodeBytes, isDecoded } from './decode.js';
import { failureItem, recordItem, type ReadContext } from './context.js';
import { htmlDeclaredCharset, htmlFields } from './htmlFields.js';
import type { IngestItem } from './types.js';

/**
 * Read an HTML page (kind `html`), kept raw: decoded honouring a BOM, then the charset of a
 * `<meta charset>` / `http-equiv` in the first 4 KB, else detection. Fields: `title`, `url`
 * (canonical or og:url), `language` (`<html lang>`). `decoded` is the whole decoded HTML; body
 * extraction is the cleaning stage's job.
 */
export function readHtml(ctx: ReadContext, bytes: Uint8Array): IngestItem[] {
  const d = decodeBytes(bytes, htmlDeclaredCharset(bytes), ctx.label, ctx.ref);
  if (!isDecoded(d)) return [failureItem(ctx, 'BINARY_FILE', `binary file, not HTML: ${d.reason}`)];
  if (d.text.trim() === '') return [failureItem(ctx, 'EMPTY_FILE', `empty file: only whitespace (${bytes.length} bytes)`)];
  return [recordItem(ctx, { kind: 'html', bytes, encoding: d.encoding, fields: htmlFields(d.text), decoded: d.text }, d.messages)];
}
