import type { Span } from './span.js';

/** How serious a data problem is. `error` means the input (or a field) could not be used. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A data problem found while reading or analysing an input. Data problems never throw:
 * they are recorded on the article (or on the ingest report) as messages.
 */
export interface Message {
  /** Stable machine-readable code, e.g. `ENC_INVALID_UTF8`, `DATE_MISSING`. */
  readonly code: string;
  readonly severity: Severity;
  /** Human-readable explanation naming the file/field and the problem. */
  readonly text: string;
  /** Where in the clean text the problem is, when it has a place. */
  readonly span?: Span;
  /** The field the problem concerns (e.g. `date`, `content`). */
  readonly field?: string;
  /** The input the problem concerns (path, path#member, URL). */
  readonly source?: string;
  /** The stage that reported it. */
  readonly stage?: string;
}

/** Build a message, omitting undefined optional fields (for `exactOptionalPropertyTypes`). */
export function message(
  code: string,
  severity: Severity,
  text: string,
  extra: { span?: Span | undefined; field?: string | undefined; source?: string | undefined; stage?: string | undefined } = {},
): Message {
  const m: { -readonly [K in keyof Message]: Message[K] } = { code, severity, text };
  if (extra.span !== undefined) m.span = extra.span;
  if (extra.field !== undefined) m.field = extra.field;
  if (extra.source !== undefined) m.source = extra.source;
  if (extra.stage !== undefined) m.stage = extra.stage;
  return m;
}
