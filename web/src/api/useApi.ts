import { useEffect, useState } from 'react';
import { ApiError, getJson } from './client.js';

/** State of one API request. */
export type ApiState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'ok'; readonly data: T };

/**
 * Fetch `url` (null: nothing to fetch, stays loading) and re-fetch when it changes; the previous
 * request is aborted so a slow answer never overwrites a newer one.
 */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<{ url: string | null; state: ApiState<T> }>({ url, state: { status: 'loading' } });
  useEffect(() => {
    if (url === null) return;
    const ctl = new AbortController();
    getJson<T>(url, ctl.signal).then(
      (data) => setState({ url, state: { status: 'ok', data } }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        const err = e instanceof ApiError ? e : new ApiError(e instanceof Error ? e.message : String(e), 'CLIENT', 0);
        setState({ url, state: { status: 'error', error: err } });
      },
    );
    return () => ctl.abort();
  }, [url]);
  // A state left from the previous url is stale: show loading until the new answer arrives.
  return state.url === url ? state.state : { status: 'loading' };
}
