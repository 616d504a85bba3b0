import type { Span } from '../core/span.js';

/**
 * A normalisation level.
 *
 * - `display`: Unicode NFC; zero-width and bidi controls removed (U+200B–U+200F, U+202A–U+202E,
 *   U+2060–U+2064, U+2066–U+2069, U+FEFF, plus U+061C ARABIC LETTER MARK and U+00AD soft hyphen);
 *   Persian/Urdu/Kurdish variants of Arabic letters unified (ی ې ۍ ے→ي, ک ڪ→ك, ە ۀ ہ ۂ ھ→ه,
 *   ۃ→ة, ٵ→أ, ٶ ٷ→ؤ, ٸ ۓ→ئ); Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) expanded
 *   to the letters they show; diacritics kept.
 * - `match`: everything `display` does, and strips harakat, tanwin, shadda, sukun, superscript
 *   alef, Quranic annotation marks and tatweel; أ إ آ ٱ ٲ ٳ → ا; ى → ي; ة → ه; ؤ → و and ئ → ي
 *   (unless `hamzaSeats: false`); Arabic-Indic (٠–٩) and Extended (۰–۹) digits → ASCII; ٫ → `.`,
 *   ٬ → `,`, ٪ → `%`; ، → `,`, ؛ → `;`, ؟ → `?`, ۔ → `.`; no-break and typographic spaces → ` `;
 *   ASCII and Latin-1 capitals lower-cased.
 */
export type NormalizationLevel = 'display' | 'match';

/** Options for {@link normalize} and {@link normalizeMatch}. */
export interface NormalizeOptions {
  /** ؤ→و and ئ→ي at match level (default true). */
  hamzaSeats?: boolean;
}

/** A normalised text with a map back to the offsets of the text it came from. */
export interface Normalized {
  /** The normalised text. */
  readonly text: string;
  /** Original offset for a normalised offset (0..text.length inclusive). Out-of-range offsets are clamped. */
  toOriginal(offset: number): number;
  /**
   * Original span for a span of the normalised text. The end is extended over marks that were
   * deleted right after the span's last character (so a word's span includes its trailing
   * diacritics and tatweel), but never over deleted controls.
   */
  toOriginalSpan(s: Span): Span;
}

// --- tables -----------------------------------------------------------------------------

/** Table value: delete the code unit. */
const DEL = 0xffff;
/** Table value: replace the code unit by the string in the level's expansion map. */
const EXP = 0xfffe;

function identityTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  return t;
}

function setRange(t: Uint16Array, from: number, to: number, v: number): void {
  for (let c = from; c <= to; c++) t[c] = v;
}

/** Display level: controls removed, letter variants unified, presentation forms expanded. */
const DISPLAY = identityTable();
/** Deleted code units that attach to the previous kept character (marks, tatweel). */
const ATTACH = new Uint8Array(0x10000);
const DISPLAY_EXP = new Map<number, string>();

setRange(DISPLAY, 0x200b, 0x200f, DEL);
setRange(DISPLAY, 0x202a, 0x202e, DEL);
setRange(DISPLAY, 0x2060, 0x2064, DEL);
setRange(DISPLAY, 0x2066, 0x2069, DEL);
DISPLAY[0xfeff] = DEL;
DISPLAY[0x061c] = DEL;
DISPLAY[0x00ad] = DEL;
// Persian / Urdu / Kurdish / Pashto letter variants.
for (const c of [0x06cc, 0x06d0, 0x06cd, 0x06d2]) DISPLAY[c] = 0x064a; // ی ې ۍ ے → ي
for (const c of [0x06a9, 0x06aa]) DISPLAY[c] = 0x0643; // ک ڪ → ك
for (const c of [0x06d5, 0x06c0, 0x06c1, 0x06c2, 0x06be]) DISPLAY[c] = 0x0647; // ە ۀ ہ ۂ ھ → ه
DISPLAY[0x06c3] = 0x0629; // ۃ → ة
DISPLAY[0x0675] = 0x0623; // ٵ → أ
DISPLAY[0x0676] = 0x0624; // ٶ → ؤ
DISPLAY[0x0677] = 0x0624; // ٷ → ؤ
DISPLAY[0x0678] = 0x0626; // ٸ → ئ
DISPLAY[0x06d3] = 0x0626; // ۓ → ئ

