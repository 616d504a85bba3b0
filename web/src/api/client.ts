import type { ApiErrorBody } from './types.js';

/** An error the API answered with (or a network failure), carrying the API's message. */
export class ApiError extends Error {
  /** The API's error code (`NOT_FOUND`, `BAD_REQUEST` …), or `NETWORK` / `HTTP_<status>`. */
  readonly code: string;
  /** HTTP status, 0 for network failures. */
  readonly status: number;
  /** The request field the error concerns, when the API names one. */
  readonly field: string | undefined;

  constructor(message: string, code: string, status: number, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.field = field;
  }
}

function isErrorBody(x: unknown): x is ApiErrorBody {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

/** Build `/api/<path>?<params>`, leaving out empty parameters. */
export function apiUrl(path: string, params: Readonly<Record<string, string | number | undefined | null>> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const qs = q.toString();
  return `/api/${path.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}

/** GET a JSON document from the API; throws {@link ApiError} with the API's message on failure. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(e instanceof Error ? e.message : String(e), 'NETWORK', 0);
  }
  let body: unknown = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.message, body.error.code, res.status, body.error.field);
    throw new ApiError(text.slice(0, 300) || res.statusText, `HTTP_${res.status}`, res.status);
  }
  if (body === null) throw new ApiError(`not JSON: ${url}`, 'BAD_RESPONSE', res.status);
  return body as T;
}
