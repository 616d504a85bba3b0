import type { Span } from '../core/span.js';

/** Longest sentence span returned; longer runs are cut at a clause mark or space. */
export const MAX_SENTENCE_LENGTH = 1000;

/** Longest quotation (in code units) inside which terminal punctuation does not end a sentence. */
const SHORT_QUOTE = 300;

/** A line at least this long without final punctuation is taken as hard-wrapped and joined to the next line. */
const WRAPPED_LINE = 50;

const LATIN_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr vs etc inc ltd co corp no nos gen col lt sgt capt maj cmdr adm gov sen rep ' +
    'pres dept univ est approx fig vol pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec mt ft ' +
    'e.g i.e a.m p.m u.s u.k u.n u.s.a'
  ).split(' '),
);

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x061c ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}

function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** Characters that end a sentence. */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4 || c === 0x203c || c === 0x2049;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0x7d;
}

/** Clause marks where an over-long sentence may be cut. */
function isClauseMark(c: number): boolean {
  return c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b || c === 0x3a;
}

const BULLET_RE =
  /^(?:[•·*\-–—▪●◦‣○■□➢➤►▶✓✔](?=\s)|[•▪●◦‣■□➢➤►▶](?!\s)|\(?[0-9٠-٩]{1,2}[.)\-–](?=\s)|\([0-9٠-٩]{1,2}\)|[a-zA-Z][.)](?=\s))\s*/u;

/** Does the line `[s, e)` (already trimmed) start with a bullet or list number? Returns the marker length. */
function bulletLength(text: string, s: number, e: number): number {
  const m = BULLET_RE.exec(text.slice(s, Math.min(e, s + 12)));
  return m ? m[0].length : 0;
}

interface Line {
  start: number;
  end: number;
}

/** Trim spaces and controls off a range. */
function trim(text: string, s: number, e: number): Line {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Short quotations `[open, close]` (inclusive) inside the range, for the no-split test. */
function shortQuotes(text: string, s: number, e: number): Line[] {
  const out: Line[] = [];
  const stack: { open: number; c: number }[] = [];
  let asciiOpen = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c) stack.push({ open: i, c });
    else if (c === 0xbb || c === 0x201d) {
      const want = c === 0xbb ? 0xab : 0x201c;
      for (let k = stack.length - 1; k >= 0; k--) {
        const o = stack[k];
        if (o && o.c === want) {
          if (i - o.open <= SHORT_QUOTE) out.push({ start: o.open, end: i });
          stack.length = k;
          break;
        }
      }
    } else if (c === 0x22) {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        if (i - asciiOpen <= SHORT_QUOTE) out.push({ start: asciiOpen, end: i });
        asciiOpen = -1;
      }
    }
  }
  return out;
}

/** The word (letters and inner dots) just before offset `i`. */
function wordBefore(text: string, i: number, from: number): string {
  let k = i;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (isLatinLetter(c) || isArabicLetter(c) || isArabicMark(c) || (c === 0x2e && k - 1 > from && isLatinLetter(text.charCodeAt(k - 2))))
      k--;
    else break;
  }
  return text.slice(k, i);
}

/** Is the '.' at `i` part of an abbreviation, an initial, a number or a name (not a sentence end)? */
function dotContinues(text: string, i: number, from: number, to: number): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  const prev = i > from ? text.charCodeAt(i - 1) : -1;
  // Decimals, domains, versions, U.S.A: no space after the dot and a Latin letter or digit follows.
  if (next >= 0 && (isLatinLetter(next) || isDigit(next))) return true;
  if (isDigit(prev) && next >= 0 && isDigit(next)) return true;
  const w = wordBefore(text, i, from);
  if (w.length === 0) return false;
  const first = w.charCodeAt(0);
  if (isLatinLetter(first)) {
    const lw = w.toLowerCase();
    if (w.length === 1) return true; // an initial: J. K.
    if (LATIN_ABBREVIATIONS.has(lw)) return true;
    if (/^(?:[a-z]\.)+[a-z]$/i.test(w)) return true; // U.S, e.g
    return false;
  }
  // Arabic: a single letter (with marks) followed by a dot, like د. (doctor), أ. (professor) or
  // an initial, when more Arabic words follow on the line and no number precedes (not a year's م. / هـ.).
  let letters = 0;
  for (let k = 0; k < w.length; k++) if (isArabicLetter(w.charCodeAt(k))) letters++;
  if (letters !== 1 && !(letters === 2 && w.charCodeAt(w.length - 1) === 0x0640)) return false;
  let k = i - w.length - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  if (k >= from && isDigit(text.charCodeAt(k))) return false;
  let m = i + 1;
  while (m < to && isSpace(text.charCodeAt(m)) && !isNewline(text.charCodeAt(m))) m++;
  return m < to && (isArabicLetter(text.charCodeAt(m)) || text.charCodeAt(m) === 0x2e);
}