// Arabic presentation forms: NFKC gives the letters they show.
for (const [from, to] of [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
] as const) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const k = ch.normalize('NFKC');
    if (k === ch || k.length === 0) continue;
    // Only expand to Arabic letters/marks and spaces (leave ornate brackets etc.).
    if (!/^[\u0600-\u06ff\u0750-\u077f ]+$/.test(k)) continue;
    // Map the expansion through the display table too (e.g. Persian letters inside).
    let out = '';
    for (let i = 0; i < k.length; i++) {
      const r = DISPLAY[k.charCodeAt(i)] ?? 0;
      if (r !== DEL) out += String.fromCharCode(r);
    }
    if (out.length === 1) DISPLAY[c] = out.charCodeAt(0);
    else {
      DISPLAY[c] = EXP;
      DISPLAY_EXP.set(c, out);
    }
  }
}

/** Match level additions applied on top of the display mapping. */
function matchOnly(c: number, seats: boolean): number {
  // Harakat, tanwin, shadda, sukun, madda/hamza above/below, other Arabic marks.
  if (c >= 0x064b && c <= 0x065f) return DEL;
  if (c === 0x0670) return DEL; // superscript alef
  if (c >= 0x0610 && c <= 0x061a) return DEL; // Quranic honorific marks
  if (c >= 0x06d6 && c <= 0x06dc) return DEL;
  if (c >= 0x06df && c <= 0x06e4) return DEL;
  if (c === 0x06e7 || c === 0x06e8) return DEL;
  if (c >= 0x06ea && c <= 0x06ed) return DEL;
  if (c >= 0x08d3 && c <= 0x08ff) return DEL; // extended Arabic (Quranic) marks
  if (c === 0x0640) return DEL; // tatweel
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
    case 0x0672: // ٲ
    case 0x0673: // ٳ
      return 0x0627;
    case 0x0649: // ى
      return 0x064a;
    case 0x0629: // ة
      return 0x0647;
    case 0x0624: // ؤ
      return seats ? 0x0648 : c;
    case 0x0626: // ئ
      return seats ? 0x064a : c;
    case 0x066b: // ٫
      return 0x2e;
    case 0x066c: // ٬
      return 0x2c;
    case 0x066a: // ٪
      return 0x25;
    case 0x060c: // ،
      return 0x2c;
    case 0x061b: // ؛
      return 0x3b;
    case 0x061f: // ؟
      return 0x3f;
    case 0x06d4: // ۔
      return 0x2e;
    case 0x00a0:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return 0x20;
    case 0x00d7: // ×
      return c;
  }
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0);
  if (c >= 0x2000 && c <= 0x200a) return 0x20;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xc0 && c <= 0xde) return c + 0x20;
  return c;
}

function buildMatch(seats: boolean): { table: Uint16Array; exp: Map<number, string> } {
  const table = new Uint16Array(0x10000);
  const exp = new Map<number, string>();
  for (let c = 0; c < 0x10000; c++) {
    const d = DISPLAY[c] ?? c;
    if (d === DEL) table[c] = DEL;
    else if (d === EXP) {
      const e = DISPLAY_EXP.get(c) ?? '';
      let out = '';
      for (let i = 0; i < e.length; i++) {
        const r = matchOnly(e.charCodeAt(i), seats);
        if (r !== DEL) out += String.fromCharCode(r);
      }
      if (out.length === 0) table[c] = DEL;
      else if (out.length === 1) table[c] = out.charCodeAt(0);
      else {
        table[c] = EXP;
        exp.set(c, out);
      }
    } else table[c] = matchOnly(d, seats);
  }
  return { table, exp };
}

// Deleted marks and tatweel attach to the previous character for span mapping.
for (let c = 0x064b; c <= 0x065f; c++) ATTACH[c] = 1;
ATTACH[0x0670] = 1;
ATTACH[0x0640] = 1;
for (let c = 0x0610; c <= 0x061a; c++) ATTACH[c] = 1;
for (let c = 0x06d6; c <= 0x06ed; c++) ATTACH[c] = 1;
for (let c = 0x08d3; c <= 0x08ff; c++) ATTACH[c] = 1;

const MATCH_SEATS = buildMatch(true);
const MATCH_NO_SEATS = buildMatch(false);

/**
 * Code units near which NFC may change the text (combining marks that compose, singleton
 * decompositions, Hangul jamo). Arabic harakat are not listed: at match level they are deleted,
 * so their canonical order does not matter.
 */
