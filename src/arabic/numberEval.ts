import { findNumbers, type FindNumbersOptions, type NumberMention } from './numbers.js';

/** One peer test case: a text and the number it must read as. */
export interface NumberEvalCase {
  readonly text: string;
  readonly expected: number;
}

/** The outcome of one case. */
export interface NumberEvalResult {
  readonly text: string;
  readonly expected: number;
  readonly pass: boolean;
  /** What was found (for failure reports). */
  readonly found: readonly NumberMention[];
  /** Why it failed. */
  readonly reason?: string;
}

/** How a section is judged: cardinal-like sections accept any kind but ordinal; the ordinal section wants ordinals. */
export type NumberEvalMode = 'numeral' | 'ordinal';

/**
 * Judge one peer case (Duckling's convention: the whole text is one number). It passes when
 * {@link findNumbers} returns exactly one mention, that mention covers the whole (trimmed)
 * text, its value equals the expected value (relative tolerance 1e-9), and its kind fits the
 * mode (an ordinal for `ordinal`, anything else for `numeral`).
 */
export function judgeNumberCase(c: NumberEvalCase, mode: NumberEvalMode, options?: FindNumbersOptions): NumberEvalResult {
  const found = findNumbers(c.text, options);
  const base = { text: c.text, expected: c.expected, found };
  const lead = c.text.length - c.text.trimStart().length;
  const trail = c.text.trimEnd().length;
  if (found.length !== 1) return { ...base, pass: false, reason: `${found.length} mentions` };
  const m = found[0] as NumberMention;
  if (m.start !== lead || m.end !== trail) return { ...base, pass: false, reason: `span [${m.start}, ${m.end}) is not the whole text` };
  if ((mode === 'ordinal') !== (m.kind === 'ordinal')) return { ...base, pass: false, reason: `kind ${m.kind}` };
  if (m.value === undefined) return { ...base, pass: false, reason: 'no value' };
  const tol = 1e-9 * Math.max(1, Math.abs(c.expected));
  if (Math.abs(m.value - c.expected) > tol) return { ...base, pass: false, reason: `value ${m.value}` };
  return { ...base, pass: true };
}

/** Sections of `duckling-ar.json` that {@link findNumbers} must pass, with how to judge them. */
export const NUMBER_EVAL_SECTIONS: ReadonlyArray<{ section: string; mode: NumberEvalMode; options?: FindNumbersOptions }> = [
  { section: 'numeral', mode: 'numeral' },
  // The Egyptian corpus reads colloquial words standalone (متين = 200), which MSA text must not.
  { section: 'numeral_egyptian', mode: 'numeral', options: { colloquial: true } },
  { section: 'ordinal', mode: 'ordinal' },
];
