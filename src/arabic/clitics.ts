import type { ArabicLexicon } from './cliticsLexicon.js';
import { normalize, normalizeMatch } from './normalize.js';

/** A word split into proclitics, base and enclitics. */
export interface Segmentation {
  /**
   * Proclitics in order, one morpheme each, match-normalised: `و ف ب ك ل س ال`. `لل` gives
   * `['ل', 'ال']`, `وبال` gives `['و', 'ب', 'ال']`.
   */
  readonly prefixes: string[];
  /**
   * The base, match-normalised. When an enclitic was removed after a teh marbuta written as ت
   * (`حكومته`), the base has it restored (`حكومه`), so it may differ from the surface in its last
   * letter.
   */
  readonly base: string;
  /** Enclitic pronouns in order, match-normalised: `ه ها هم هما هن كم كما كن نا ي ني`. */
  readonly suffixes: string[];
  /** Offset of the base's surface in the ORIGINAL word. */
  readonly baseStart: number;
  /** Offset one past the base's surface in the ORIGINAL word. */
  readonly baseEnd: number;
}

/** Tuning of the segmenter's guards. */
export interface SegmentOptions {
  /** A remainder must have at least this corpus count to be a word (default 3). */
  minCount?: number;
  /**
   * How much more often than expected a clitic form may occur before it is taken as a word of
   * its own (default 300). A proclitic p is removed from w = p+R only when
   * `count(w) <= prefixSlack * rate(p) * count(R)`, where rate(p) is how often p+X occurs per
   * occurrence of X in news text ({@link PROCLITIC_RATES}). Protects بكين (ب+كين), وزير, كتابي…
   */
  prefixSlack?: number;
  /**
   * `prefixSlack` when the remainder is a known name that does not take the article (a foreign
   * name, unlike كامل or سلامه; default 5): such a name with a clitic is rare next to the bare
   * name (وباريس, لروسيا), so a word much more frequent than that is a name of its own (بيونغ is
   * not ب + يونغ, فورد not ف + ورد).
   */
  namePrefixSlack?: number;
  /**
   * A word that itself takes a clitic of the same class (و/ف before a conjunction reading,
   * ب/ل/ك before a preposition reading) at least this share of its count (and at least
   * `minCount` times) is a word of its own: ووزير, لبكين and وفيصل keep وزير, بكين and فيصل
   * whole (default 0.01).
   */
  evidenceShare?: number;
  /**
   * A word not in the lexicon (count below `minCount`) is not read as a rare proclitic plus a
   * frequent word when that clitic form would be expected at least this often (default 10):
   * كولو is not ك + ولو.
   */
  unseenExpected?: number;
  /** An enclitic is removed only when the base is attested at least this share of the word's count (default 0.3); `ي` and `ني` use at least 1. */
  suffixRatio?: number;
}

/**
 * How often a proclitic combination p+X occurs per occurrence of X, measured over the SaudiNewsNet
 * counts (forms X of at least three letters seen at least 20 times; for the elided لل, per
 * occurrence of الX).
 */
export const PROCLITIC_RATES: Readonly<Record<string, number>> = {
  و: 0.0895,
  ف: 0.0037,
  ب: 0.0376,
  ك: 0.0053,
  ل: 0.0303,
  س: 0.0057,
  وب: 0.0014,
  فب: 0.00002,
  وك: 0.0014,
  فك: 0.00005,
  ول: 0.0008,
  فل: 0.00006,
  وس: 0.0011,
  فس: 0.00004,
  لل: 0.0518,
  ولل: 0.00037,
  فلل: 0.00001,
};

interface Proclitic {
  readonly surface: string;
  readonly parts: readonly string[];
  /** `لل`: preposition ل with the article's alef elided; the remainder takes ال. */
  readonly elided: boolean;
  /** Ends in the future marker س: the remainder must start with an imperfect prefix. */
  readonly future: boolean;
}

