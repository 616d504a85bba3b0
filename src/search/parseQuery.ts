import type { LanguageResources } from '../arabic/resources.js';
import { MAX_QUERY_CLAUSES, MAX_QUERY_LENGTH, SearchQueryError, type ClauseKind } from './types.js';

/** A clause as the user wrote it, before index terms and expansion. */
export interface RawClause {
  readonly kind: ClauseKind;
  /** The clause's text as typed (a phrase without its quotes). */
  readonly text: string;
  readonly negated: boolean;
  /** Its words (tokens with a letter or digit), as typed. */
  readonly words: readonly string[];
}

/** The syntactic reading of a query string. */
export interface RawQuery {
  /** Positive clauses; clauses joined by `OR` share a group. */
  readonly groups: readonly (readonly RawClause[])[];
  /** Excluded clauses. */
  readonly negated: readonly RawClause[];
  readonly notes: readonly string[];
}

const OPERATORS = new Set(['AND', 'NOT', 'NEAR']);

function isSpace(c: string): boolean {
  return /\s/u.test(c);
}

/**
 * Read a query string into clauses (see `SearchQuery` for the syntax). Never produces FTS5
 * syntax: it only finds words, quotes, a leading `-`, a trailing `*` and the word `OR`; every
 * other character separates words. Throws {@link SearchQueryError} (`QUERY_TOO_LONG`,
 * `TOO_MANY_TERMS`) for queries too large to run.
 */
export function parseQuery(q: string, res: LanguageResources): RawQuery {
  if (q.length > MAX_QUERY_LENGTH) {
    throw new SearchQueryError('QUERY_TOO_LONG', `the query has ${q.length} characters; at most ${MAX_QUERY_LENGTH} are accepted`);
  }
  const groups: RawClause[][] = [];
  const negated: RawClause[] = [];
  const notes: string[] = [];
  let count = 0;
  let neg = false;
  let or = false;
  const words = (text: string): { word: string; prefix: boolean }[] => {
    const out: { word: string; prefix: boolean }[] = [];
    const toks = res.tokenizer.tokenize(text);
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.kind === 'punct' || t.kind === 'symbol') continue;
      if (OPERATORS.has(t.text)) {
        notes.push(`ignored operator ${t.text}`);
        continue;
      }
      const next = toks[k + 1];
      const prefix = next !== undefined && next.start === t.end && next.text.startsWith('*');
      out.push({ word: t.text, prefix });
    }
    return out;
  };
  const add = (c: RawClause): void => {
    count++;
    if (count > MAX_QUERY_CLAUSES) {
      throw new SearchQueryError('TOO_MANY_TERMS', `the query has more than ${MAX_QUERY_CLAUSES} words or phrases`);
    }
    if (c.negated) negated.push(c);
    else if (or && groups.length > 0) groups[groups.length - 1]!.push(c);
    else groups.push([c]);
    or = false;
  };
  const n = q.length;
  let i = 0;
  while (i < n) {
    const c = q[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = q.indexOf('"', i + 1);
      if (j < 0) {
        notes.push('unclosed quote: the phrase runs to the end');
        j = n;
      }
      const inner = q.slice(i + 1, j);
      i = j + 1;
      const ws = words(inner).map((w) => w.word);
      if (ws.length === 0) notes.push('ignored an empty phrase');
      else add({ kind: ws.length === 1 ? 'term' : 'phrase', text: inner.trim(), negated: neg, words: ws });
      neg = false;
      continue;
    }
    if (c === '-' && i + 1 < n && !isSpace(q[i + 1]!) && q[i + 1] !== '-') {
      neg = true;
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isSpace(q[j]!) && q[j] !== '"') j++;
    const chunk = q.slice(i, j);
    i = j;
    if (chunk === 'OR') {
      if (groups.length > 0 && !neg) or = true;
      else notes.push('ignored OR without a word before it');
      continue;
    }
    const ws = words(chunk);
    if (ws.length === 0) {
      if (chunk.trim() !== '' && !/^[-*]+$/.test(chunk)) notes.push(`ignored "${chunk}" (no letter or digit)`);
      neg = false;
      continue;
    }
    if (neg && ws.length > 1) {
      add({ kind: 'phrase', text: chunk, negated: true, words: ws.map((w) => w.word) });
    } else {
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k]!;
        // Words of one chunk (الأمم-المتحدة) are ANDed; an OR before the chunk binds its first word.
        if (k > 0) or = false;
        add({ kind: w.prefix ? 'prefix' : 'term', text: w.word, negated: neg, words: [w.word] });
      }
    }
    neg = false;
  }
  return { groups, negated, notes };
}
