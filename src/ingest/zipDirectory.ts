import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { inflateRawSync } from 'node:zlib';

/** One member as the zip's central directory declares it. */
export interface ZipDirEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  compression: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  originalSize: number;
  /** Offset of the member's data (after its local header). */
  dataOffset: number;
  encrypted: boolean;
}

const u16 = (b: Uint8Array, p: number): number => b[p]! | (b[p + 1]! << 8);
const u32 = (b: Uint8Array, p: number): number => (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * Read a zip's central directory (plain zips only). Returns undefined for anything this
 * simple parser does not handle — ZIP64, a missing or inconsistent directory — so that the
 * caller can fall back to fflate, which also reports the error for a broken archive.
 */
export function listZip(b: Uint8Array): ZipDirEntry[] | undefined {
  if (b.length < 22) return undefined;
  let e = b.length - 22;
  const stop = Math.max(0, b.length - 22 - 0xffff);
  while (e >= stop && u32(b, e) !== 0x06054b50) e--;
  if (e < stop) return undefined;
  const count = u16(b, e + 10);
  const cdSize = u32(b, e + 12);
  const cdOffset = u32(b, e + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return undefined; // ZIP64
  if (cdOffset + cdSize > e) return undefined;
  const out: ZipDirEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return undefined;
    const flags = u16(b, p + 8);
    const compression = u16(b, p + 10);
    const compressedSize = u32(b, p + 20);
    const originalSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const local = u32(b, p + 42);
    if (compressedSize === 0xffffffff || originalSize === 0xffffffff || local === 0xffffffff) return undefined;
    const rawName = b.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800) !== 0 || isUtf8(rawName) ? utf8.decode(rawName) : latin1.decode(rawName);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return undefined;
    const dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (dataOffset + compressedSize > b.length) return undefined;
    out.push({ name, compression, compressedSize, originalSize, dataOffset, encrypted: (flags & 1) !== 0 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * The bytes of one member: stored members are a view into `b`; deflated ones are inflated
 * natively with the output capped at the declared size (a member that inflates to more is an
 * error, never a memory blow-up). Throws on corrupt data; the caller reports it.
 */
export function inflateEntry(b: Uint8Array, e: ZipDirEntry): Uint8Array {
  const data = b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  let out: Uint8Array;
  if (e.compression === 0) out = data;
  else if (e.compression === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.originalSize) });
    } catch (err) {
      if (err instanceof RangeError) throw new Error(`inflates to more than the declared ${e.originalSize} bytes`);
      throw err;
    }
  } else throw new Error(`unsupported compression method ${e.compression}`);
  if (out.length !== e.originalSize) {
    throw new Error(`holds ${out.length} bytes, but the zip directory declares ${e.originalSize}`);
  }
  return out;
}
