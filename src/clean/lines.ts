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
  /** {@link lineKey} of the line; empty for lines longer than {@link KEYED_LINE_MAX} (long paragraphs are never chrome keys). */
  readonly key: string;
  /** Number of words (whitespace-separated runs). */
  readonly words: number;
  /** Number of Arabic letters and of Latin letters. */
  readonly arabic: number;
  readonly latin: number;
  /** Block number: lines separated by blank lines are in different blocks. */
  readonly block: number;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x202a && c <= 0x202f) ||
    c === 0x2060 || c === 0xfeff || c === 0x3000 || c === 0x205f || c === 0x1680
  );
}

const GLUED_HEADING = /([^#\s]\s*)#{2,6}\s+(?=\S)/gu;

/** Lines longer than this get no key. */
export const KEYED_LINE_MAX = 300;

function letterCounts(s: string): { arabic: number; latin: number; words: number } {
  let arabic = 0;
  let latin = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);
    if (!space && !inWord) words++;
    inWord = !space;
    if ((c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff)) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
  }
  return { arabic, latin, words };
}

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
    let a = pos;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    const trimmed = text.slice(a, b);
    if (trimmed === '') {
      blank = true;
    } else {
      if (blank && out.length > 0) block++;
      blank = false;
      const start = a;
      // A markdown heading glued to the end of a paragraph ("… نهاية الفقرة.### عنوان") starts a new line.
      let from = 0;
      GLUED_HEADING.lastIndex = 0;
      let g: RegExpExecArray | null;
      const cuts: number[] = [];
      while ((g = GLUED_HEADING.exec(trimmed)) !== null) cuts.push(g.index + (g[1]?.length ?? 0));
      for (const cut of [...cuts, trimmed.length]) {
        let a2 = from;
        let b2 = cut;
        while (a2 < b2 && isSpace(trimmed.charCodeAt(a2))) a2++;
        while (b2 > a2 && isSpace(trimmed.charCodeAt(b2 - 1))) b2--;
        from = cut;
        if (a2 === b2) continue;
        const t = trimmed.slice(a2, b2);
        const key = t.length <= KEYED_LINE_MAX ? lineKey(t) : '';
        out.push({ index: out.length, start: start + a2, end: start + b2, text: t, key, block, ...letterCounts(t) });
      }
    }
    pos = nl + 1;
  }
  return out;
}
