/** Granularity of a temporal value. */
export type Grain = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** TIMEX3 type. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a value was resolved against. */
export type TimexAnchor = 'publication' | 'expression' | 'none';

/** Direction a bare weekday, month or hour is resolved toward. */
export type Prefer = 'past' | 'future' | 'context';

/**
 * A normalised temporal expression (TIMEX3-style).
 *
 * Values: `2024-11-29` (day), `2024-06` (month), `2024-W25` (ISO week), `2024` (year), `199`
 * (decade), `19` (century), `2024-11-29T06:45` (minute), `2024-11-29T06:00` (hour),
 * `2024-11-29T06:45:10` (second); durations `P24Y`, `PT2H`, `P3D` (`PXD` when the number is
 * vague); sets `P1W`, `XXXX-WXX-5` (every Friday); vague references `PAST_REF`, `FUTURE_REF`.
 */
export interface Timex {
  /** `[start, end)` offsets into the input text. */
  readonly span: readonly [number, number];
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly grain: Grain;
  /** First value of an interval (intervals only), same format as `value`. */
  readonly begin?: string;
  /** Last value of an interval, inclusive at its own grain (intervals only). */
  readonly end?: string;
  readonly anchor: TimexAnchor;
  /** True when the reference it was resolved against was itself inferred (an undated article). */
  readonly inferred: boolean;
  /** 0..1. */
  readonly confidence: number;
  /** First instant covered, `YYYY-MM-DDTHH:MM:SS` local (dates and times only). */
  readonly start?: string;
  /** Modifier: `START`/`MID`/`END` (أوائل/منتصف/أواخر), `APPROX` (نحو), `SINCE` (منذ + date), `UNTIL` (حتى). */
  readonly mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'SINCE' | 'UNTIL';
  /** Holiday name when the expression names one. */
  readonly holiday?: string;
  /** How the direction of an underspecified value was chosen (`tense:past`, `marker:next`, `prefer:future` …). */
  readonly direction?: string;
  /** Why the reading is uncertain, when it is. */
  readonly note?: string;
}

/** Options of {@link tagTime}. */
export interface TagTimeOptions {
  /** Reference date-time, ISO 8601 (`2024-12-03`, `2013-02-12T04:30:00-02:00`). Without it, relative values cannot be resolved. */
  readonly ref?: string;
  /** Direction for bare weekdays/months/hours (default `context`: the sentence's tense). */
  readonly prefer?: Prefer;
  /** Mark resolved values as inferred (the reference is an inferred publication window). */
  readonly refInferred?: boolean;
}
