/** The reader a file (or zip member) goes to. */
export type ReadKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'zip';

/** File extensions (lower case, with the dot) and the reader each goes to. */
export const EXTENSION_KINDS: Readonly<Record<string, ReadKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.zip': 'zip',
};

/** Zip-based formats that are not archives of articles. */
const ZIP_DOCUMENT_EXTENSIONS = new Set(['.docx', '.xlsx', '.pptx', '.odt', '.ods', '.odp', '.epub', '.jar', '.apk', '.xpi']);

/** The lower-cased extension of a file name (`.json`), or `''`. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The reader for a file name's extension, or undefined when the extension is unknown. */
export function kindFromName(name: string): ReadKind | undefined {
  return EXTENSION_KINDS[extensionOf(name)];
}

/** True when the bytes start a zip archive (local header, or the end record of an empty zip). */
export function isZipMagic(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && b[3] === b[2] + 1;
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Known magic numbers of binary formats. */
const MAGIC: ReadonlyArray<{ sig: readonly number[]; at?: number; what: string }> = [
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'PNG image' },
  { sig: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { sig: ascii('GIF87a'), what: 'GIF image' },
  { sig: ascii('GIF89a'), what: 'GIF image' },
  { sig: ascii('WEBP'), at: 8, what: 'WebP image' },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF image' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF image' },
  { sig: ascii('%PDF-'), what: 'PDF document' },
  { sig: [0x1f, 0x8b], what: 'gzip archive' },
  { sig: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz archive' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip archive' },
  { sig: ascii('Rar!'), what: 'RAR archive' },
  { sig: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd archive' },
  { sig: [0x50, 0x4b, 0x03, 0x04], what: 'zip archive' },
  { sig: [0x50, 0x4b, 0x05, 0x06], what: 'zip archive' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], what: 'ELF executable' },
  { sig: [0xca, 0xfe, 0xba, 0xbe], what: 'Java class or Mach-O binary' },
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'MS Office (OLE) document' },
  { sig: ascii('SQLite format 3'), what: 'SQLite database' },
  { sig: [0x00, 0x61, 0x73, 0x6d], what: 'WebAssembly module' },
  { sig: ascii('OggS'), what: 'Ogg media' },
  { sig: [0x1a, 0x45, 0xdf, 0xa3], what: 'Matroska/WebM media' },
  { sig: ascii('ftyp'), at: 4, what: 'MP4/QuickTime media' },
  { sig: ascii('wOFF'), what: 'WOFF font' },
  { sig: ascii('wOF2'), what: 'WOFF2 font' },
];

/** How many leading bytes are checked for NUL and control bytes. */
const SNIFF_BYTES = 8192;

/**
 * Why the bytes look binary, or undefined when they may be text: a known magic number, a NUL
 * byte in the first 8 KB (`nul: true`; the caller may still try BOM-less UTF-16), or more
 * than 10% control bytes there.
 */
export function binaryReason(b: Uint8Array): { reason: string; nul: boolean } | undefined {
  for (const m of MAGIC) {
    if (startsWith(b, m.sig, m.at ?? 0)) {
      const at = m.at ?? 0;
      const hex = [...b.subarray(at, at + Math.min(m.sig.length, 4))].map((x) => x.toString(16).padStart(2, '0')).join(' ');
      return { reason: `${m.what} (magic bytes ${hex})`, nul: false };
    }
  }
  const n = Math.min(b.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return { reason: `NUL byte at offset ${i}`, nul: true };
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  if (n > 0 && control > n * 0.1) {
    return { reason: `${Math.round((control * 100) / n)}% control bytes in the first ${n} bytes`, nul: false };
  }
  return undefined;
}

/** The first characters of the content as text (BOM-aware, ASCII-compatible otherwise). */
function prefixText(b: Uint8Array): string {
  const n = Math.min(b.length, 1024);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(0, n & ~1));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(0, n & ~1));
  return new TextDecoder('latin1').decode(b.subarray(0, n));
}

/** Guess the reader from the content's first characters: feed, HTML, JSON or text. */
export function sniffKind(b: Uint8Array): ReadKind {
  if (isZipMagic(b)) return 'zip';
  const head = prefixText(b).replace(/^[\uFEFF\u00EF\u00BB\u00BF\s]+/, '');
  const lower = head.toLowerCase();
  if (/^<\?xml\b/.test(lower)) {
    if (/<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed';
    if (/<(!doctype\s+html|html)\b/.test(lower)) return 'html';
    return 'feed';
  }
  if (/^<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed';
  if (/^<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b/.test(lower)) return 'html';
  if (/^<!--/.test(lower)) return /<(rss|feed|rdf:rdf)\b/.test(lower) ? 'feed' : 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'text';
}

/** What {@link detectKind} decided. */
export type KindDecision =
  | { kind: ReadKind; sniffed: boolean }
  | { kind: 'binary'; reason: string };

/**
 * Decide how to read a file: zip magic wins (except zip-based documents such as `.docx`), then
 * the extension, then sniffing the content.
 */
export function detectKind(name: string, bytes: Uint8Array): KindDecision {
  const ext = extensionOf(name);
  if (isZipMagic(bytes)) {
    if (ZIP_DOCUMENT_EXTENSIONS.has(ext)) return { kind: 'binary', reason: `${ext.slice(1)} document (a zip-based format)` };
    return { kind: 'zip', sniffed: ext !== '.zip' };
  }
  const byName = EXTENSION_KINDS[ext];
  if (byName !== undefined) return { kind: byName, sniffed: false };
  return { kind: sniffKind(bytes), sniffed: true };
}
