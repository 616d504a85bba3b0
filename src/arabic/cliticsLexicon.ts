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

/** FNV-1a over UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An open-addressing hash table over one contiguous pool of UTF-16 code units: a few compact
 * typed arrays instead of a `Map` of many small heap strings, so that lookups (most of them for
 * forms that are absent) touch little memory.
 */
class CompactLexicon implements ArabicLexicon {
  readonly total: number;
  readonly size: number;
  readonly #pool: Uint16Array;
  readonly #start: Uint32Array;
  readonly #length: Uint16Array;
  readonly #count: Uint32Array;
  readonly #name: Uint8Array;
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(
    counts: ReadonlyMap<string, number>,
    names: ReadonlySet<string>,
    transliterations: ReadonlySet<string>,
    total: number,
  ) {
    const forms = new Set<string>();
    let size = 0;
    for (const [f, c] of counts) {
      if (c > 0 && f.length > 0 && f.length < 0x10000) {
        forms.add(f);
        size++;
      }
    }
    for (const f of names) if (f.length > 0 && f.length < 0x10000) forms.add(f);
    for (const f of transliterations) if (f.length > 0 && f.length < 0x10000) forms.add(f);
    const n = forms.size;
    let chars = 0;
    for (const f of forms) chars += f.length;
    this.#pool = new Uint16Array(chars);
    this.#start = new Uint32Array(n);
    this.#length = new Uint16Array(n);
    this.#count = new Uint32Array(n);
    this.#name = new Uint8Array(n);
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    this.#slots = new Int32Array(cap);
    this.#mask = cap - 1;
    let at = 0;
    let k = 0;
    for (const f of forms) {
      this.#start[k] = at;
      this.#length[k] = f.length;
      for (let i = 0; i < f.length; i++) this.#pool[at + i] = f.charCodeAt(i);
      at += f.length;
      const c = counts.get(f) ?? 0;
      this.#count[k] = c > 0xffffffff ? 0xffffffff : Math.max(0, Math.floor(c));
      this.#name[k] = (names.has(f) ? 1 : 0) | (transliterations.has(f) ? 2 : 0);
      let slot = hashString(f) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = k + 1;
      k++;
    }
    this.size = size;
    this.total = total;
  }

  /** Entry index of a form, or -1. */
  #find(form: string): number {
    const len = form.length;
    if (len === 0) return -1;
    let slot = hashString(form) & this.#mask;
    const pool = this.#pool;
    for (;;) {
      const e = this.#slots[slot] as number;
      if (e === 0) return -1;
      const k = e - 1;
      if (this.#length[k] === len) {
        const st = this.#start[k] as number;
        let i = 0;
        while (i < len && pool[st + i] === form.charCodeAt(i)) i++;
        if (i === len) return k;
      }
      slot = (slot + 1) & this.#mask;
    }
  }

  count(form: string): number {
    const k = this.#find(form);
    return k < 0 ? 0 : (this.#count[k] as number);
  }

  isName(form: string): boolean {
    const k = this.#find(form);
    return k >= 0 && ((this.#name[k] as number) & 1) === 1;
  }

  isTransliteration(form: string): boolean {
    const k = this.#find(form);
    return k >= 0 && ((this.#name[k] as number) & 2) === 2;
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
  let t = total;
  if (t === undefined) {
    t = 0;
    for (const c of counts.values()) t += c;
  }
  return new CompactLexicon(counts, new Set(names), new Set(transliterations), t);
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
  const counts = new Map<string, number>();
  const names = new Set<string>();
  const transliterations = new Set<string>();
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
    if (t2 >= 0) {
      const flags = line.slice(t2 + 1);
      if (flags.includes('n')) names.add(form);
      if (flags.includes('t')) transliterations.add(form);
    }
  }
  return createArabicLexicon(counts, names, total !== undefined && Number.isFinite(total) ? total : undefined, transliterations);
}
