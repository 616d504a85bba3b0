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
  /**
   * True when a match-normalised form is a known Arabic spelling of a transliterated foreign name
   * token (e.g. from Wikidata labels). Weaker than {@link isName}: such lists also hold common
   * words, so the segmenter only uses it to protect words whose clitic reading is doubtful.
   */
  isTransliteration(form: string): boolean;
}

/** FNV-1a over the UTF-16 code units of `s[start, end)`. */
function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Flag bits of an entry. */
const NAME = 1;
const TRANSLITERATION = 2;

/**
 * An open-addressing hash table over one contiguous pool of UTF-16 code units: a few compact
 * typed arrays instead of a `Map` of many small heap strings, so that lookups (most of them for
 * forms that are absent) touch little memory and loading allocates no string per form.
 */
class CompactLexicon implements ArabicLexicon {
  total = 0;
  size = 0;
  #entries = 0;
  #chars = 0;
  #pool: Uint16Array;
  #start: Uint32Array;
  #length: Uint16Array;
  #count: Uint32Array;
  #flags: Uint8Array;
  #slots: Int32Array;
  #mask: number;

  /** An empty table for up to `entries` forms of `chars` code units in all. */
  constructor(entries: number, chars: number) {
    const n = Math.max(1, entries);
    this.#pool = new Uint16Array(Math.max(1, chars));
    this.#start = new Uint32Array(n);
    this.#length = new Uint16Array(n);
    this.#count = new Uint32Array(n);
    this.#flags = new Uint8Array(n);
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    this.#slots = new Int32Array(cap);
    this.#mask = cap - 1;
  }

