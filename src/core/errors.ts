/**
 * The catalogue of programmer errors. Only these throw; problems with data become
 * {@link Message}s on the record instead.
 */
export const ERROR_CATALOGUE = {
  PIPELINE_UNMET_NEED: 'a stage needs an annotation that no earlier stage provides',
  PIPELINE_DUPLICATE_PROVIDER: 'two stages provide the same annotation',
  PIPELINE_CYCLE: 'stages depend on each other in a cycle',
  STAGE_RESULT_MISSING: 'a stage returned undefined',
  STORE_CLOSED: 'the store was used after close()',
  STORE_MIGRATION_FAILED: 'a database migration failed',
  STORE_NEWER_SCHEMA: 'the database was written by a newer version of Marsad',
  INVALID_ARGUMENT: 'a function was called with an invalid argument',
  USAGE: 'the command line was used incorrectly',
} as const;

/** A code from {@link ERROR_CATALOGUE}. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error with a code from the catalogue. Thrown only for programmer or usage errors. */
export class MarsadError extends Error {
  /** The catalogue code. */
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : `${code}: ${ERROR_CATALOGUE[code]}`);
    this.name = 'MarsadError';
    this.code = code;
  }
}

/** True when `e` is a {@link MarsadError}, optionally with the given code. */
export function isMarsadError(e: unknown, code?: ErrorCode): e is MarsadError {
  return e instanceof MarsadError && (code === undefined || e.code === code);
}
