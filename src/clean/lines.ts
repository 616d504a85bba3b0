import { lineKey } from './lineKey.js';

/** A non-blank line of the input with its offsets in the decoded text. */
export interface SourceLine {
  /** Position among the non-blank lines (0-based). */
  readonly index: number;
  /** Offsets of the trimmed line in the decoded text. */
  readonly start: number;
  readonly end: number;
  /** The trimmed line. */
  readonly text: string;
  /** {@link lineKey} of the line. */
  readonly key: string;
  /** Block number: lines separated by blank lines are in different blocks. */
  readonly block: number;
}

const TRIM = /^[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff]+|[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff]+$/g;

/** Split a decoded text into its non-blank lines, trimmed, with offsets and block numbers. */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let block = 0;
  let blank = false;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const rawLine = text.slice(pos, end);
    const lead = /^[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060\ufeff]*/.exec(rawLine)?.[0].length ?? 0;
    const trimmed = rawLine.replace(TRIM, '');
    if (trimmed === '') {
      blank = true;
    } else {
      if (blank && out.length > 0) block++;
      blank = false;
      const start = pos + lead;
      out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed, key: lineKey(trimmed), block });
    }
    pos = nl + 1;
  }
  return out;
}
