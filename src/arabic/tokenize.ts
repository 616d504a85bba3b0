/**
 * The kind of a token.
 *
 * - `arabic`: a run of Arabic-script letters, with any harakat, Quranic marks and tatweel inside
 *   or after it kept in the token;
 * - `latin`: a word in any other letter script (Latin, Cyrillic, Greek, CJK…), with combining
 *   marks, ASCII digits after a letter (`G20`, `H1N1`) and an inner apostrophe (`O'Brien`);
 * - `number`: digits in any digit system, see {@link tokenize};
 * - `punct`: a punctuation character, or a run of the same one (`...`, `!!`, `؟؟`);
 * - `symbol`: any other visible character (`%`, `$`, `+`, emoji, lone surrogates), one per token.
 */
export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct' | 'symbol';

/** A token: a `[start, end)` range of the ORIGINAL text, with its text and kind. */
export interface Token {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
  /** Always `original.slice(start, end)`. */
  text: string;
  kind: TokenKind;
}

// Character classes.
const UNKNOWN = 0;
const SPACE = 1; // white space, controls, format characters (zero-width, bidi): separators
const AR_LETTER = 2;
const AR_MARK = 3; // harakat, Quranic marks, tatweel
const DIGIT = 4;
const LETTER = 5; // letters of other scripts
const MARK = 6; // combining marks of other scripts
const PUNCT = 7;
const SYMBOL = 8;
const HIGH = 9; // high surrogate
const LOW = 10; // low surrogate

const CLASS = new Uint8Array(0x10000);
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_SPACE = /^[\s\p{Z}\p{Cc}\p{Cf}]$/u;
const RE_PUNCT = /^\p{P}$/u;

function isArabicBlock(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x0870 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefe)
  );
}

/** Classify a code point (for BMP units the result is cached). */
function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (cp === 0x0640) return AR_MARK;
  if (RE_SPACE.test(ch)) return SPACE;
  if (RE_DIGIT.test(ch)) return DIGIT;
  const arabic = isArabicBlock(cp);
  if (RE_LETTER.test(ch)) return arabic ? AR_LETTER : LETTER;
  if (RE_MARK.test(ch)) return arabic ? AR_MARK : MARK;
  if (cp === 0x25 || cp === 0x066a || cp === 0x2030 || cp === 0x0609 || cp === 0x060a) return SYMBOL; // per cent/mille
  if (RE_PUNCT.test(ch)) return PUNCT;
  return SYMBOL;
}

for (let c = 0; c < 0x80; c++) CLASS[c] = classifyCodePoint(c);
for (let c = 0x0600; c <= 0x06ff; c++) CLASS[c] = classifyCodePoint(c);
for (let c = 0xd800; c <= 0xdbff; c++) CLASS[c] = HIGH;
for (let c = 0xdc00; c <= 0xdfff; c++) CLASS[c] = LOW;

function cls(c: number): number {
  const k = CLASS[c] as number;
  if (k !== UNKNOWN) return k;
  const v = classifyCodePoint(c);
  CLASS[c] = v;
  return v;
}

/** The class of the character (code point) at `i`, and its width in code units. */
function classAt(text: string, i: number): number {
  const k = cls(text.charCodeAt(i));
  if (k === HIGH) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return classifyCodePoint(text.codePointAt(i) ?? 0);
    return SYMBOL;
  }
  if (k === LOW) return SYMBOL;
  return k;
}

function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return 2;
  }
  return 1;
}

function isDigit(text: string, i: number): boolean {
  return i < text.length && cls(text.charCodeAt(i)) === DIGIT;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && cls(text.charCodeAt(i)) === DIGIT) i++;
  return i;
}

const COMMA = 0x2c;
const AR_THOUSANDS = 0x066c;
const DOT = 0x2e;
const AR_DECIMAL = 0x066b;
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

function isRangeDash(c: number): boolean {
  return c === HYPHEN || c === EN_DASH;
}