  /** Entry index of `s[start, end)`, or -1. */
  #findRange(s: string, start: number, end: number, hash: number): number {
    const len = end - start;
    let slot = hash & this.#mask;
    const pool = this.#pool;
    for (;;) {
      const e = this.#slots[slot] as number;
      if (e === 0) return -1;
      const k = e - 1;
      if (this.#length[k] === len) {
        const st = this.#start[k] as number;
        let i = 0;
        while (i < len && pool[st + i] === s.charCodeAt(start + i)) i++;
        if (i === len) return k;
      }
      slot = (slot + 1) & this.#mask;
    }
  }

  /**
   * Add the form `s[start, end)` (or merge: larger count, union of flags). Ignored when empty,
   * too long, or when the table's capacity is exhausted (capacities come from a first pass).
   */
  add(s: string, start: number, end: number, count: number, flags: number): void {
    const len = end - start;
    if (len <= 0 || len >= 0x10000) return;
    const hash = hashRange(s, start, end);
    const found = this.#findRange(s, start, end, hash);
    const c = Number.isFinite(count) && count > 0 ? Math.min(0xffffffff, Math.floor(count)) : 0;
    if (found >= 0) {
      if (c > (this.#count[found] as number)) {
        if (this.#count[found] === 0) this.size++;
        this.#count[found] = c;
      }
      this.#flags[found] = (this.#flags[found] as number) | flags;
      return;
    }
    if (this.#entries >= this.#start.length || this.#chars + len > this.#pool.length) return;
    const k = this.#entries++;
    this.#start[k] = this.#chars;
    this.#length[k] = len;
    for (let i = 0; i < len; i++) this.#pool[this.#chars + i] = s.charCodeAt(start + i);
    this.#chars += len;
    this.#count[k] = c;
    this.#flags[k] = flags;
    if (c > 0) this.size++;
    let slot = hash & this.#mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
    this.#slots[slot] = k + 1;
  }

  #find(form: string): number {
    if (form.length === 0) return -1;
    return this.#findRange(form, 0, form.length, hashRange(form, 0, form.length));
  }

  count(form: string): number {
    const k = this.#find(form);
    return k < 0 ? 0 : (this.#count[k] as number);
  }

  isName(form: string): boolean {
    const k = this.#find(form);
    return k >= 0 && ((this.#flags[k] as number) & NAME) !== 0;
  }

  isTransliteration(form: string): boolean {
    const k = this.#find(form);
    return k >= 0 && ((this.#flags[k] as number) & TRANSLITERATION) !== 0;
  }
}

/**
 * Make a lexicon from counts of match-normalised forms, name tokens and transliterated-name
 * spellings (all match-normalised). `total` defaults to the sum of the counts.
 */
export function createArabicLexicon(
  counts: ReadonlyMap<string, number>,
  names: Iterable<string> = [],
  total?: number,
  transliterations: Iterable<string> = [],
): ArabicLexicon {
  const nameSet = new Set(names);
  const translitSet = new Set(transliterations);
  const entries = counts.size + nameSet.size + translitSet.size;
  let chars = 0;
  for (const f of counts.keys()) chars += f.length;
  for (const f of nameSet) chars += f.length;
  for (const f of translitSet) chars += f.length;
  const lex = new CompactLexicon(entries, chars);
  let sum = 0;
  for (const [f, c] of counts) {
    lex.add(f, 0, f.length, c, 0);
    if (c > 0) sum += c;
  }
  for (const f of nameSet) lex.add(f, 0, f.length, 0, NAME);
  for (const f of translitSet) lex.add(f, 0, f.length, 0, TRANSLITERATION);
  lex.total = total ?? sum;
  return lex;
}

/** The first line of a serialised lexicon. */
const MAGIC = '#marsad-arabic-lexicon v1';

/**
 * Serialise a lexicon's data as text: a header line, a `#total` line, then one
 * `form<TAB>count` line per form, most frequent first; a third field holds flags: `n` a name,
 * `t` a transliterated-name spelling.
 */
export function serializeArabicLexicon(
  counts: ReadonlyMap<string, number>,
  names: ReadonlySet<string>,
  total: number,
  comment = '',
  transliterations: ReadonlySet<string> = new Set(),
): string {
  const lines = [MAGIC];
  if (comment) for (const c of comment.split('\n')) lines.push(`# ${c}`);
  lines.push(`#total\t${total}`);
  const forms = new Set<string>([...counts.keys(), ...names, ...transliterations]);
  const sorted = [...forms].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  for (const f of sorted) {
    const flags = (names.has(f) ? 'n' : '') + (transliterations.has(f) ? 't' : '');
    lines.push(flags ? `${f}\t${counts.get(f) ?? 0}\t${flags}` : `${f}\t${counts.get(f) ?? 0}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Parse the text written by {@link serializeArabicLexicon}. Malformed lines are skipped (the
 * file is our own; a bad line is not worth failing for).
 */
export function parseArabicLexicon(text: string): ArabicLexicon {
  // First pass: capacities (lines and characters are upper bounds for forms and their units).
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const lex = new CompactLexicon(lines, text.length);
  let total: number | undefined;
  let sum = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const start = pos;
    pos = nl + 1;
    if (nl === start) continue;
    if (text.charCodeAt(start) === 0x23 /* # */) {
      if (text.startsWith('#total\t', start)) total = Number(text.slice(start + 7, nl));
      continue;
    }
    const t1 = text.indexOf('\t', start);
    if (t1 <= start || t1 >= nl) continue;
    let t2 = text.indexOf('\t', t1 + 1);
    if (t2 < 0 || t2 > nl) t2 = -1;
    const c = Number(text.slice(t1 + 1, t2 < 0 ? nl : t2));
    let flags = 0;
    if (t2 >= 0) {
      for (let i = t2 + 1; i < nl; i++) {
        const f = text.charCodeAt(i);
        if (f === 0x6e /* n */) flags |= NAME;
        else if (f === 0x74 /* t */) flags |= TRANSLITERATION;
      }
    }
    const count = Number.isFinite(c) && c > 0 ? c : 0;
    if (count === 0 && flags === 0) continue;
    lex.add(text, start, t1, count, flags);
    sum += count;
  }
  lex.total = total !== undefined && Number.isFinite(total) ? total : sum;
  return lex;
}