/** Split a block (lines already joined) into sentence ranges at terminal punctuation. */
function splitBlock(text: string, s: number, e: number, out: Line[]): void {
  const quotes = shortQuotes(text, s, e);
  let q = 0;
  let start = s;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < e && isTerminal(text.charCodeAt(j))) j++;
    const run = j - i;
    const ellipsis = c === 0x2026 || (c === 0x2e && run >= 2);
    if (ellipsis || (c === 0x2e && run === 1 && dotContinues(text, i, s, e))) {
      i = j;
      continue;
    }
    // Inside a short quotation: only a terminal right before its closing quote counts.
    while (q < quotes.length && (quotes[q] as Line).end < i) q++;
    let inQuote = false;
    for (let k = q; k < quotes.length; k++) {
      const r = quotes[k] as Line;
      if (r.start > i) break;
      if (r.start < i && i < r.end) {
        inQuote = true;
        if (r.end === j) inQuote = false;
      }
    }
    if (inQuote) {
      i = j;
      continue;
    }
    while (j < e && isCloser(text.charCodeAt(j))) j++;
    out.push({ start, end: j });
    start = j;
    i = j;
  }
  if (start < e) out.push({ start, end: e });
}

/** Cut a range longer than {@link MAX_SENTENCE_LENGTH} at clause marks or spaces. */
function cap(text: string, r: Line, out: Span[]): void {
  let s = r.start;
  while (r.end - s > MAX_SENTENCE_LENGTH) {
    const limit = s + MAX_SENTENCE_LENGTH;
    let cut = -1;
    for (let k = limit - 1; k > s + MAX_SENTENCE_LENGTH / 2; k--) {
      if (isClauseMark(text.charCodeAt(k))) {
        cut = k + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let k = limit - 1; k > s + MAX_SENTENCE_LENGTH / 2; k--) {
        if (isSpace(text.charCodeAt(k))) {
          cut = k + 1;
          break;
        }
      }
    }
    if (cut < 0) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
    }
    const t = trim(text, s, cut);
    if (t.end > t.start) out.push({ start: t.start, end: t.end });
    s = cut;
  }
  const t = trim(text, s, r.end);
  if (t.end > t.start) out.push({ start: t.start, end: t.end });
}

function hasWordChar(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c) || isLatinLetter(c) || isDigit(c) || c > 0x2fff) return true;
  }
  return false;
}

/**
 * Split a text into sentence spans (offsets into the text, trimmed of spaces and controls).
 * Never throws.
 *
 * - Ends a sentence at `.`, `!`, `?`, `؟`, `۔`, `‼` (and runs such as `?!`), taking closing
 *   quotes and brackets after it into the sentence. `؛` (Arabic semicolon) and `:` do NOT end a
 *   sentence; an ellipsis (`...`, `…`) does not either.
 * - A `.` does not end a sentence in decimals and dotted numbers, before a Latin letter or digit
 *   (domains, `U.S.A`), after a Latin initial or a listed abbreviation (`Mr.`, `U.S.`, `e.g.`), or
 *   after a single Arabic letter followed by an Arabic word on the same line (`د.` for doctor,
 *   `أ.` for professor, initials) unless a number precedes it (a year's `م.`/`هـ.`).
 * - Terminal punctuation inside a short quotation (« », “ ”, " ", ≤ 300 characters) does not end
 *   the sentence, except right before the closing quote.
 * - A blank line always ends a sentence (so a heading line without final punctuation followed
 *   by a blank line is its own sentence). A single line break ends one too, unless the line is
 *   long (≥ 50 characters), has no final punctuation or colon, and the next line is not a bullet:
 *   then the text is taken as hard-wrapped and the lines are joined.
 * - Bullets (•, ·, -, *, –, numbered `1.` `1)` `(1)` `١-`) start a new sentence; the marker is
 *   left out of the span.
 * - Spans without any letter or digit are dropped; spans longer than
 *   {@link MAX_SENTENCE_LENGTH} are cut at a clause mark or space.
 */
export function splitSentences(text: string): Span[] {
  const n = text.length;
  // 1. Lines.
  const lines: Line[] = [];
  let ls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      lines.push({ start: ls, end: i });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      ls = i + 1;
    }
  }
  lines.push({ start: ls, end: n });
  // 2. Blocks: lines joined when hard-wrapped.
  const blocks: Line[] = [];
  let cur: Line | null = null;
  let lastLineLength = 0;
  for (const line of lines) {
    const t = trim(text, line.start, line.end);
    if (t.end === t.start) {
      if (cur) blocks.push(cur);
      cur = null;
      continue;
    }
    const bl = bulletLength(text, t.start, t.end);
    if (cur && bl === 0) {
      const last = text.charCodeAt(cur.end - 1);
      const wrapped = lastLineLength >= WRAPPED_LINE && !isTerminal(last) && !isCloser(last) && last !== 0x3a;
      if (wrapped) {
        cur = { start: cur.start, end: t.end };
        lastLineLength = t.end - t.start;
        continue;
      }
    }
    if (cur) blocks.push(cur);
    cur = { start: t.start + bl, end: t.end };
    lastLineLength = t.end - t.start;
  }
  if (cur) blocks.push(cur);
  // 3. Sentences within blocks.
  const ranges: Line[] = [];
  for (const b of blocks) splitBlock(text, b.start, b.end, ranges);
  const out: Span[] = [];
  for (const r of ranges) {
    const t = trim(text, r.start, r.end);
    if (t.end > t.start && hasWordChar(text, t.start, t.end)) cap(text, t, out);
  }
  return out;
}
