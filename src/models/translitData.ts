/**
 * Parsing and deterministic splitting of the transliteration data used to build and evaluate
 * name keys and the romaniser (`scripts/build-translit.ts`, `scripts/eval-namekeys.ts`).
 * Pure: callers read the files.
 */

/** One row of `wikidata-en-ar-names.tsv`: an English name token and its Arabic spelling. */
export interface WikidataName {
  readonly latin: string;
  /** Arabic letters, joined (the file separates them by spaces). */
  readonly arabic: string;
  readonly count: number;
}

/** One row of `google-ar2en.tsv`. */
export interface GooglePair {
  readonly arabic: string;
  readonly latin: string;
}

/** Parse `english<TAB>arabic letters separated by spaces<TAB>count` lines; bad lines are skipped. */
export function parseWikidataTsv(text: string): WikidataName[] {
  const out: WikidataName[] = [];
  for (const line of text.split('\n')) {
    const [latin, letters, count] = line.split('\t');
    if (latin === undefined || letters === undefined || latin === '' || letters === '') continue;
    const n = Number(count);
    out.push({ latin, arabic: letters.replace(/\s+/g, ''), count: Number.isFinite(n) && n > 0 ? n : 1 });
  }
  return out;
}

/** Parse `arabic<TAB>latin` lines; bad lines are skipped. */
export function parseGoogleTsv(text: string): GooglePair[] {
  const out: GooglePair[] = [];
  for (const line of text.split('\n')) {
    const [arabic, latin] = line.split('\t');
    if (arabic === undefined || latin === undefined || arabic.trim() === '' || latin.trim() === '') continue;
    out.push({ arabic: arabic.trim(), latin: latin.trim() });
  }
  return out;
}

/** A Latin token folded for identity: lower case, no diacritics or apostrophes, a–z only. */
export function latinKey(token: string): string {
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}

/**
 * A Latin name token with only orthographic variation removed, for grouping English tokens that
 * are one name spelled two ways (sergei / sergey, andrei / andrey, bermann / berman): after
 * {@link latinKey}, ph→f, ck→k, y→i, doubled letters collapsed. Sounds are not merged (c/k,
 * z/s, kh/k stay apart), so a group is a safe set of true variants.
 */
export function latinVariant(token: string): string {
  return latinKey(token)
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A loose consonant skeleton of a Latin name token, for deciding that two English tokens
 * *might* be one name (mohammed / muhammad, natasha / natacha), or differ only in sounds that
 * Arabic script cannot tell apart: vowels and h dropped, c/k/q/g→k, z→s, p→b, v/w→f, x→ks,
 * sch/tch/ch/sh→s, doubled letters collapsed. Pairs with equal skeletons are never counted as
 * false merges.
 */
export function latinSkeleton(token: string): string {
  return latinVariant(token)
    .replace(/[st]?ch|sh|sz|cz/g, 's')
    .replace(/h/g, '')
    .replace(/[cqg]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/[vw]/g, 'f')
    .replace(/p/g, 'b')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * True when a Latin name belongs to the held-out half (never used to build shipped data). The
 * split is by the hash of {@link latinSkeleton}, so all spellings of one name, in both files,
 * fall on the same side.
 */
export function isHeldOut(latin: string): boolean {
  // A high bit: FNV-1a's lowest bit is only the parity of the odd code units.
  return ((fnv1a(latinSkeleton(latin)) >>> 16) & 1) === 1;
}

/** Weight of one Google pair against one Wikidata occurrence when choosing display names. */
const GOOGLE_NAME_WEIGHT = 3;

/**
 * Display names from the transliteration pairs: for each Arabic word (its letters as
 * `lettersOf` gives them, e.g. `romanizeLetters`), the English form with the most weight
 * (Wikidata counts, {@link GOOGLE_NAME_WEIGHT} per Google pair). Ties go to `tieBreak` when
 * given (e.g. the form closest to the romaniser's reading: بوتين → putin, not botín), else —
 * and among its own ties — to a form in plain letters, then to the alphabetically first.
 * English forms with digits or spaces are skipped. Built from all pairs (both halves): for
 * display only, never for evaluating the romaniser.
 */
export function latinNamesFromPairs(
  wikidata: readonly WikidataName[],
  google: readonly GooglePair[],
  lettersOf: (arabic: string) => string,
  tieBreak?: (letters: string, forms: readonly string[]) => readonly string[],
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const vote = (arabic: string, latin: string, w: number): void => {
    const letters = lettersOf(arabic);
    const l = latin.trim().toLowerCase();
    if (letters === '' || l === '' || /[\d\s]/u.test(l)) return;
    let v = votes.get(letters);
    if (!v) votes.set(letters, (v = new Map()));
    v.set(l, (v.get(l) ?? 0) + w);
  };
  for (const r of wikidata) vote(r.arabic, r.latin, r.count);
  for (const g of google) vote(g.arabic, g.latin, GOOGLE_NAME_WEIGHT);
  const plain = (s: string): number => (/^[a-z-]+$/u.test(s) ? 1 : 0);
  const out = new Map<string, string>();
  for (const [letters, v] of votes) {
    let bw = 0;
    for (const w of v.values()) bw = Math.max(bw, w);
    let tied = [...v].filter(([, w]) => w === bw).map(([l]) => l);
    if (tied.length > 1 && tieBreak) tied = [...tieBreak(letters, tied)];
    tied.sort((a, b) => plain(b) - plain(a) || (a < b ? -1 : a > b ? 1 : 0));
    if (tied[0] !== undefined) out.set(letters, tied[0]);
  }
  return out;
}