/**
 * End of a single number starting at digit `i`: digits, thousands groups (`,` or `٬` followed by
 * exactly three digits, after a first group of one to three digits) and a decimal part (`.` or
 * `٫` and digits, unless another `.digit` follows, as in a dotted date or version).
 */
function scanNumber(text: string, i: number): number {
  let j = digitsEnd(text, i);
  if (j - i <= 3) {
    for (;;) {
      const c = text.charCodeAt(j);
      if ((c === COMMA || c === AR_THOUSANDS) && digitsEnd(text, j + 1) === j + 4) j += 4;
      else break;
    }
  }
  const c = text.charCodeAt(j);
  if ((c === DOT || c === AR_DECIMAL) && isDigit(text, j + 1)) {
    const k = digitsEnd(text, j + 1);
    const d = text.charCodeAt(k);
    if (!((d === DOT || d === AR_DECIMAL) && isDigit(text, k + 1))) j = k;
  }
  return j;
}

/**
 * Split a text into tokens with offsets into the original text. Never throws.
 *
 * - Separators (white space, controls, zero-width and bidi marks) never appear in or as tokens;
 *   a zero-width character inside a word splits it.
 * - A change of script splits a word (`يoon` → `ي` + `oon`).
 * - Numbers: `6,000`, `٦٬٠٠٠`, `10.5`, `٢٫٥` and ranges of exactly two numbers joined by a hyphen
 *   or en dash without spaces (`25-30`) are one token. Chains of three or more (`2024-12-03`),
 *   dotted dates (`3.12.2024`), times (`10:30`) and fractions (`3/4`) are NOT one token: their
 *   numbers and separators are separate tokens (dates and times are read by the date stage from
 *   the text). Signs and `%` are separate tokens.
 * - Stray marks or tatweel not attached to a letter are dropped (they form no token).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind): void => {
    tokens.push({ start, end, text: text.slice(start, end), kind });
  };
  while (i < n) {
    const k = classAt(text, i);
    switch (k) {
      case SPACE:
      case AR_MARK:
      case MARK:
        i += widthAt(text, i);
        break;
      case AR_LETTER: {
        let j = i + 1;
        while (j < n) {
          const c = cls(text.charCodeAt(j));
          if (c === AR_LETTER || c === AR_MARK) j++;
          else break;
        }
        push(i, j, 'arabic');
        i = j;
        break;
      }
      case LETTER: {
        let j = i + widthAt(text, i);
        while (j < n) {
          const c = classAt(text, j);
          if (c === LETTER || c === MARK) j += widthAt(text, j);
          else if (c === DIGIT && text.charCodeAt(j) < 0x80) j++;
          else if (
            (text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x2019) &&
            j + 1 < n &&
            classAt(text, j + 1) === LETTER
          )
            j++;
          else break;
        }
        push(i, j, 'latin');
        i = j;
        break;
      }
      case DIGIT: {
        // A chain already started before this number (…-12-03, 3.12.2024): plain digits only.
        const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
        const chained =
          (isRangeDash(prev) || prev === 0x2f || prev === DOT || prev === AR_DECIMAL || prev === 0x3a) &&
          i >= 2 &&
          isDigit(text, i - 2);
        let j = chained ? digitsEnd(text, i) : scanNumber(text, i);
        const d = text.charCodeAt(j);
        if (!chained && isRangeDash(d) && isDigit(text, j + 1)) {
          const k2 = scanNumber(text, j + 1);
          const e = text.charCodeAt(k2);
          if (!((isRangeDash(e) || e === 0x2f) && isDigit(text, k2 + 1))) j = k2;
        }
        push(i, j, 'number');
        i = j;
        break;
      }
      case PUNCT: {
        const c = text.charCodeAt(i);
        const w = widthAt(text, i);
        if (w === 2) {
          push(i, i + 2, 'punct');
          i += 2;
          break;
        }
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === c) j++;
        push(i, j, 'punct');
        i = j;
        break;
      }
      default: {
        const w = widthAt(text, i);
        push(i, i + w, 'symbol');
        i += w;
      }
    }
  }
  return tokens;
}
