/**
 * The small scanner behind {@link findNumbers}: it splits a match-normalised text into the
 * tokens the number grammar needs (Arabic words, digit numbers, Latin words, single
 * punctuation characters) and recognises the digit strings that are not quantities (dates,
 * clock times, phone numbers, codes glued to Latin letters, URL paths).
 *
 * @module
 */

/** The kind of a {@link NumberToken}. */
export type NumberTokenKind =
  /** Arabic word. */
  | 'w'
  /** A digit number (value in {@link NumberToken.value}). */
  | 'n'
  /** Latin word. */
  | 'l'
  /** One punctuation or symbol character (or a lone surrogate / astral character). */
  | 'p'
  /** Digits that are not a quantity: a date, a clock time, a phone number, a code. */
  | 'x';

/** A token of the normalised text, with offsets into that text. */
export interface NumberToken {
  readonly kind: NumberTokenKind;
  /** Start offset in the normalised text. */
  readonly start: number;
  /** End offset in the normalised text. */
  readonly end: number;
  /** The token's text (normalised). */
  readonly form: string;
  /** Whitespace (or the start of the text) right before the token. */
  readonly gap: boolean;
  /** A line break in the whitespace before the token. */
  readonly newline: boolean;
  /** For `n`: the value (`undefined` when the digits overflow a double). */
  readonly value: number | undefined;
  /** For `n`: a plain integer (no separators, no decimals, no fraction bar). */
  readonly plainInt: boolean;
  /** For `n`: written `a/b` (a fraction). */
  readonly fraction: boolean;
  /** For `n`: the digits as written, without grouping commas (for decimals after فاصلة); '' otherwise. */
  readonly digits: string;
}

/** The fields a scanner step supplies (the rest are filled in by `push`). */
interface TokenParts {
  kind: NumberTokenKind;
  start: number;
  end: number;
  form: string;
  value?: number | undefined;
  plainInt?: boolean;
  fraction?: boolean;
  digits?: string;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatin = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Arabic letters after match normalisation (marks are gone; tatweel too). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;

// Sticky patterns, run at a digit.
/** Three or more digit groups joined by the same separator: dates, versions, IPs, phone numbers. */
const MULTI_GROUP = /\d+([/.-])\d+(?:\1\d+)+/y;
/** The same with spaces around `/` or `-` (19 / 10 / 1436، 30 -12 -1436). */
const MULTI_GROUP_SPACED = /\d+ *([/-]) *\d+(?: *\1 *\d+)+/y;
/** Clock times (10:30, 10:30:15) and similar. */
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y;
/** A number with thousands groups or plain digits, and optional decimals. */
const GROUPED = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?/y;
/** European thousands with dots and at least two groups (1.000.000). */
const DOT_THOUSANDS = /\d{1,3}(?:\.\d{3}){2,}(?![\d.])/y;
const PLAIN = /\d+(?:\.(\d+))?/y;
/** A decimal comma (2,5), only with one or two decimals and no further comma group. */
const DECIMAL_COMMA = /,(\d{1,2})(?![\d]|,\d)/y;
/**
 * The newspaper decimal with ر (Al-Ahram style): `5ر2` is 2.5 — the fraction is typed first so
 * that it shows to the right of the ر in right-to-left display.
 */
const RA_DECIMAL = /(\d+)\u0631(\d+)(?![\d\u0621-\u064a])/y;
/** The denominator of a fraction a/b. */
const DENOMINATOR = /\/(\d+)(?![\d/])/y;
/** Phone continuation: space or hyphen separated digit groups. */
const PHONE_REST = /(?:[ -]\d{2,})+/y;

function stickyMatch(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * Tokenise a match-normalised text for the number grammar.
 *
 * @param s the normalised text
 * @param isArabicComma tells whether the `,` at a normalised offset was an Arabic comma (،)
 *   in the original text (a list separator, never a digit group separator)
 */
export function numberTokens(s: string, isArabicComma: (offset: number) => boolean): NumberToken[] {
  const out: NumberToken[] = [];
  const n = s.length;
  let gap = true;
  let newline = false;
  let i = 0;
  const push = (t: TokenParts): void => {
    // Built field by field (not spread) so that every token has the same shape: spreading is
    // an order of magnitude slower here.
    out.push({
      kind: t.kind,
      start: t.start,
      end: t.end,
      form: t.form,
      gap,
      newline,
      value: t.value,
      plainInt: t.plainInt === true,
      fraction: t.fraction === true,
      digits: t.digits ?? '',
    });
    gap = false;
    newline = false;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      gap = true;
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) newline = true;
      i++;
      continue;
    }
    if (isDigit(c) || (c === 0x2e && i + 1 < n && isDigit(s.charCodeAt(i + 1)) && (i === 0 || !isDigit(s.charCodeAt(i - 1))))) {
      const before = out.length;
      // Right after a code and one separator (/2024/05): the path goes on.
      const code = out[out.length - 2];
      const afterCode = code !== undefined && code.kind === 'x' && code.end === i - 1;
      const next = scanNumber(s, i, push, isArabicComma, afterCode);
      // Every step must move on (a guard: a scanner bug must never hang on some input).
      if (next <= i) {
        out.length = before;
        push({ kind: 'p', start: i, end: i + 1, form: s.slice(i, i + 1) });
        i++;
      } else i = next;
      continue;
    }
    if (isArabicLetter(c)) {
      let j = i + 1;
      while (j < n && isArabicLetter(s.charCodeAt(j))) j++;
      push({ kind: 'w', start: i, end: j, form: s.slice(i, j) });
      i = j;
      continue;
    }
    if (isLatin(c)) {
      let j = i + 1;
      while (j < n && isLatin(s.charCodeAt(j))) j++;
      push({ kind: 'l', start: i, end: j, form: s.slice(i, j) });
      i = j;
      continue;
    }
    // One character (a surrogate pair counts as one).
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = s.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    push({ kind: 'p', start: i, end: j, form: s.slice(i, j) });
    i = j;
  }
  return out;
}

