import { unzipSync } from 'fflate';
import { failureItem, formatBytes, memberContext, type ReadContext } from './context.js';
import { binaryReason, isZipMagic } from './sniff.js';
import { inflateEntry, listZip, type ZipDirEntry } from './zipDirectory.js';
import type { IngestItem } from './types.js';

/** How deeply zip archives may nest (a zip inside a zip is depth 1). */
export const MAX_ZIP_DEPTH = 2;

/** A member as listed in the zip's central directory (by our parser, or by fflate). */
interface ZipEntry {
  name: string;
  originalSize: number;
  compression: number;
  /** Present when our own directory parser listed the archive (members are then inflated with node:zlib). */
  dir?: ZipDirEntry;
}

/** Members skipped silently: directories, hidden files and folders (`.DS_Store`, `__MACOSX/`), `node_modules`. */
export function isSkippedMember(name: string): boolean {
  if (name.endsWith('/')) return true;
  return name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX' || part === 'node_modules');
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Read a zip archive: members are listed first and their declared uncompressed sizes checked
 * (each at most `maxBytes`, together at most `maxArchiveBytes`) before anything is inflated
 * (zip bombs). Plain zips are listed by {@link listZip} and each member inflated alone with
 * node:zlib, its output capped at the declared size; anything else (ZIP64…) goes through
 * fflate's `unzipSync` with a filter, in groups of at most `maxBytes`. Each member is read by
 * `readMember` (which picks the reader by the member's name and content). A member that cannot
 * be read fails alone, naming `zip:member`; the others continue.
 */
export function* readZip(
  ctx: ReadContext,
  bytes: Uint8Array,
  readMember: (ctx: ReadContext, bytes: Uint8Array) => Iterable<IngestItem>,
): Generator<IngestItem> {
  if (ctx.depth >= MAX_ZIP_DEPTH) {
    yield failureItem(ctx, 'ZIP_TOO_DEEP', `zip archives nested more than ${MAX_ZIP_DEPTH} deep; not read`);
    return;
  }
  if (!isZipMagic(bytes)) {
    const why = binaryReason(bytes)?.reason ?? 'no zip signature';
    yield failureItem(ctx, 'ZIP_MALFORMED', `not a zip archive (${why})`);
    return;
  }
  const listing = listZip(bytes);
  const entries: ZipEntry[] = [];
  if (listing !== undefined) {
    for (const d of listing) entries.push({ name: d.name, originalSize: d.originalSize, compression: d.compression, dir: d });
  } else {
    try {
      unzipSync(bytes, {
        filter: (f) => {
          entries.push({ name: f.name, originalSize: f.originalSize, compression: f.compression });
          return false;
        },
      });
    } catch (e) {
      yield failureItem(ctx, 'ZIP_MALFORMED', `cannot read the zip directory: ${errorText(e)}`);
      return;
    }
  }
  const wanted = entries.filter((e) => !isSkippedMember(e.name));
  if (wanted.length === 0) {
    const skipped = entries.length - wanted.length;
    yield failureItem(ctx, 'NO_RECORDS', `zip archive holds no readable member${skipped > 0 ? ` (${skipped} directories or hidden entries skipped)` : ''}`);
    return;
  }
  const total = wanted.reduce((s, e) => s + e.originalSize, 0);
  if (total > ctx.maxArchiveBytes) {
    yield failureItem(
      ctx,
      'ZIP_TOO_LARGE',
      `zip members declare ${formatBytes(total)} uncompressed (${total} bytes), above the archive limit of ${formatBytes(ctx.maxArchiveBytes)} (${ctx.maxArchiveBytes} bytes); not read`,
    );
    return;
  }
  // Check each member, then group the readable ones so that one inflate holds at most maxBytes.
  const groups: ZipEntry[][] = [];
  let group: ZipEntry[] = [];
  let groupBytes = 0;
  for (const e of wanted) {
    if (e.originalSize > ctx.maxBytes) {
      yield failureItem(
        memberContext(ctx, e.name),
        'TOO_LARGE',
        `member is ${formatBytes(e.originalSize)} (${e.originalSize} bytes) uncompressed, above the limit of ${formatBytes(ctx.maxBytes)} (${ctx.maxBytes} bytes); not read`,
      );
      continue;
    }
    if (e.compression !== 0 && e.compression !== 8) {
      yield failureItem(memberContext(ctx, e.name), 'ZIP_MALFORMED', `unsupported compression method ${e.compression}`);
      continue;
    }
    if (e.dir?.encrypted === true) {
      yield failureItem(memberContext(ctx, e.name), 'ZIP_MALFORMED', 'member is encrypted');
      continue;
    }
    if (e.dir !== undefined) {
      // Our own listing: inflate this member alone (natively), read it, let it go.
      let data: Uint8Array;
      try {
        data = inflateEntry(bytes, e.dir);
      } catch (err) {
        yield failureItem(memberContext(ctx, e.name), 'ZIP_MALFORMED', `member cannot be inflated: ${errorText(err)}`);
        continue;
      }
      yield* readMember(memberContext(ctx, e.name), data);
      continue;
    }
    if (group.length > 0 && groupBytes + e.originalSize > ctx.maxBytes) {
      groups.push(group);
      group = [];
      groupBytes = 0;
    }
    group.push(e);
    groupBytes += e.originalSize;
  }
  if (group.length > 0) groups.push(group);

  for (const g of groups) {
    const names = new Set(g.map((e) => e.name));
    let files: Record<string, Uint8Array>;
    const broken = new Map<string, string>();
    try {
      files = unzipSync(bytes, { filter: (f) => names.has(f.name) });
    } catch {
      // Find the broken member(s): inflate one at a time.
      files = {};
      for (const name of names) {
        try {
          Object.assign(files, unzipSync(bytes, { filter: (f) => f.name === name }));
        } catch (e) {
          broken.set(name, errorText(e));
        }
      }
    }
    for (const e of g) {
      const mctx = memberContext(ctx, e.name);
      const data = files[e.name];
      if (data === undefined) {
        yield failureItem(mctx, 'ZIP_MALFORMED', `member cannot be inflated: ${broken.get(e.name) ?? 'missing'}`);
        continue;
      }
      delete files[e.name];
      yield* readMember(mctx, data);
    }
  }
}
