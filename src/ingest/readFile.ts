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

/**
 * Read one planned file, synchronously: open it, check its size against `maxBytes` before
 * reading (`TOO_LARGE`, naming the size and the limit), read the bytes, pick the reader (zip,
 * text, HTML, JSON/JSONL, feed) and yield one item per record or failure. Problems with the
 * data never throw: they are failures (the file, a zip member or a container record) or
 * messages on records. A reader bug is caught and yielded as an `INTERNAL_ERROR` failure.
 */
export function* readFile(file: PlannedFile, options: IngestOptions = {}): Generator<IngestItem> {
  const ctx = fileContext(file.path, options);
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO given by mistake must not hang the batch (no effect on regular files).
    fd = openSync(file.path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) {
      yield failureItem(ctx, 'NOT_A_FILE', 'not a regular file');
      return;
    }
    if (st.size > ctx.maxBytes) {
      yield failureItem(
        ctx,
        'TOO_LARGE',
        `file is ${formatBytes(st.size)} (${st.size} bytes), above the limit of ${formatBytes(ctx.maxBytes)} (${ctx.maxBytes} bytes); not read`,
      );
      return;
    }
    const buf = Buffer.allocUnsafeSlow(st.size);
    let done = 0;
    while (done < st.size) {
      const n = readSync(fd, buf, done, st.size - done, done);
      if (n === 0) break;
      done += n;
    }
    bytes = done === st.size ? buf : buf.subarray(0, done);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield failureItem(ctx, codeFor(err.code), `cannot read: ${err.message}`);
    return;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  try {
    yield* readBytes(ctx, bytes);
  } catch (e) {
    yield failureItem(ctx, 'INTERNAL_ERROR', `reader failed (a bug): ${e instanceof Error ? e.message : String(e)}`);
  }
}