const PROCLITICS: readonly Proclitic[] = [
  ['ولل', ['و', 'ل', 'ال'], true],
  ['فلل', ['ف', 'ل', 'ال'], true],
  ['لل', ['ل', 'ال'], true],
  ['وب', ['و', 'ب'], false],
  ['فب', ['ف', 'ب'], false],
  ['وك', ['و', 'ك'], false],
  ['فك', ['ف', 'ك'], false],
  ['ول', ['و', 'ل'], false],
  ['فل', ['ف', 'ل'], false],
  ['وس', ['و', 'س'], false],
  ['فس', ['ف', 'س'], false],
  ['و', ['و'], false],
  ['ف', ['ف'], false],
  ['ب', ['ب'], false],
  ['ك', ['ك'], false],
  ['ل', ['ل'], false],
  ['س', ['س'], false],
].map(([surface, parts, elided]) => ({
  surface: surface as string,
  parts: parts as string[],
  elided: elided as boolean,
  future: (surface as string).endsWith('س'),
}));

/** Enclitics, longest first. */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ني', 'ه', 'ي'] as const;

/** Pronouns whose presence on a base shows that it takes pronouns. */
const OTHER_PRONOUNS = ['ه', 'ها', 'هم', 'نا'] as const;

/** Minimum length of a base left after removing clitics. */
const MIN_BASE = 3;

function isArabicWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!(c >= 0x0621 && c <= 0x064a) && !(c >= 0x0671 && c <= 0x06d3) && c !== 0x06d5) return false;
  }
  return true;
}

function isImperfectPrefix(c: number): boolean {
  return c === 0x064a /* ي */ || c === 0x062a /* ت */ || c === 0x0646 /* ن */ || c === 0x0627 /* ا */;
}

/**
 * Split a word into proclitics, base and enclitics, guarded by a lexicon so that names and
 * words that merely start or end like a clitic stay whole (بوتين, لافروف, كوريا, بكين, لندن,
 * وزير, فيصل…). Never throws; a word that is not Arabic, shorter than three letters, or a known
 * name comes back whole.
 *
 * Rules: (1) a conjunction/preposition/future prefix (و ف ب ك ل س and their combinations, and
 * لل) is removed when the remainder has at least three letters, is attested (count ≥ `minCount`, or
 * a known name), the whole word is not much more frequent than the clitic reading predicts
 * (`prefixSlack`), and the whole word does not itself take clitics of the same class
 * (`evidenceShare`); among several, the best-attested remainder wins. (2) The article ال is then removed when the bare
 * form is itself attested or a name (and the form with the article is not a name while the bare
 * one is not). (3) Only when no article was found, one enclitic pronoun is removed when the base
 * is attested well enough (ه only if the word was not written with ة; ي only if not with ى, and
 * only when the base also takes another pronoun).
 */
