import { badParam } from './apiError.js';

/** Largest `limit` a list accepts. */
export const MAX_LIMIT = 200;
/** Default `limit` of lists. */
export const DEFAULT_LIMIT = 20;
/** Largest `offset` a list accepts. */
export const MAX_OFFSET = 10_000_000;
/** Longest search query (characters). */
export const MAX_QUERY_CHARS = 1000;
/** Longest other string parameter (characters). */
export const MAX_STRING_CHARS = 200;

/** A page request, validated. */
export interface PageParams {
  readonly limit: number;
  readonly offset: number;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Parse a calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the first (`start`) or last
 * (`end`) day it denotes, as `YYYY-MM-DD`; undefined when it is not a real date.
 */
export function parseDateBound(text: string, bound: 'start' | 'end'): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y < 1) return undefined;
  const month = m[2] === undefined ? (bound === 'start' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(y, month);
  const day = m[3] === undefined ? (bound === 'start' ? 1 : last) : Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads and validates a request's query parameters. Unknown and repeated parameters are
 * refused, so a misspelt filter is an error rather than silently ignored. Every problem is an
 * {@link ApiError} 400 naming the parameter.
 */
export class QueryReader {
  private readonly params: URLSearchParams;

  constructor(url: string, allowed: readonly string[]) {
    this.params = new URL(url, 'http://localhost').searchParams;
    const seen = new Set<string>();
    for (const key of this.params.keys()) {
      if (!allowed.includes(key)) {
        const hint = allowed.length ? `; this route accepts ${allowed.join(', ')}` : '; this route takes no parameters';
        throw badParam(key, `unknown parameter "${key.slice(0, 50)}"${hint}`, 'UNKNOWN_PARAMETER');
      }
      if (seen.has(key)) throw badParam(key, `parameter "${key}" is given more than once`);
      seen.add(key);
    }
  }

  /** A string parameter (trimmed; empty counts as absent), at most `max` characters, no control characters. */
  string(name: string, max = MAX_STRING_CHARS): string | undefined {
    const v = this.params.get(name);
    if (v === null) return undefined;
    const t = v.trim();
    if (t === '') return undefined;
    if (t.length > max) throw badParam(name, `"${name}" is ${t.length} characters long; at most ${max} are accepted`, 'TOO_LONG');
    if (CONTROL.test(t)) throw badParam(name, `"${name}" contains control characters`);
    return t;
  }

  /** A required string parameter. */
  requiredString(name: string, max = MAX_STRING_CHARS): string {
    const v = this.string(name, max);
    if (v === undefined) throw badParam(name, `"${name}" is required`, 'MISSING_PARAMETER');
    return v;
  }

  /** An integer parameter in [min, max]; `dflt` when absent. */
  int(name: string, min: number, max: number, dflt: number): number;
  int(name: string, min: number, max: number): number | undefined;
  int(name: string, min: number, max: number, dflt?: number): number | undefined {
    const v = this.params.get(name);
    if (v === null || v.trim() === '') return dflt;
    const t = v.trim();
    if (!/^-?\d+$/.test(t)) throw badParam(name, `"${name}" must be an integer between ${min} and ${max}, got "${t.slice(0, 40)}"`);
    const n = Number(t);
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw badParam(name, `"${name}" must be an integer between ${min} and ${max}, got ${t.length > 40 ? `${t.slice(0, 40)}…` : t}`);
    }
    return n;
  }

  /** `limit` (1..200, default 20) and `offset` (≥ 0, default 0). */
  page(): PageParams {
    return { limit: this.int('limit', 1, MAX_LIMIT, DEFAULT_LIMIT), offset: this.int('offset', 0, MAX_OFFSET, 0) };
  }

  /** A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the first or last day it denotes. */
  date(name: string, bound: 'start' | 'end'): string | undefined {
    const v = this.string(name, 40);
    if (v === undefined) return undefined;
    const d = parseDateBound(v, bound);
    if (d === undefined) throw badParam(name, `"${name}" must be a real calendar date YYYY-MM-DD (or YYYY-MM, YYYY), got "${v}"`);
    return d;
  }

  /** One of `values` (compared case-insensitively; returns the listed spelling). */
  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const v = this.string(name, 40);
    if (v === undefined) return undefined;
    const hit = values.find((x) => x.toLowerCase() === v.toLowerCase());
    if (hit === undefined) throw badParam(name, `"${name}" must be one of ${values.join(', ')}, got "${v}"`);
    return hit;
  }

  /** A boolean flag: `1`/`true`/`yes` or `0`/`false`/`no`; false when absent. */
  flag(name: string): boolean {
    const v = this.string(name, 10);
    if (v === undefined) return false;
    if (/^(1|true|yes)$/i.test(v)) return true;
    if (/^(0|false|no)$/i.test(v)) return false;
    throw badParam(name, `"${name}" must be 1/true or 0/false, got "${v}"`);
  }
}

/** Validate a path id of a text-keyed record (entity, story, storyline). */
export function textId(id: string, field = 'id'): string {
  if (id.length === 0 || id.length > MAX_STRING_CHARS) throw badParam(field, `"${field}" must be 1 to ${MAX_STRING_CHARS} characters`);
  if (CONTROL.test(id)) throw badParam(field, `"${field}" contains control characters`);
  return id;
}

/** Validate a path id of an article (a positive integer). */
export function articleId(id: string, field = 'id'): number {
  if (!/^\d{1,15}$/.test(id) || Number(id) < 1) throw badParam(field, `"${field}" must be a positive integer article id, got "${id.slice(0, 40)}"`);
  return Number(id);
}