function scanNumber(
  s: string,
  i: number,
  push: (t: TokenParts) => void,
  isArabicComma: (offset: number) => boolean,
  afterCode: boolean,
): number {
  const n = s.length;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
  const code = (end: number): number => {
    push({ kind: 'x', start: i, end, form: s.slice(i, end) });
    return end;
  };
  const digitRunEnd = (from: number): number => {
    let j = from;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    return j;
  };

  // Codes: glued to a Latin letter (F16, mp3), inside a path or URL (/2024/05), after a word
  // and a hyphen (كوفيد-19, إس-400), or an international phone number (+966…).
  const prev2 = i > 1 ? s.charCodeAt(i - 2) : 0x20;
  if (
    isLatin(prev) ||
    ('/\\_=#@&?:'.includes(String.fromCharCode(prev)) && i > 1 && (isLatin(prev2) || (isDigit(prev2) && afterCode))) ||
    (prev === 0x2d && (isLatin(prev2) || isArabicLetter(prev2)))
  ) {
    let j = digitRunEnd(s.charCodeAt(i) === 0x2e ? i + 1 : i);
    while (j < n && (isLatin(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
    return code(j);
  }
  if (prev === 0x2b) {
    // +966 50 123 4567 is a phone number; +5% or +0.5 is a signed number.
    const j = digitRunEnd(i);
    const rest = stickyMatch(PHONE_REST, s, j);
    const digits = j - i + (rest ? rest[0].replace(/\D/g, '').length : 0);
    if (digits >= 7) return code(rest ? j + rest[0].length : j);
  }
  if (s.charCodeAt(i) !== 0x2e) {
    const dots = stickyMatch(DOT_THOUSANDS, s, i);
    if (dots) {
      const digits = dots[0].replace(/\./g, '');
      const end = i + dots[0].length;
      push({ kind: 'n', start: i, end, form: dots[0], value: finiteOrUndefined(Number(digits)), plainInt: false, digits });
      return end;
    }
    const ra = stickyMatch(RA_DECIMAL, s, i);
    if (ra) {
      const digits = `${ra[2] ?? ''}.${ra[1] ?? ''}`;
      const end = i + ra[0].length;
      push({ kind: 'n', start: i, end, form: ra[0], value: finiteOrUndefined(Number(digits)), plainInt: false, digits });
      return end;
    }
    const multi = stickyMatch(MULTI_GROUP, s, i) ?? stickyMatch(MULTI_GROUP_SPACED, s, i);
    if (multi) return code(i + multi[0].length);
    const clock = stickyMatch(CLOCK, s, i);
    if (clock) return code(i + clock[0].length);
  }

  let m: RegExpExecArray | null;
  let intDigits: string;
  let decimals: string | undefined;
  let end: number;
  if (s.charCodeAt(i) === 0x2e) {
    const j = digitRunEnd(i + 1);
    intDigits = '0';
    decimals = s.slice(i + 1, j);
    end = j;
  } else {
    m = stickyMatch(GROUPED, s, i);
    if (m && m[1]?.includes(',')) {
      // A comma that was an Arabic comma ، is a list separator, not a digit group separator
      // (unless decimals follow the groups: 184،716.34).
      if (m[2] === undefined) {
        let arabic = false;
        for (let k = i; k < i + m[0].length; k++) if (s.charCodeAt(k) === 0x2c && isArabicComma(k)) arabic = true;
        if (arabic) m = stickyMatch(PLAIN, s, i);
      }
    }
    if (!m) return code(digitRunEnd(i)); // unreachable: s[i] is a digit
    intDigits = (m[1]?.includes(',') ? m[1] : (m[0].split('.')[0] ?? '')).replace(/,/g, '');
    decimals = m[2];
    end = i + m[0].length;
    if (decimals === undefined && !m[0].includes(',') && s.charCodeAt(end) === 0x2c && !isArabicComma(end)) {
      const dc = stickyMatch(DECIMAL_COMMA, s, end);
      if (dc) {
        decimals = dc[1];
        end += dc[0].length;
      }
    }
  }
  // Glued to Latin letters after (4g, 100km, 3d): a code, not a quantity.
  if (end < n && isLatin(s.charCodeAt(end))) {
    let j = end;
    while (j < n && (isLatin(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
    return code(j);
  }
  const plainInt = decimals === undefined && !s.slice(i, end).includes(',');
  // Local phone numbers and ids: a leading zero and seven or more digits (0501234567, 011 4567890).
  if (plainInt && intDigits.length >= 2 && intDigits.charCodeAt(0) === 0x30) {
    const rest = stickyMatch(PHONE_REST, s, end);
    const total = intDigits.length + (rest ? rest[0].replace(/\D/g, '').length : 0);
    if (total >= 7) return code(rest ? end + rest[0].length : end);
  }
  // Fractions a/b (Duckling reads ١١/١٠ as 1.1); month/year (12/2024) is a date.
  if (plainInt && s.charCodeAt(end) === 0x2f) {
    const d = stickyMatch(DENOMINATOR, s, end);
    if (d) {
      const den = d[1] ?? '';
      const a = Number(intDigits);
      const b = Number(den);
      const fullEnd = end + d[0].length;
      // Gregorian or Hijri years (1436/1437 is a Hijri academic year).
      const isYear = (x: number, len: number): boolean => len === 4 && ((x >= 1900 && x <= 2100) || (x >= 1300 && x <= 1500));
      if (isYear(b, den.length) && isYear(a, intDigits.length)) {
        // 2023/2024: two years; let the grammar read a range with '/' as the dash.
        push({ kind: 'n', start: i, end, form: s.slice(i, end), value: a, plainInt: true, digits: intDigits });
        return end;
      }
      // A zero or a long odd denominator (6/10994) is a reference number, not a fraction.
      if (b === 0 || b > 1000 || (isYear(b, den.length) && a >= 1 && a <= 12)) return code(fullEnd);
      const v = a / b;
      push({ kind: 'n', start: i, end: fullEnd, form: s.slice(i, fullEnd), value: finiteOrUndefined(v), fraction: true, digits: intDigits });
      return fullEnd;
    }
  }
  const text = decimals === undefined ? intDigits : `${intDigits}.${decimals}`;
  const v = Number(text);
  push({ kind: 'n', start: i, end, form: s.slice(i, end), value: finiteOrUndefined(v), plainInt, digits: text });
  return end;
}

function finiteOrUndefined(v: number): number | undefined {
  return Number.isFinite(v) ? v : undefined;
}
