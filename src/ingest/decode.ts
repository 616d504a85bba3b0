import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { message, type Message } from '../core/message.js';
import { binaryReason } from './sniff.js';

/** A successful decoding: the text, the encoding used (WHATWG name) and any problems found. */
export interface Decoded {
  text: string;
  /** WHATWG encoding name: `utf-8`, `utf-16le`, `utf-16be`, `windows-1256`, `iso-8859-6`, … */
  encoding: string;
  messages: Message[];
}

/** The bytes are not text (an image, an archive, an executable…). */
export interface NotText {
  binary: true;
  /** Why, e.g. `PNG image (magic bytes)` or `NUL byte at offset 12`. */
  reason: string;
}

/** The legacy Arabic encodings tried when bytes are not UTF-8. */
const LEGACY_CANDIDATES = ['windows-1256', 'iso-8859-6'] as const;

/** Bytes scored when choosing a legacy encoding (single-byte encodings can be cut anywhere). */
const SCORE_SAMPLE_BYTES = 256 * 1024;

const decoders = new Map<string, TextDecoder>();

/** A cached non-fatal decoder for a WHATWG label, or undefined when the label is unknown. */
function decoderFor(label: string): TextDecoder | undefined {
  const cached = decoders.get(label);
  if (cached) return cached;
  let d: TextDecoder;
  try {
    d = new TextDecoder(label);
  } catch {
    return undefined;
  }
  decoders.set(label, d);
  return d;
}

/** Where the first invalid sequence starts, how many there are, and how many valid multi-byte sequences. */
interface Utf8Scan {
  invalid: number;
  firstInvalid: number;
  multibyte: number;
}

/**
 * Scan UTF-8 following the WHATWG decoder, so that `invalid` equals the number of U+FFFD a
 * non-fatal decoder inserts.
 */
function scanUtf8(b: Uint8Array, start: number): Utf8Scan {
  let invalid = 0;
  let firstInvalid = -1;
  let multibyte = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let seqStart = 0;
  const fail = (at: number): void => {
    if (invalid === 0) firstInvalid = at;
    invalid++;
  };
  let i = start;
  while (i < b.length) {
    const byte = b[i]!;
    if (needed === 0) {
      if (byte <= 0x7f) {
        i++;
        continue;
      }
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        fail(i);
        i++;
        continue;
      }
      seqStart = i;
      i++;
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence is cut short: one replacement, and this byte is looked at again.
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      fail(seqStart);
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen++;
    i++;
    if (seen === needed) {
      multibyte++;
      needed = 0;
      seen = 0;
    }
  }
  if (needed > 0) fail(seqStart);
  return { invalid, firstInvalid, multibyte };
}

/** Lone surrogates (and a dangling odd byte) in UTF-16, counted as a non-fatal decoder replaces them. */
function scanUtf16(b: Uint8Array, start: number, littleEndian: boolean): { invalid: number; firstInvalid: number } {
  let invalid = 0;
  let firstInvalid = -1;
  const fail = (at: number): void => {
    if (invalid === 0) firstInvalid = at;
    invalid++;
  };
  const unit = (i: number): number => (littleEndian ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  let i = start;
  for (; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < b.length) {
        const next = unit(i + 2);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i += 2;
          continue;
        }
      }
      fail(i);
    } else if (u >= 0xdc00 && u <= 0xdfff) fail(i);
  }
  if (i < b.length) fail(i);
  return { invalid, firstInvalid };
}

/**
 * How Arabic-like a decoding looks: Arabic letters and the common `ال` score up; replacement
 * characters, control characters, Latin-1 letters (what Arabic looks like in the wrong
 * single-byte encoding) and `ط`/`ظ` followed by a symbol (UTF-8 read as Windows-1256) score
 * down. ASCII is neutral, as every candidate decodes it alike.
 */
export function arabicScore(text: string): number {
  let s = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) s -= 5;
    } else if (c >= 0x0621 && c <= 0x064a) {
      s += 2;
      if (c === 0x0644 && prev === 0x0627) s += 3;
    } else if (prev === 0x0637 || prev === 0x0638) {
      // ط or ظ followed by a symbol or rare letter: UTF-8 Arabic read as Windows-1256 (lead byte D8/D9).
      s -= 4;
    } else if (c >= 0x0600 && c <= 0x06ff) s += 1;
    else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) s -= 8;
    else if (c >= 0xc0 && c <= 0x24f) s -= 3;
    else if (c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2010 && c <= 0x2026)) s += 0;
    else s -= 1;
    prev = c;
  }
  return s;
}

function countReplacement(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  let at = text.indexOf('\uFFFD');
  while (at !== -1) {
    if (count === 0) first = at;
    count++;
    at = text.indexOf('\uFFFD', at + 1);
  }
  return { count, first };
}

