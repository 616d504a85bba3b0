/**
 * Comparison of tagger output with Duckling's conventions (used by the evaluation script and
 * its test): Duckling reports the first instant of a value (or of an interval's start) with the
 * grain, and durations as a count and a unit.
 */
import { tagTime } from './tagTime.js';
import type { Timex } from './types.js';

/** An expected Duckling time value. */
export interface DucklingTimeExpected {
  readonly value: string;
  readonly grain: string;
}

/** The timex Duckling would report for a whole input: the longest one. */
export function mainTimex(timexes: readonly Timex[]): Timex | undefined {
  let best: Timex | undefined;
  for (const t of timexes) if (!best || t.span[1] - t.span[0] > best.span[1] - best.span[0]) best = t;
  return best;
}

/** Evaluate one `time` example: exact start instant and grain, preferring the future. */
export function evalTimeExample(text: string, expected: DucklingTimeExpected, ref: string): { ok: boolean; got: string } {
  const t = mainTimex(tagTime(text, { ref, prefer: 'future' }));
  if (!t) return { ok: false, got: 'nothing' };
  const got = `${t.start ?? t.value} ${t.grain} [${t.text}]`;
  return { ok: t.start === expected.value && t.grain === expected.grain, got };
}

/** Count and unit of an ISO 8601 duration (`P2M` → 2 month, `PT2M` → 2 minute). */
export function parseDuration(v: string): { value: number; grain: string } | undefined {
  const m = /^P(T?)(\d+)([YMWDHS])$/.exec(v);
  if (!m) return undefined;
  const time = m[1] === 'T';
  const unit = m[3];
  const grain = time
    ? unit === 'H'
      ? 'hour'
      : unit === 'M'
        ? 'minute'
        : 'second'
    : unit === 'Y'
      ? 'year'
      : unit === 'M'
        ? 'month'
        : unit === 'W'
          ? 'week'
          : 'day';
  return { value: Number(m[2]), grain };
}

/** Evaluate one `duration` example: exact count and unit of the DURATION found. */
export function evalDuration(text: string, expected: { value: number; grain: string }): { ok: boolean; got: string } {
  const d = tagTime(text).find((t) => t.type === 'DURATION');
  if (!d) return { ok: false, got: 'nothing' };
  const p = parseDuration(d.value);
  return { ok: p !== undefined && p.value === expected.value && p.grain === expected.grain, got: d.value };
}
