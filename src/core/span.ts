/**
 * A half-open character range `[start, end)` into an article's clean text
 * (UTF-16 code unit offsets, as JavaScript strings index).
 */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
}

/** Build a span, checking that `0 <= start <= end`. */
export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

/** True when `s` lies inside a text of length `length`. */
export function spanFits(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length;
}

/** The text a span covers. */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