const NFC_SENSITIVE = new Uint8Array(0x10000);
for (const [a, b] of [
  [0x0300, 0x036f],
  [0x0374, 0x0387],
  [0x0591, 0x05c7],
  [0x0653, 0x0655],
  [0x0900, 0x0dff],
  [0x1100, 0x11ff],
  [0x1b00, 0x1b4f],
  [0x1e00, 0x1fff],
  [0x2000, 0x2001],
  [0x2126, 0x212b],
  [0x2329, 0x232a],
  [0x3099, 0x309a],
  [0xf900, 0xfaff],
  [0xfb1d, 0xfb4f],
] as const) {
  for (let c = a; c <= b; c++) NFC_SENSITIVE[c] = 1;
}

/** Fast-path table value: the code unit is NFC-sensitive; check the text's NFC first. */
const NFCX = 0xfffd;

/** A copy of a table with NFC-sensitive code units marked {@link NFCX}. */
function withNfcCheck(t: Uint16Array): Uint16Array {
  const f = t.slice();
  for (let c = 0; c < 0x10000; c++) if (NFC_SENSITIVE[c] === 1) f[c] = NFCX;
  return f;
}
const FAST_SEATS = withNfcCheck(MATCH_SEATS.table);
const FAST_NO_SEATS = withNfcCheck(MATCH_NO_SEATS.table);

function tablesFor(
  level: NormalizationLevel,
  options: NormalizeOptions | undefined,
): { table: Uint16Array; exp: Map<number, string> } {
  if (level === 'display') return { table: DISPLAY, exp: DISPLAY_EXP };
  return options?.hamzaSeats === false ? MATCH_NO_SEATS : MATCH_SEATS;
}

function nfcSensitive(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NFC_SENSITIVE[text.charCodeAt(i)] === 1) return true;
  return false;
}

// --- fast path ---------------------------------------------------------------------------

/**
 * Match-level normalisation without an offset map (the hot path for index terms and keys).
 * Equal to `normalize(text, 'match', options).text`.
 */
export function normalizeMatch(text: string, options?: NormalizeOptions): string {
  const noSeats = options?.hamzaSeats === false;
  const { table, exp } = noSeats ? MATCH_NO_SEATS : MATCH_SEATS;
  return mapFast(text, noSeats ? FAST_NO_SEATS : FAST_SEATS, table, exp);
}

/**
 * Map `text` through `fast` (a table that may flag NFC-sensitive units); on the first flagged
 * unit, NFC the text and redo it with the plain `table`.
 */
function mapFast(text: string, fast: Uint16Array, table: Uint16Array, exp: Map<number, string>): string {
  let out = '';
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = fast[c] as number;
    if (r === c) continue;
    if (r === NFCX && fast !== table) return mapFast(text.normalize('NFC'), table, table, exp);
    if (r === DEL) out += text.slice(last, i);
    else if (r === EXP) out += text.slice(last, i) + (exp.get(c) ?? '');
    else out += text.slice(last, i) + String.fromCharCode(r);
    last = i + 1;
  }
  if (last === 0) return text;
  return out + text.slice(last);
}

// --- mapped path -------------------------------------------------------------------------

/** A growable UTF-16 buffer with per-unit original offsets. */
class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.codes = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const cap = this.codes.length * 2;
    const c = new Uint16Array(cap);
    c.set(this.codes);
    const s = new Int32Array(cap);
    s.set(this.starts);
    const e = new Int32Array(cap);
    e.set(this.ends);
    this.codes = c;
    this.starts = s;
    this.ends = e;
  }
  text(): string {
    // Reading the code units as UTF-16LE bytes copies them as they are (lone surrogates
    // included), ~20× faster than String.fromCharCode over spread chunks.
    return Buffer.from(this.codes.buffer, this.codes.byteOffset, this.length * 2).toString('utf16le');
  }
}

