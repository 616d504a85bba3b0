import type { TimelineRow } from '../api/types.js';

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** Milliseconds (UTC) of an ISO day; NaN when it is not one. */
export function dayMs(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
}

/** A timeline row placed on the time axis: `[from, to)` in ms, and how to draw it. */
export interface PlacedRow {
  readonly row: TimelineRow;
  readonly from: number;
  readonly to: number;
  /** One day: drawn as a point; longer: a bar over its whole uncertainty. */
  readonly point: boolean;
  /** Every dated source rests on an inferred date: drawn dashed. */
  readonly inferred: boolean;
}

/** Place rows on the axis, earliest first; rows whose days do not parse are left out. */
export function placeRows(rows: readonly TimelineRow[]): PlacedRow[] {
  const out: PlacedRow[] = [];
  for (const row of rows) {
    const from = dayMs(row.earliest || row.time);
    const last = dayMs(row.latest || row.earliest || row.time);
    if (!Number.isFinite(from) || !Number.isFinite(last)) continue;
    const to = Math.max(from, last) + DAY;
    const timed = row.sources.filter((s) => s.time);
    const inferred = timed.length > 0 && timed.every((s) => s.time?.inferred === true);
    out.push({ row, from, to, point: to - from <= DAY, inferred });
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** An axis tick. */
export interface Tick {
  readonly t: number;
  readonly label: string;
  readonly major: boolean;
}

/** Axis ticks for a visible span: years, months or days, at most ~12. */
export function ticks(v0: number, v1: number): Tick[] {
  const spanDays = (v1 - v0) / DAY;
  const out: Tick[] = [];
  const start = new Date(v0);
  if (spanDays > 4 * 365) {
    const step = Math.max(1, Math.ceil(spanDays / 365 / 10));
    for (let y = start.getUTCFullYear(); ; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t > v1) break;
      if (t >= v0) out.push({ t, label: String(y), major: true });
    }
  } else if (spanDays > 75) {
    const step = [1, 2, 3, 6, 12].find((s) => spanDays / 30 / s <= 12) ?? 12;
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > v1) break;
      if (t >= v0) out.push({ t, label: m === 0 ? String(y) : `${y}-${String(m + 1).padStart(2, '0')}`, major: m === 0 });
      m += step;
      while (m > 11) {
        m -= 12;
        y += 1;
      }
    }
  } else {
    const step = [1, 2, 7, 14].find((s) => spanDays / s <= 12) ?? 14;
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= v1; t += step * DAY) {
      if (t < v0) continue;
      const d = new Date(t);
      const label = d.getUTCDate() === 1 || out.length === 0 ? d.toISOString().slice(0, 10) : String(d.getUTCDate()).padStart(2, '0');
      out.push({ t, label, major: d.getUTCDate() === 1 });
    }
  }
  return out;
}

/** The whole time span of the rows, padded (at least a week). */
export function fullDomain(placed: readonly PlacedRow[]): [number, number] {
  if (placed.length === 0) return [0, DAY];
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of placed) {
    lo = Math.min(lo, p.from);
    hi = Math.max(hi, p.to);
  }
  const span = Math.max(hi - lo, 7 * DAY);
  const pad = span * 0.06;
  const mid = (lo + hi) / 2;
  return [Math.min(lo, mid - span / 2) - pad, Math.max(hi, mid + span / 2) + pad];
}
