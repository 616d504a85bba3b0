import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestFailure, IngestItem } from './types.js';
import type { RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';

/**
 * Encode text in a single-byte legacy encoding (`windows-1256`, `iso-8859-6`) using the
 * reverse of Node's decoder table. Throws (a test bug) for a character the encoding lacks.
 * Test helper only.
 */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = table.get(text[i]!);
    if (b === undefined) throw new Error(`"${text[i]}" has no ${encoding} byte`);
    out[i] = b;
  }
  return out;
}

/** Encode text as UTF-16 (LE or BE), optionally with a BOM. Test helper only. */
export function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let p = 0;
  const put = (u: number): void => {
    out[p++] = littleEndian ? u & 0xff : u >> 8;
    out[p++] = littleEndian ? u >> 8 : u & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

/** A temporary directory for one test file, removed by the returned cleanup. Test helper only. */
export function tempDir(prefix = 'marsad-ingest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Split reader output into records and failures. Test helper only. */
export function splitItems(items: Iterable<IngestItem>): { records: RawInput[]; messages: Message[][]; failures: IngestFailure[] } {
  const records: RawInput[] = [];
  const messages: Message[][] = [];
  const failures: IngestFailure[] = [];
  for (const it of items) {
    if (it.type === 'record') {
      records.push(it.raw);
      messages.push(it.messages);
    } else failures.push(it.failure);
  }
  return { records, messages, failures };
}

/** The first bytes of a real PNG file (signature and the start of an IHDR chunk). Test helper only. */
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
