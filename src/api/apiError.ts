/** The JSON body of every error response. */
export interface ApiErrorBody {
  readonly error: {
    /** Stable UPPER_SNAKE code (`INVALID_PARAMETER`, `NOT_FOUND`, `UNAUTHORIZED`, …). */
    readonly code: string;
    /** What went wrong, for a person. */
    readonly message: string;
    /** The parameter or body field concerned, when there is one. */
    readonly field?: string;
  };
}

/** HTTP statuses the API answers errors with. */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422 | 500 | 502 | 503;

/**
 * An error the API turns into a JSON response `{ error: { code, message, field } }` with its
 * status. Thrown by validators and handlers; caught by the app's error handler.
 */
export class ApiError extends Error {
  readonly status: ApiErrorStatus;
  readonly code: string;
  readonly field?: string;
  constructor(status: ApiErrorStatus, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    if (field !== undefined) this.field = field;
  }

  /** The response body. */
  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field !== undefined ? { field: this.field } : {}) } };
  }
}

/** A 400 about one parameter. */
export function badParam(field: string, message: string, code = 'INVALID_PARAMETER'): ApiError {
  return new ApiError(400, code, message, field);
}

/** A 404 for an unknown id. */
export function notFound(what: string, id: string | number, field = 'id'): ApiError {
  return new ApiError(404, 'NOT_FOUND', `no ${what} with id ${JSON.stringify(String(id))}`, field);
}
