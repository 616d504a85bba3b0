/**
 * The word-form lexicon the clitic segmenter uses as a guard: corpus counts of match-normalised
 * word forms (see `normalizeMatch`) and a set of known name tokens. Build one with
 * {@link createArabicLexicon}, or load the shipped one with `loadArabicLexicon()` from
 * `src/models/arabicLexicon.ts`.
 */
export interface ArabicLexicon {
  /** Total number of word tokens the counts were taken from. */
  readonly total: number;
  /** Number of distinct forms with a count. */
  readonly size: number;
  /** Corpus count of a match-normalised form (0 when unknown). */
  count(form: string): number;
  /** True when a match-normalised form is a known name token (gazetteer or annotated entity). */
  isName(form: string): boolean;
}

class MapLexicon implements ArabicLexicon {
  readonly total: number;
  readonly #counts: ReadonlyMap<string, number>;
  readonly #names: ReadonlySet<string>;
  constructor(counts: ReadonlyMap<string, number>, names: ReadonlySet<string>, total: number) {
    this.#counts = counts;
    this.#names = names;
    this.total = total;
  }
  get size(): number {
    return this.#counts.size;
  }
  count(form: string): number {
    return this.#counts.get(form) ?? 0;
  }
  isName(form: string): boolean {
    return this.#names.has(form);
  }
}

/**
 * Make a lexicon from counts of match-normalised forms and name tokens (also match-normalised).
 * `total` defaults to the sum of the counts.
 */
export function createArabicLexicon(
  counts: ReadonlyMap<string, number>,
  names: Iterable<string> = [],
  total?: number,
): ArabicLexicon {
  let t = total;
  if (t === undefined) {
    t = 0;
    for (const c of counts.values()) t += c;
  }
  return new MapLexicon(counts, new Set(names), t);
}

/** The first line of a serialised lexicon. */
const MAGIC = '#marsad-arabic-lexicon v1';

/**
 * Serialise a lexicon's data as text: a header line, a `#total` line, then one
 * `form<TAB>count` line per form (a third field `n` marks a name), most frequent first.
 */
export function serializeArabicLexicon(
  counts: ReadonlyMap<string, number>,
  names: ReadonlySet<string>,
  total: number,
  comment = '',
): string {
  const lines = [MAGIC];
  if (comment) for (const c of comment.split('\n')) lines.push(`# ${c}`);
  lines.push(`#total\t${total}`);
  const forms = new Set<string>([...counts.keys(), ...names]);
  const sorted = [...forms].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  for (const f of sorted) lines.push(names.has(f) ? `${f}\t${counts.get(f) ?? 0}\tn` : `${f}\t${counts.get(f) ?? 0}`);
  return lines.join('\n') + '\n';
}

/**
 * Parse the text written by {@link serializeArabicLexicon}. Malformed lines are skipped (the
 * file is our own; a bad line is not worth failing for).
 */
export function parseArabicLexicon(text: string): ArabicLexicon {
  const counts = new Map<string, number>();
  const names = new Set<string>();
  let total: number | undefined;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.length === 0) continue;
    if (line.charCodeAt(0) === 0x23 /* # */) {
      if (line.startsWith('#total\t')) total = Number(line.slice(7));
      continue;
    }
    const t1 = line.indexOf('\t');
    if (t1 <= 0) continue;
    const form = line.slice(0, t1);
    const t2 = line.indexOf('\t', t1 + 1);
    const c = Number(t2 < 0 ? line.slice(t1 + 1) : line.slice(t1 + 1, t2));
    if (c > 0) counts.set(form, c);
    if (t2 >= 0 && line.slice(t2 + 1) === 'n') names.add(form);
  }
  return createArabicLexicon(counts, names, total !== undefined && Number.isFinite(total) ? total : undefined);
}
