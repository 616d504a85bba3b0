/**
 * The stable codes used by the ingest readers: failure codes ({@link IngestFailure.code}) and
 * message codes (on records). Each maps to a short description.
 */
export const INGEST_CODES = {
  // Planning (planInputs)
  NOT_FOUND: 'failure: a path given does not exist',
  GLOB_NO_MATCH: 'failure: a glob pattern matched no file',
  NO_READABLE_FILES: 'failure: a directory holds no file of a readable kind',
  UNREADABLE: 'failure: a file or directory cannot be opened (permissions, I/O error)',
  NOT_A_FILE: 'failure: a path is neither a regular file nor a directory',
  // Reading a file or a zip member
  READ_ERROR: 'failure: reading the file failed',
  TOO_LARGE: 'failure: the file or zip member is larger than the size limit',
  EMPTY_FILE: 'failure: the file is empty (or holds only whitespace)',
  BINARY_FILE: 'failure: the file is binary (image, PDF, executable…), not text',
  // JSON / JSONL
  JSON_MALFORMED: 'failure: the JSON (or a JSONL line) does not parse',
  JSON_NOT_OBJECT: 'failure: a JSON record is not an object',
  NO_TEXT: 'failure: a JSON record or feed item has no content, title or url',
  NO_RECORDS: 'failure: a container (JSON, feed, zip) holds no record',
  // XML feeds
  XML_MALFORMED: 'failure: the XML is not well-formed',
  XML_NOT_FEED: 'failure: the XML is not an RSS or Atom feed',
  // Zip archives
  ZIP_MALFORMED: 'failure: the zip archive (or a member) cannot be unpacked',
  ZIP_TOO_LARGE: 'failure: the zip members together declare more than the archive limit',
  ZIP_TOO_DEEP: 'failure: zip archives nested too deeply',
  // Reader bugs (should not happen)
  INTERNAL_ERROR: 'failure: a reader threw (a bug); the file is reported, the batch continues',
  // Messages on records (non-fatal)
  ENC_INVALID_BYTES: 'warning: invalid byte sequences were replaced with U+FFFD',
  ENC_DETECTED: 'info: no BOM or declared charset; the encoding was detected',
  ENC_DECLARED_MISMATCH: 'warning: the declared charset did not fit the bytes; another encoding was used',
  ENC_UNKNOWN_CHARSET: 'warning: the declared charset is unknown; the encoding was detected',
  REHYDRATE_FAILED: 'error: stored raw bytes could not be read again (rehydrate); stored fields kept',
  NO_CONTENT: 'warning: a JSON record or feed item has no content (kept when it has a title or url; decoded is empty)',
} as const;

/** A code from {@link INGEST_CODES}. */
export type IngestCode = keyof typeof INGEST_CODES;