export function segment(word: string, lexicon: ArabicLexicon, options: SegmentOptions = {}): Segmentation {
  const minCount = options.minCount ?? 3;
  const suffixRatio = options.suffixRatio ?? 0.3;
  const w = normalizeMatch(word);
  if (w.length < MIN_BASE || !isArabicWord(w) || lexicon.isName(w)) return whole(word, w);

  const cfg: PrefixConfig = {
    minCount,
    prefixSlack: options.prefixSlack ?? 300,
    namePrefixSlack: options.namePrefixSlack ?? 5,
    evidenceShare: options.evidenceShare ?? 0.01,
    unseenExpected: options.unseenExpected ?? 10,
  };
  // 1. Conjunction / preposition / future prefixes; after a lone conjunction (و, ف), once more
  //    for a preposition or future marker on the remainder (وبفضل = و + ب + فضل).
  const prefixes: string[] = [];
  let start = 0;
  let article = false;
  const best = bestProclitic(w, 0, lexicon, cfg, ALL_BY_FIRST);
  if (best) {
    prefixes.push(...best.parts);
    start = best.surface.length;
    article = best.elided;
    if (best.surface === 'و' || best.surface === 'ف') {
      const inner = bestProclitic(w, start, lexicon, cfg, INNER_BY_FIRST);
      if (inner) {
        prefixes.push(...inner.parts);
        start += inner.surface.length;
        article = inner.elided;
      }
    }
  }

  // 2. The article.
  if (!article && w.startsWith('ال', start) && w.length - start - 2 >= MIN_BASE) {
    const withArticle = w.slice(start);
    const bare = w.slice(start + 2);
    const bareName = lexicon.isName(bare);
    if ((bareName || lexicon.count(bare) >= minCount) && (bareName || !lexicon.isName(withArticle))) {
      prefixes.push('ال');
      start += 2;
      article = true;
    } else article = true; // the article stays on the base; a definite noun takes no pronoun
  }

  // 3. One enclitic pronoun.
  let end = w.length;
  let base = w.slice(start);
  const suffixes: string[] = [];
  if (!article && !lexicon.isName(base)) {
    const countBase = lexicon.count(base);
    const lastOrig = lastLetter(word);
    let bestSuffix = '';
    let bestBase = '';
    let bestCount = -1;
    const last = base.charCodeAt(base.length - 1);
    const candidates = last === 0x0647 || last === 0x0627 || last === 0x0645 || last === 0x0646 || last === 0x064a ? ENCLITICS : [];
    for (const s of candidates) {
      if (!base.endsWith(s) || base.length - s.length < MIN_BASE) continue;
      if (s === 'ه' && lastOrig === 0x0629 /* ة */) continue;
      if (s === 'ي' && lastOrig === 0x0649 /* ى */) continue;
      const stem = base.slice(0, base.length - s.length);
      let lemma = stem;
      let c = lexicon.count(stem);
      if (stem.endsWith('ت')) {
        const restored = stem.slice(0, -1) + 'ه';
        const rc = lexicon.count(restored);
        if (rc > c) {
          lemma = restored;
          c = rc;
        }
      }
      const strict = s === 'ي' || s === 'ني';
      const ratio = strict ? Math.max(1, suffixRatio) : suffixRatio;
      let ok = c >= minCount && c >= ratio * countBase;
      if (ok) {
        // The base must take other pronouns too (names ending like one do not: توريه, هاشمي).
        let others = 0;
        for (const o of OTHER_PRONOUNS) if (o !== s) others += lexicon.count(stem + o);
        ok = others >= minCount;
      }
      if (ok && c > bestCount) {
        bestSuffix = s;
        bestBase = lemma;
        bestCount = c;
      }
    }
    if (bestSuffix) {
      suffixes.push(bestSuffix);
      end = w.length - bestSuffix.length;
      base = bestBase;
    }
  }
  if (prefixes.length === 0 && suffixes.length === 0) return whole(word, w);
  const [baseStart, baseEnd] = originalRange(word, w, start, end);
  return { prefixes, base, suffixes, baseStart, baseEnd };
}

interface PrefixConfig {
  readonly minCount: number;
  readonly prefixSlack: number;
  readonly namePrefixSlack: number;
  readonly evidenceShare: number;
  readonly unseenExpected: number;
}

/** Proclitics that may follow a conjunction. */
const INNER_PROCLITICS = PROCLITICS.filter((p) => !p.surface.startsWith('و') && !p.surface.startsWith('ف'));

/** Candidates by first code unit, so a word is only compared with proclitics it can start with. */
function byFirstChar(list: readonly Proclitic[]): Map<number, Proclitic[]> {
  const m = new Map<number, Proclitic[]>();
  for (const p of list) {
    const c = p.surface.charCodeAt(0);
    const l = m.get(c);
    if (l) l.push(p);
    else m.set(c, [p]);
  }
  return m;
}
const ALL_BY_FIRST = byFirstChar(PROCLITICS);
const INNER_BY_FIRST = byFirstChar(INNER_PROCLITICS);

