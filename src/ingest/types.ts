import type { RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';

/** Default size limit for a file or a zip member: 32 MiB. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Default limit on the total declared uncompressed size of one zip archive: 1 GiB. */
export const DEFAULT_MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/** Options shared by {@link planInputs} and {@link readFile}. */
export interface IngestOptions {
  /** Refuse files (and zip members) larger than this many bytes; default {@link DEFAULT_MAX_BYTES} (32 MiB). */
  maxBytes?: number;
  /**
   * Refuse a zip archive whose members together declare more than this many uncompressed
   * bytes (zip bombs); default {@link DEFAULT_MAX_ARCHIVE_BYTES} (1 GiB).
   */
  maxArchiveBytes?: number;
  /** ISO 8601 time stamped as `receivedAt` on every record; default: the time {@link readFile} is called. */
  receivedAt?: string;
}

/** A file found by {@link planInputs}, to be read with {@link readFile}. */
export interface PlannedFile {
  /** The path as given, or the given directory joined with the relative path found. */
  path: string;
  /** Size in bytes when planned. */
  size: number;
}

/** A file, zip member or container record that could not be read. */
export interface IngestFailure {
  /** The path as given (for a zip member or container record: the container's path). */
  source: string;
  /** The member inside the container (`photo.png`, `2015-07-21.json[3]`), when the problem is there. */
  member?: string;
  /** Stable UPPER_SNAKE code from {@link INGEST_CODES}. */
  code: string;
  /** Human-readable text naming the file (and member) and the problem. */
  text: string;
}

/** One result of {@link readFile}: a record read, or a failure. */
export type IngestItem =
  | {
      type: 'record';
      raw: RawInput;
      /** Non-fatal problems (invalid bytes replaced, missing content field…). */
      messages: Message[];
    }
  | { type: 'failure'; failure: IngestFailure };
