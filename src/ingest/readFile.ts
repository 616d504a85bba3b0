import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { failureItem, fileContext, formatBytes } from './context.js';
import { readBytes } from './readBytes.js';
import type { IngestItem, IngestOptions, PlannedFile } from './types.js';

/** Failure code for an fs error code. */
function codeFor(errno: string | undefined): string {
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return 'NOT_FOUND';
  if (errno === 'EACCES' || errno === 'EPERM') return 'UNREADABLE';
  if (errno === 'EISDIR') return 'NOT_A_FILE';
  return 'READ_ERROR';
}

/** The whole file, or why it cannot be read: checked with fstat before reading anything. */
function readWhole(path: string, maxBytes: number): { bytes: Uint8Array } | { code: string; problem: string } {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO given by mistake must not hang the batch (no effect on regular files).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) return { code: 'NOT_A_FILE', problem: 'not a regular file' };
    if (st.size > maxBytes) {
      return {
        code: 'TOO_LARGE',
        problem: `file is ${formatBytes(st.size)} (${st.size} bytes), above the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes); not read`,
      };
    }
    const buf = Buffer.allocUnsafeSlow(st.size);
    let done = 0;
    while (done < st.size) {
      const n = readSync(fd, buf, done, st.size - done, done);
      if (n === 0) break;
      done += n;
    }
    return { bytes: done === st.size ? buf : buf.subarray(0, done) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { code: codeFor(err.code), problem: `cannot read: ${err.message}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read one planned file, synchronously: open it, check its size against `maxBytes` before
 * reading (`TOO_LARGE`, naming the size and the limit), read the bytes, pick the reader (zip,
 * text, HTML, JSON/JSONL, feed) and yield one item per record or failure. Problems with the
 * data never throw: they are failures (the file, a zip member or a container record) or
 * messages on records. A reader bug is caught and yielded as an `INTERNAL_ERROR` failure.
 */
export function* readFile(file: PlannedFile, options: IngestOptions = {}): Generator<IngestItem> {
  const ctx = fileContext(file.path, options);
  // Read (or refuse) with the file open, and yield only once it is closed.
  const got = readWhole(file.path, ctx.maxBytes);
  if ('code' in got) {
    yield failureItem(ctx, got.code, got.problem);
    return;
  }
  const bytes = got.bytes;
  try {
    yield* readBytes(ctx, bytes);
  } catch (e) {
    yield failureItem(ctx, 'INTERNAL_ERROR', `reader failed (a bug): ${e instanceof Error ? e.message : String(e)}`);
  }
}