/** The best-attested acceptable proclitic at `from` in `w`, or null (see {@link segment}). */
function bestProclitic(
  w: string,
  from: number,
  lexicon: ArabicLexicon,
  cfg: PrefixConfig,
  byFirst: ReadonlyMap<number, Proclitic[]>,
): Proclitic | null {
  const candidates = byFirst.get(w.charCodeAt(from));
  if (!candidates) return null;
  const word = from === 0 ? w : w.slice(from);
  const countW = lexicon.count(word);
  let best: Proclitic | null = null;
  let bestScore = -1;
  for (const p of candidates) {
    if (!word.startsWith(p.surface)) continue;
    const rest = word.slice(p.surface.length);
    if (rest.length < (p.elided ? 2 : MIN_BASE)) continue;
    if (p.future && !isImperfectPrefix(rest.charCodeAt(0))) continue;
    const form = p.elided ? 'ال' + rest : rest;
    const c = p.elided ? Math.max(lexicon.count(form), lexicon.count(rest)) : lexicon.count(form);
    const name = lexicon.isName(form) || (p.elided && lexicon.isName(rest));
    const attested = name ? Math.max(c, cfg.minCount) : c;
    if (attested < cfg.minCount) continue;
    const expected = (PROCLITIC_RATES[p.surface] ?? 0) * attested;
    // Before the article (وال…, بال…) a clitic reading is nearly certain: allow idioms (بالاضافه).
    const beforeArticle = !p.elided && rest.startsWith('ال') && rest.length >= 5;
    // A foreign-looking name (one that does not take the article, unlike كامل or سلامه) with a
    // clitic is rare next to the bare name: judge such words more strictly.
    const takesArticle = lexicon.count('ال' + rest) >= Math.max(cfg.minCount, 0.05 * c);
    const foreignName = (name || lexicon.isTransliteration(rest)) && !takesArticle;
    // A known transliterated name (بيونغ) is not read as a clitic plus a rare word that never
    // takes the article (frequent verbs and particles do not take it either: وسوف, فليس).
    if (!takesArticle && !beforeArticle && !p.elided && c < 500 && lexicon.isTransliteration(word)) continue;
    const slack = foreignName ? cfg.namePrefixSlack : beforeArticle ? cfg.prefixSlack * 10 : cfg.prefixSlack;
    if (countW > slack * expected) continue;
    if (countW < cfg.minCount && !name && !beforeArticle && expected >= cfg.unseenExpected) continue;
    if (countW > 0 && cliticEvidence(word, p.surface, lexicon) >= Math.max(cfg.minCount, cfg.evidenceShare * countW)) continue;
    if (attested > bestScore) {
      best = p;
      bestScore = attested;
    }
  }
  return best;
}

/**
 * How often the whole word itself takes a clitic of the same class as `surface`'s first one: a
 * clitic form cannot (ووقال, ببيت do not occur), a word that merely starts like one can
 * (ووزير, لبكين, وفيصل).
 */
function cliticEvidence(w: string, surface: string, lexicon: ArabicLexicon): number {
  const first = surface.charAt(0);
  // (Before the future marker only prepositions are evidence: وسيكون is و + س + يكون.)
  const same = first === 'و' || first === 'ف' ? ['و', 'ف'] : ['ب', 'ل', 'ك'];
  let n = 0;
  // ل before a word starting with ل reads as the article's elided form (للX), not as evidence.
  for (const q of same) if (!(q === 'ل' && w.charCodeAt(0) === 0x0644)) n += lexicon.count(q + w);
  return n;
}

/** The last Arabic letter of a word (skipping marks and tatweel), as a code unit. */
function lastLetter(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f)) continue;
    return c;
  }
  return 0;
}

/** The segmentation of a word left whole. */
function whole(word: string, w: string): Segmentation {
  return { prefixes: [], base: w, suffixes: [], baseStart: 0, baseEnd: word.length };
}

/** Map a range of the match-normalised word back to the original word. */
function originalRange(word: string, w: string, start: number, end: number): [number, number] {
  if (w.length === word.length && !hasPresentationForms(word)) return [start, end];
  const s = normalize(word, 'match').toOriginalSpan({ start, end });
  return [s.start, s.end];
}

/** Presentation forms are the only characters normalisation expands to several. */
function hasPresentationForms(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xfb50 && c <= 0xfefc) return true;
  }
  return false;
}
