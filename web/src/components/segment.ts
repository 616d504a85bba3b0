/** A highlighted range of a text: `[start, end)` in UTF-16 offsets, as the API gives them. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** CSS class (one per kind: `m-entity`, `m-date` …). */
  readonly cls: string;
  /** Shown on hover (normalised value, entity name …). */
  readonly title?: string;
  /** In-app link target on click. */
  readonly href?: string;
  /** Extra data attribute value for tests and styling (`data-kind`). */
  readonly kind?: string;
}

/** A piece of text between mark boundaries, with the marks covering it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/**
 * Cut `text` at every mark boundary; each piece carries the marks covering it (marks may nest
 * or overlap: an entity inside a quote, a number inside a claim). Out-of-range marks are clipped.
 */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const n = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(n, m.start)), end: Math.max(0, Math.min(n, m.end)) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, n]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    out.push({ start: s, end: e, marks: valid.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}
