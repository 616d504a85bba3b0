import type { ReactNode } from 'react';
import type { ApiState } from '../api/useApi.js';
import type { ApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';

/** A loading indicator (announced to screen readers). */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite" data-state="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </div>
  );
}

/** An error from the API, showing the API's own message and code. */
export function ErrorBox({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert" data-state="error">
      <strong>{t('errorTitle')}</strong>
      <p>
        <bdi>{error.message}</bdi>
      </p>
      <p className="muted">
        <code>{error.code}</code>
        {error.status ? <> · HTTP {error.status}</> : null}
        {error.field ? <> · {error.field}</> : null}
      </p>
    </div>
  );
}

/** An empty state. */
export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="state state-empty" data-state="empty">
      {children}
    </div>
  );
}

/** Render a request's loading or error state, or its data through `children`. */
export function Load<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorBox error={state.error} />;
  return <>{children(state.data)}</>;
}

/** A titled section of a page. */
export function Section({ title, id, children, extra }: { title: string; id?: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="section" {...(id ? { id } : {})}>
      <header className="section-head">
        <h2>{title}</h2>
        {extra}
      </header>
      {children}
    </section>
  );
}
