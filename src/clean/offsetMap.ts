import type { Span } from '../core/span.js';

/**
 * One piece of the clean text and where it came from in the decoded input. When both lengths
 * are equal the piece is a verbatim copy (offsets map one to one); otherwise (HTML, where
 * markup and entities sit between the characters) offsets inside it map proportionally.
 */
export interface OffsetSegment {
  readonly cleanStart: number;
  readonly cleanEnd: number;
  readonly rawStart: number;
  readonly rawEnd: number;
}

/**
 * A map from clean-text offsets back to offsets in the decoded input (`raw.decoded`), built from
 * the segments the cleaner copied. Text between segments (the `\n\n` joins) maps to the end of
 * the previous segment.
 */
export class OffsetMap {
  /** Segments in clean-text order, non-overlapping. */
  readonly segments: readonly OffsetSegment[];

  constructor(segments: readonly OffsetSegment[]) {
    this.segments = segments;
  }

  /** The decoded-input offset of a clean-text offset. */
  toRaw(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segs[mid] as OffsetSegment).cleanStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = segs[lo] as OffsetSegment;
    if (offset <= s.cleanStart) return s.rawStart;
    if (offset >= s.cleanEnd) return s.rawEnd;
    const cl = s.cleanEnd - s.cleanStart;
    const rl = s.rawEnd - s.rawStart;
    if (cl === rl) return s.rawStart + (offset - s.cleanStart);
    return s.rawStart + Math.round(((offset - s.cleanStart) * rl) / cl);
  }

  /** The decoded-input span of a clean-text span. */
  toRawSpan(s: Span): Span {
    const start = this.toRaw(s.start);
    return { start, end: Math.max(start, this.toRaw(s.end)) };
  }

  /** Plain JSON form (the segments). */
  toJSON(): OffsetSegment[] {
    return [...this.segments];
  }
}