/** Multi-byte legacy encodings, where a character index is not a byte offset. */
const MULTIBYTE_LEGACY = new Set(['gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

function invalidMessage(
  label: string | undefined,
  encoding: string,
  count: number,
  firstOffset: number,
  unit: 'byte' | 'character' = 'byte',
): Message {
  const who = label === undefined ? '' : `${label}: `;
  return message(
    'ENC_INVALID_BYTES',
    'warning',
    `${who}${count} invalid byte sequence${count === 1 ? '' : 's'} in ${encoding} replaced with U+FFFD; the first at ${unit} offset ${firstOffset}`,
    { source: label },
  );
}

function utf8Result(bytes: Uint8Array, start: number, label: string | undefined, scan?: Utf8Scan): Decoded {
  const body = start === 0 ? bytes : bytes.subarray(start);
  const text = decoderFor('utf-8')!.decode(body);
  const messages: Message[] = [];
  const s = scan ?? (isUtf8(body) ? undefined : scanUtf8(bytes, start));
  if (s && s.invalid > 0) messages.push(invalidMessage(label, 'utf-8', s.invalid, s.firstInvalid));
  return { text, encoding: 'utf-8', messages };
}

function utf16Result(bytes: Uint8Array, start: number, littleEndian: boolean, label: string | undefined): Decoded {
  const encoding = littleEndian ? 'utf-16le' : 'utf-16be';
  // ignoreBOM: the BOM (if any) is skipped through `start` already.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(start));
  const messages: Message[] = [];
  const s = scanUtf16(bytes, start, littleEndian);
  if (s.invalid > 0) messages.push(invalidMessage(label, encoding, s.invalid, s.firstInvalid));
  return { text, encoding, messages };
}

function singleByteResult(bytes: Uint8Array, decoder: TextDecoder, label: string | undefined): Decoded {
  const text = decoder.decode(bytes);
  const messages: Message[] = [];
  // Single-byte: character i is byte i, so the first U+FFFD's index is its byte offset.
  const r = countReplacement(text);
  const unit = MULTIBYTE_LEGACY.has(decoder.encoding) ? 'character' : 'byte';
  if (r.count > 0) messages.push(invalidMessage(label, decoder.encoding, r.count, r.first, unit));
  return { text, encoding: decoder.encoding, messages };
}

/** Guess BOM-less UTF-16 from where the zero (and Arabic 0x06) high bytes sit. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenHigh = 0; // even bytes look like high bytes (BE)
  let oddHigh = 0; // odd bytes look like high bytes (LE)
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 || a === 0x06) evenHigh++;
    if (b === 0 || b === 0x06) oddHigh++;
    if (a === 0) evenZero++;
    if (b === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddHigh >= 0.9 * pairs && evenZero <= 0.05 * pairs && oddZero > 0) return 'utf-16le';
  if (evenHigh >= 0.9 * pairs && oddZero <= 0.05 * pairs && evenZero > 0) return 'utf-16be';
  return undefined;
}

/** Pick the best-scoring legacy decoding (scoring a sample), then decode all of it. */
function detectLegacy(bytes: Uint8Array, label: string | undefined, utf8Scan: Utf8Scan): Decoded {
  const sample = bytes.length > SCORE_SAMPLE_BYTES ? bytes.subarray(0, SCORE_SAMPLE_BYTES) : bytes;
  let best: { label: string; score: number } | undefined;
  for (const cand of LEGACY_CANDIDATES) {
    const score = arabicScore(decoderFor(cand)!.decode(sample));
    if (!best || score > best.score) best = { label: cand, score };
  }
  // A damaged UTF-8 file may still read better as UTF-8 with replacements; and when no legacy
  // decoding looks like Arabic text at all, UTF-8 with replacements is the honest default.
  const utf8Score = arabicScore(decoderFor('utf-8')!.decode(sample));
  if (!best || best.score <= 0 || utf8Score >= best.score) return utf8Result(bytes, 0, label, utf8Scan);
  const out = singleByteResult(bytes, decoderFor(best.label)!, label);
  const who = label === undefined ? '' : `${label}: `;
  out.messages.unshift(
    message('ENC_DETECTED', 'info', `${who}not UTF-8 and no charset declared; decoded as ${out.encoding} (detected)`, {
      source: label,
    }),
  );
  return out;
}

/** Decode with no declared charset: UTF-8 when it fits, else a detected legacy Arabic encoding. */
function detect(bytes: Uint8Array, label: string | undefined): Decoded {
  if (isUtf8(bytes)) return utf8Result(bytes, 0, label, { invalid: 0, firstInvalid: -1, multibyte: 0 });
  const scan = scanUtf8(bytes, 0);
  // At least as many valid multi-byte sequences as invalid ones: damaged UTF-8 (cut off at the
  // end, a few bad bytes), not a legacy encoding — Arabic in Windows-1256 or ISO-8859-6 forms
  // a valid UTF-8 pair only by chance (a letter followed by «،», «؛», «؟»), a few per hundred
  // invalid ones.
  if (scan.multibyte > 0 && scan.invalid <= scan.multibyte) return utf8Result(bytes, 0, label, scan);
  return detectLegacy(bytes, label, scan);
}

/** The WHATWG encoding a charset label names, or undefined when unknown. */
export function encodingForLabel(label: string): string | undefined {
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === '') return undefined;
  return decoderFor(clean)?.encoding;
}

/**
 * Decode bytes to text. Order: a BOM (UTF-8, UTF-16 LE/BE) wins; binary content (magic
 * numbers, NUL bytes that are not BOM-less UTF-16, many control bytes) is refused; then the
 * declared charset `hint` (from an HTML meta, an XML declaration or HTTP) is honoured unless
 * the bytes are plainly UTF-8 instead; else UTF-8 when it fits (a few invalid sequences are
 * replaced), or the best-scoring of Windows-1256 and ISO-8859-6. Invalid sequences become
 * U+FFFD with an `ENC_INVALID_BYTES` message naming the byte offset of the first and the count;
 * never throws for data. `label` (the file name) is used in message texts; `source` (default:
 * `label`) is set as the messages' `source`.
 */
export function decodeBytes(bytes: Uint8Array, hint?: string, label?: string, source?: string): Decoded | NotText {
  const r = decodeInner(bytes, hint, label);
  if (source !== undefined && isDecoded(r)) r.messages = r.messages.map((m) => ({ ...m, source }));
  return r;
}

function decodeInner(bytes: Uint8Array, hint: string | undefined, label: string | undefined): Decoded | NotText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return utf8Result(bytes, 3, label);
  if (b0 === 0xff && b1 === 0xfe) return utf16Result(bytes, 2, true, label);
  if (b0 === 0xfe && b1 === 0xff) return utf16Result(bytes, 2, false, label);

  const binary = binaryReason(bytes);
  if (binary !== undefined) {
    if (binary.nul) {
      const u16 = bomlessUtf16(bytes);
      if (u16 !== undefined) {
        const out = utf16Result(bytes, 0, u16 === 'utf-16le', label);
        const who = label === undefined ? '' : `${label}: `;
        out.messages.unshift(
          message('ENC_DETECTED', 'info', `${who}no BOM; decoded as ${u16} (detected from the byte pattern)`, {
            source: label,
          }),
        );
        return out;
      }
    }
    return { binary: true, reason: binary.reason };
  }

  if (hint !== undefined && hint.trim() !== '') {
    const who = label === undefined ? '' : `${label}: `;
    const enc = encodingForLabel(hint);
    if (enc === undefined) {
      const out = detect(bytes, label);
      out.messages.unshift(
        message('ENC_UNKNOWN_CHARSET', 'warning', `${who}unknown charset "${hint.trim()}" declared; decoded as ${out.encoding}`, {
          source: label,
        }),
      );
      return out;
    }
    if (enc === 'utf-8' || enc === 'utf-16le' || enc === 'utf-16be') {
      // A UTF-16 declaration in ASCII-compatible bytes is wrong (WHATWG reads it as UTF-8).
      if (isUtf8(bytes)) return utf8Result(bytes, 0, label, { invalid: 0, firstInvalid: -1, multibyte: 0 });
      const out = detect(bytes, label);
      if (out.encoding !== 'utf-8') {
        out.messages.unshift(
          message('ENC_DECLARED_MISMATCH', 'warning', `${who}declared ${enc} but the bytes are not; decoded as ${out.encoding}`, {
            source: label,
          }),
        );
      }
      return out;
    }
    // A legacy charset declared, but the bytes are valid UTF-8 with non-ASCII text: UTF-8 it is.
    if (isUtf8(bytes) && scanUtf8(bytes, 0).multibyte > 0) {
      const out = utf8Result(bytes, 0, label, { invalid: 0, firstInvalid: -1, multibyte: 1 });
      out.messages.push(
        message('ENC_DECLARED_MISMATCH', 'warning', `${who}declared ${enc} but the bytes are UTF-8; decoded as utf-8`, {
          source: label,
        }),
      );
      return out;
    }
    // Arabic pages often declare windows-1252 (or ISO-8859-1, which WHATWG reads as windows-1252).
    if (enc === 'windows-1252') {
      const sample = bytes.length > SCORE_SAMPLE_BYTES ? bytes.subarray(0, SCORE_SAMPLE_BYTES) : bytes;
      const declared = arabicScore(decoderFor('windows-1252')!.decode(sample));
      const arabic = arabicScore(decoderFor('windows-1256')!.decode(sample));
      if (arabic > declared + 20) {
        const out = singleByteResult(bytes, decoderFor('windows-1256')!, label);
        out.messages.unshift(
          message('ENC_DECLARED_MISMATCH', 'warning', `${who}declared ${hint.trim()} but the text reads as Arabic; decoded as windows-1256`, {
            source: label,
          }),
        );
        return out;
      }
    }
    return singleByteResult(bytes, decoderFor(enc)!, label);
  }
  return detect(bytes, label);
}

/** True when `r` is a successful decoding. */
export function isDecoded(r: Decoded | NotText): r is Decoded {
  return !('binary' in r);
}