/** A source string with, per code unit, the original span it came from (identity when null). */
interface Source {
  readonly s: string;
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

const MARK_RE = /\p{M}/u;
let markTable: Uint8Array | undefined;
/** BMP code units that are combining marks (or Hangul jamo vowels/finals), built on first use. */
function marks(): Uint8Array {
  if (markTable) return markTable;
  const t = new Uint8Array(0x10000);
  for (let c = 0x300; c < 0xd800; c++) if (MARK_RE.test(String.fromCharCode(c))) t[c] = 1;
  for (let c = 0xe000; c < 0x10000; c++) if (MARK_RE.test(String.fromCharCode(c))) t[c] = 1;
  for (let c = 0x1160; c <= 0x11ff; c++) t[c] = 1;
  markTable = t;
  return t;
}

/**
 * NFC with offsets: runs of characters without marks are normalised together and mapped one
 * to one when their length is unchanged; a base character with its marks is normalised as a
 * cluster whose every output unit maps to the whole cluster.
 */
function nfcSource(text: string): Source {
  const m = marks();
  const b = new Builder(text.length);
  const n = text.length;
  let i = 0;
  const emitRun = (from: number, to: number): void => {
    if (from >= to) return;
    const run = text.slice(from, to);
    const nf = run.normalize('NFC');
    if (nf.length === run.length) {
      for (let k = 0; k < nf.length; k++) b.push(nf.charCodeAt(k), from + k, from + k + 1);
      return;
    }
    // Rare: a singleton changing length; fall back code point by code point.
    let k = from;
    while (k < to) {
      const cp = text.codePointAt(k) ?? 0;
      const w = cp > 0xffff ? 2 : 1;
      const piece = text.slice(k, k + w).normalize('NFC');
      for (let j = 0; j < piece.length; j++) b.push(piece.charCodeAt(j), k, k + w);
      k += w;
    }
  };
  let runStart = 0;
  while (i < n) {
    // Find the next mark.
    const c = text.charCodeAt(i);
    if (m[c] !== 1) {
      i++;
      continue;
    }
    // Cluster: the base before this mark (if any) plus all following marks.
    let base = i - 1;
    if (base >= runStart && base > 0) {
      const lo = text.charCodeAt(base);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const hi = text.charCodeAt(base - 1);
        if (hi >= 0xd800 && hi <= 0xdbff && base - 1 >= runStart) base--;
      }
    }
    if (base < runStart) base = i;
    emitRun(runStart, base);
    let j = i;
    while (j < n && m[text.charCodeAt(j)] === 1) j++;
    const cluster = text.slice(base, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) b.push(cluster.charCodeAt(k), base, j);
    runStart = j;
    i = j;
  }
  emitRun(runStart, n);
  return { s: b.text(), starts: b.starts.subarray(0, b.length), ends: b.ends.subarray(0, b.length) };
}

/**
 * Normalise a text at a level, keeping a map from normalised offsets back to the original
 * text. The original text is never changed. Never throws on any string (lone surrogates are
 * kept as they are).
 */
export function normalize(text: string, level: NormalizationLevel, options?: NormalizeOptions): Normalized {
  const { table, exp } = tablesFor(level, options);
  const needNfc = level === 'display' ? text.normalize('NFC') !== text : nfcSensitive(text) && text.normalize('NFC') !== text;
  const src: Source = needNfc ? nfcSource(text) : { s: text, starts: null, ends: null };
  const s = src.s;
  const n = s.length;
  const b = new Builder(n + 1);
  let changed = needNfc;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const r = table[c] as number;
    const os = src.starts ? (src.starts[i] as number) : i;
    const oe = src.ends ? (src.ends[i] as number) : i + 1;
    if (r === c) b.push(c, os, oe);
    else {
      changed = true;
      if (r === DEL) {
        if (ATTACH[c] === 1 && b.length > 0) {
          const last = b.length - 1;
          if ((b.ends[last] as number) < oe) b.ends[last] = oe;
        }
      } else if (r === EXP) {
        const e = exp.get(c) ?? '';
        for (let k = 0; k < e.length; k++) b.push(e.charCodeAt(k), os, oe);
      } else b.push(r, os, oe);
    }
  }
  const out = changed ? b.text() : text;
  return new MappedText(out, b.starts.subarray(0, b.length), b.ends.subarray(0, b.length), text.length);
}

class MappedText implements Normalized {
  readonly text: string;
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #origLength: number;
  constructor(text: string, starts: Int32Array, ends: Int32Array, origLength: number) {
    this.text = text;
    this.#starts = starts;
    this.#ends = ends;
    this.#origLength = origLength;
  }
  toOriginal(offset: number): number {
    const n = this.#starts.length;
    if (!(offset > 0)) return n > 0 ? Math.min(this.#starts[0] as number, 0) : 0;
    if (offset >= n) return this.#origLength;
    return this.#starts[Math.floor(offset)] as number;
  }
  toOriginalSpan(s: Span): Span {
    const n = this.#starts.length;
    const start = Math.max(0, Math.min(n, Math.floor(s.start)));
    const end = Math.max(start, Math.min(n, Math.floor(s.end)));
    if (end === start) {
      const o = start >= n ? this.#origLength : (this.#starts[start] as number);
      return { start: o, end: o };
    }
    const os = this.#starts[start] as number;
    let oe = this.#ends[end - 1] as number;
    if (oe < os) oe = os;
    return { start: os, end: oe };
  }
}
