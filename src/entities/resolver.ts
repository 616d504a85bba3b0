import { DEFAULT_NAME_KEY_RULES, nameKey, nameKeyMatches, nameKeyTokens, type NameKeyRules, type NameKeyTable } from '../arabic/nameKey.js';
import { spellingForm } from '../arabic/editDistance.js';
import { normalizeMatch } from '../arabic/normalize.js';
import { romanizeLetters, romanizeName, type RomanizeTable } from '../arabic/romanize.js';
import { GAZ_BIT, gazKey, type Gazetteer } from './gazetteer.js';
import type { EntityType, Mention } from './mentions.js';

/** An alias of an entity with how often it was seen. */
export interface AliasCount {
  readonly text: string;
  readonly count: number;
}

/** A mention of an entity in an article. */
export interface EntityMentionRef {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A relation of an entity to a country given by a nisba in its roles (`الروسي` → روسيا). */
export interface CountryRelation {
  readonly country: string;
  readonly count: number;
}

/** An exported canonical entity. */
export interface EntityJson {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly nameLatin: string;
  readonly aliases: readonly AliasCount[];
  readonly roles: readonly AliasCount[];
  readonly countries: readonly CountryRelation[];
  readonly mentions: readonly EntityMentionRef[];
}

/** Resources the resolver uses (all optional). */
export interface ResolverResources {
  readonly gazetteer?: Gazetteer;
  readonly nameKeyTable?: NameKeyTable;
  readonly romanizeTable?: RomanizeTable;
}

/** Context of an article passed to {@link EntityResolver.add} (reserved; may be empty). */
export interface ArticleContext {
  readonly title?: string;
}

interface Rec {
  id: string;
  type: EntityType;
  aliases: Map<string, number>;
  roles: Map<string, number>;
  countries: Map<string, number>;
  mentions: EntityMentionRef[];
  /** Full-name keys (2+ tokens, or the only form seen). */
  keys: Set<string>;
}

/** The serialised state of a resolver. */
export interface ResolverState {
  readonly version: 1;
  readonly next: number;
  readonly entities: readonly {
    id: string;
    type: EntityType;
    aliases: [string, number][];
    roles: [string, number][];
    countries: [string, number][];
    mentions: EntityMentionRef[];
    keys: string[];
  }[];
}

/** Name-key rules that keep a leading article (ألكسيس and أليكسيس agree only without the strip). */
const RAW_RULES: NameKeyRules = { ...DEFAULT_NAME_KEY_RULES, stripArticle: false };

/** Split a joined `عبدال…` compound (عبدالعزيز → عبد العزيز) so both spellings key alike. */
function splitCompounds(text: string): string {
  return text.replace(/(^|\s)(عبد)(ال|آل|أل|إل)(?=\S{2})/gu, '$1$2 $3');
}

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const ARABIC_LETTER = /[\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF]/u;

/**
 * The strict spelling of one name token: match-normalised with hamza seats kept (هادئ ≠ هادي,
 * but أ/إ/آ/ا and ى/ي and ة/ه fold), Arabic letters only, the letters outlets use for one g or k sound folded (غ/گ → ج, ق → ك), doubled
 * letters collapsed and a final ه after a vowel letter dropped (أندريه = أندري). Two tokens
 * with equal strict spellings are one name written two ways; a different Arabic word sharing a
 * consonant skeleton (حسن/حسين, صالح/صلاح, المالكي/المملكة) stays different.
 */
export function strictNameToken(token: string): string {
  let s = '';
  for (const ch of normalizeMatch(token, { hamzaSeats: false })) if (ARABIC_LETTER.test(ch)) s += ch;
  if (s === '') return normalizeMatch(token).toLowerCase();
  return s
    .replace(/[غگ]/gu, 'ج')
    .replace(/ق/gu, 'ك')
    .replace(/(.)\1+/gu, '$1')
    .replace(/([اوي])ه$/u, '$1');
}

/** A strict token without a leading article (when three letters remain). */
export function bareToken(t: string): string {
  return t.startsWith('ال') && t.length >= 5 ? t.slice(2) : t;
}

/** Strict spellings (see {@link strictNameToken}) of the tokens of a name, a joined `عبدال…` split. */
export function strictNameTokens(name: string): string[] {
  return splitCompounds(name)
    .split(/[\s\-_–—/]+/u)
    .map(strictNameToken)
    .filter((t) => t !== '');
}

/**
 * True when two strict tokens differ by one vowel letter (ا و ي) more or less, not at the
 * start, or by a final ه: how foreign names vary between outlets (نتنياهو/نتانياهو, كلينتون/كلنتون) — and how
 * different Arabic names differ (حسن/حسين, سلمان/سليمان), so callers allow it only for long or
 * well-anchored tokens.
 */
export function vowelLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (i === s.length && i >= 2 && l[i] === 'ه') return true; // a final h more (مين / مينه)
  if (i === 2 && l.startsWith('ال') && l[i] === 'ا') return false; // a word-initial alef after the article (الأعراق ≠ العراق)
  return i > 0 && 'اوي'.includes(l[i] as string) && l.slice(i + 1) === s.slice(i);
}

/** Real name tokens (not عبد, بن, أبو, آل…) among strict tokens. */
function realTokens(toks: readonly string[]): number {
  return toks.filter((t) => !NON_NAME.has(t)).length;
}

/** Length a token must have (or an agreeing token of the name) for a vowel letter more or less. */
const LOOSE_MIN: Record<EntityType, number> = { PER: 6, LOC: 5, ORG: 5, MISC: 5 };

/**
 * True when two names are spelled as one: their strict tokens (see {@link strictNameToken}) are
 * equal, joined or token by token, or all but one are equal and that one differs by a vowel
 * letter (see {@link vowelLetterApart}) while it, or an agreeing token, is long (six letters for
 * persons, five otherwise: بوتين/بوتن beside فلاديمير, اوروبا/اوربا; never سلمان/سليمان beside محمد بن),
 * or by a final ه beside two agreeing names (نغوين مينه كوانغ / نغوين مين كوانغ).
 */
export function sameNameSpelling(a: readonly string[], b: readonly string[], type: EntityType): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const ab = a.map(bareToken);
  const bb = b.map(bareToken);
  if (ab.join('') === bb.join('')) return true;
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (ab[i] === bb[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  const x = a[diff] as string;
  const y = b[diff] as string;
  if (!vowelLetterApart(x, y) && !vowelLetterApart(bareToken(x), bareToken(y))) return false;
  const min = LOOSE_MIN[type];
  const agreeing = ab.filter((_, i) => i !== diff);
  if (Math.min(bareToken(x).length, bareToken(y).length) >= min || agreeing.some((t) => t.length >= min)) return true;
  // A final h more or less (مين / مينه) beside two agreeing names; a vowel letter never (محمد حمد حسن ≠ محمد حمد حسين).
  const [bx, by] = [bareToken(x), bareToken(y)];
  return (bx === `${by}ه` || by === `${bx}ه`) && realTokens(agreeing) >= 2;
}

/**
 * The links of a patronymic chain (the names between بن): strict tokens without a trailing clan
 * pair, split at بن/ابن, each link's tokens joined without their article.
 */
export function patronymicLinks(toks: readonly string[]): string[] {
  const t = toks.length >= 4 && toks[toks.length - 2] === 'ال' ? toks.slice(0, -2) : toks;
  const links: string[] = [''];
  for (const x of t) {
    if (x === 'بن' || x === 'ابن') links.push('');
    else links[links.length - 1] += bareToken(x);
  }
  return links;
}

/** True when two names are patronymic chains that name different fathers or grandfathers (فيصل بن خالد بن سعود / … بن عبدالعزيز). */
export function chainsConflict(a: readonly string[], b: readonly string[]): boolean {
  const la = patronymicLinks(a);
  const lb = patronymicLinks(b);
  if (la.length < 2 || lb.length < 2) return false;
  for (let i = 0; i < Math.min(la.length, lb.length); i++) if (la[i] !== lb[i]) return true;
  return false;
}

/** Strict tokens that make no name alone: عبد, بن, ابن, بنت, ابو, ام, آل (and the bare article). */
const NON_NAME: ReadonlySet<string> = new Set(['عبد', 'بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام', 'ال', 'اله', 'الله', 'له']);

/** Strict tokens after which the next token is not the person's own name (بن, أبو, عبد, آل). */
const BEFORE_NON_SURNAME: ReadonlySet<string> = new Set(['عبد', 'بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام', 'ال']);

/**
 * Positions of a full name's strict tokens that a lone token may stand for: the last token
 * (surname or family name) unless it follows بن/أبو/عبد/آل (a father's, kunya's or clan name,
 * not this person: سلمان in محمد بن سلمان, سعود in … آل سعود); and, when `firstToo`, the first
 * token (a given name, in the same article). Middle names never (حسين in باراك حسين أوباما).
 */
export function standInPositions(toks: readonly string[], firstToo: boolean): number[] {
  const n = toks.length;
  if (n < 2) return [];
  const out: number[] = [];
  if (firstToo && !NON_NAME.has(toks[0] as string)) out.push(0);
  if (!BEFORE_NON_SURNAME.has(toks[n - 2] as string) && !NON_NAME.has(toks[n - 1] as string)) out.push(n - 1);
  return out;
}

/**
 * True when two names are one person's by their strict tokens with a middle token missing on
 * one side (a real name of three letters or more, not next to بن or أبو: a link of a patronymic
 * chain names another person), a trailing clan pair (آل X) missing, or the last link of a
 * patronymic chain (بن X, with or without a clan pair) missing from a name that has one link.
 */
export function fuzzyNameSpelling(a: readonly string[], b: readonly string[]): boolean {
  if (sameNameSpelling(a, b, 'PER')) return true;
  const [s, l] = a.length <= b.length ? [a.map(bareToken), b.map(bareToken)] : [b.map(bareToken), a.map(bareToken)];
  const eq = (x: readonly string[]): boolean => x.length === s.length && x.every((t, i) => t === s[i]);
  // Every link of a patronymic chain matters: no token next to بن goes (فيصل بن خالد عبدالعزيز ≠ فيصل بن عبدالعزيز).
  const patronymic = (t: string | undefined): boolean => t !== undefined && BEFORE_NON_SURNAME.has(t) && t !== 'ال' && t !== 'عبد';
  if (l.length === s.length + 1 && s.length >= 2)
    for (let i = 1; i < l.length - 1; i++)
      if ((l[i] as string).length >= 3 && !NON_NAME.has(l[i] as string) && !patronymic(l[i - 1]) && !patronymic(l[i + 1]) && eq([...l.slice(0, i), ...l.slice(i + 1)])) return true;
  if (l.length === s.length + 2 && l[l.length - 2] === 'ال' && eq(l.slice(0, -2))) return true;
  // The last link of a patronymic chain missing (with or without a clan pair): both names have بن.
  const chain = l.length >= 5 && l[l.length - 2] === 'ال' ? l.slice(0, -2) : l;
  const isBin = (t: string | undefined): boolean => t === 'بن' || t === 'ابن';
  const c = chain.length;
  const link = isBin(chain[c - 2]) ? 2 : isBin(chain[c - 3]) && chain[c - 2] === 'عبد' ? 3 : 0;
  return link > 0 && c === s.length + link && s.some(isBin) && eq(chain.slice(0, -link));
}

/** Name keys of tokens that do not identify a person (عبد، بن، أبو، الله، آل). */
const GENERIC_KEYS: ReadonlySet<string> = new Set(['عبد', 'بن', 'بو', 'له', 'ل']);

/** Words of a role that say nothing about the person. */
const ROLE_STOP: ReadonlySet<string> = new Set(['في', 'من', 'على', 'عن', 'الى', 'الي', 'مع', 'التي', 'الذي', 'بين', 'لدى', 'العام', 'السابق', 'الحالي']);

/**
 * First words of institutional names (match-normalised): a proclitic before them is stripped
 * even when the whole name is not known yet (بجامعة … → جامعة …).
 */
const NAME_HEADS: ReadonlySet<string> = new Set(
  ['جامعة', 'وزارة', 'مجلس', 'هيئة', 'شركة', 'منظمة', 'بنك', 'اتحاد', 'حزب', 'جمعية', 'مؤسسة', 'مركز', 'صندوق', 'نادي', 'منتدى', 'وكالة', 'محكمة', 'لجنة', 'معهد', 'مستشفى', 'مجموعة', 'جهاز', 'إدارة', 'مكتب', 'برنامج', 'بطولة', 'كأس', 'مطار', 'ميناء', 'جبهة', 'حركة', 'رابطة', 'غرفة', 'سوق', 'بورصة', 'صحيفة', 'قناة', 'مدينة', 'محافظة', 'إمارة', 'منطقة', 'جزيرة', 'بحر', 'نهر', 'جبل'].map((w) => normalizeMatch(w)),
);

/** Raw name key of the clan word آل (`آل سعود`): a full name may be given with or without the pair. */
const CLAN = 'ل';

/** A working mention: the given mention, the name it is keyed and named by, countries of a stripped nisba. */
interface Work {
  readonly m: Mention;
  readonly name: string;
  readonly type: EntityType;
  readonly countries: readonly string[];
}

/** One indexed full-name form for fuzzy matching. */
interface Form {
  readonly id: string;
  /** The token (key) that may differ, or '' for the exact-rest buckets. */
  readonly tok: string;
  /** Position of `tok` (0 = first token). */
  readonly pos: number;
  /** Tokens in the form. */
  readonly n: number;
}

const PREFIX: Record<EntityType, string> = { PER: 'per', LOC: 'loc', ORG: 'org', MISC: 'misc' };

/**
 * Groups mentions into canonical entities, article by article (incremental):
 *
 * - a name the gazetteer knows as a country or capital is a LOC whatever the tagger said;
 * - a mention whose name key equals a known entity's key of the same type joins it (spelling
 *   variants: أندري/أندريه بيلوسوف, بيونج يانج/بيونغ يانغ); gazetteer variant groups map to one
 *   canonical spelling first;
 * - a key match or a fuzzy full-name match must also be a strict spelling of an alias (see
 *   {@link sameNameSpelling}): hamza seats, alef forms, ى/ي, ة/ه, the article, doubled letters
 *   and g/k letters vary; a vowel letter more or less only in long or well-anchored tokens
 *   (حسن ≠ حسين, سلمان ≠ سليمان, هادي ≠ هادئ, العراق ≠ الأعراق, جازان ≠ كازان);
 * - a one-token person mention (`بيلوسوف`, `كيم`) joins the person of the same article whose
 *   surname or first name it is, spelled strictly alike (the most salient: most mentions so far
 *   in the article, then the most recent); never a middle name, a father's name after بن or a
 *   clan name after آل (see {@link standInPositions}); a one-token mention of another type that
 *   is such a part of a person's full name in the same article is that person; failing that,
 *   the person whose surname it is (article and all) when that person has at least half of the
 *   token's uses in full names (فهد or حسن, mostly given names, stand for no one) and no place or
 *   organisation so spelled is mentioned more; or the person whose first name it is when the
 *   mention carries that person's main role (الملك سلمان); else a person of that exact
 *   spelling; different full names never merge (كيم جونغ أون ≠ كيم جونغ إيل), but a name may
 *   lack a middle name, a clan pair or the last link of its patronymic chain (with shared
 *   context);
 * - roles are counted per entity; a nisba in a role (الروسي) becomes a country relation;
 * - the canonical name is the most frequent full form (for persons: of two or more tokens); the Latin name comes from the gazetteer
 *   or the romaniser.
 */
export class EntityResolver {
  readonly #res: ResolverResources;
  #next = 1;
  readonly #byId = new Map<string, Rec>();
  /** `type|key` → entity id, for full-name keys. */
  readonly #byKey = new Map<string, string>();
  /** `type|key` → all entity ids indexed under that full-name key (keys of different names collide). */
  readonly #keyIds = new Map<string, string[]>();
  /** `type|token key` → entity ids having that token in a full name. */
  readonly #byToken = new Map<string, Set<string>>();

  constructor(resources: ResolverResources = {}) {
    this.#res = resources;
  }

  /** Name keys and Latin names by text (names repeat across articles). */
  readonly #keyMemo = new Map<string, string>();
  readonly #latinMemo = new Map<string, string>();

  readonly #tokensMemo = new Map<string, string[]>();
  /** Spelling form → id of a person created for a lone name (so later lone mentions so spelled join it). */
  readonly #loneForm = new Map<string, string>();
  /** `type|spelling form` → entity id: an exact spelling seen before wins over the looser name key. */
  readonly #byForm = new Map<string, string>();

  /** The spelling form of a name (see {@link spellingForm}). */
  static #form(text: string): string {
    return spellingForm(normalizeMatch(text, { hamzaSeats: false }));
  }

  readonly #strictMemo = new Map<string, string[]>();

  /** Strict tokens of a name (see {@link strictNameTokens}; memoised). */
  #strict(text: string): string[] {
    let t = this.#strictMemo.get(text);
    if (t === undefined) {
      t = strictNameTokens(text);
      if (this.#strictMemo.size > 200_000) this.#strictMemo.clear();
      this.#strictMemo.set(text, t);
    }
    return t;
  }

  /**
   * True when `text` is spelled as one of the entity's aliases (see {@link sameNameSpelling}):
   * name keys are loose (صعدة and السعودية, حسن and حسين, العراق and الأعراق share one), so a
   * key match alone does not merge; the gazetteer's variant groups do. Aliases are tried most
   * frequent first (at most 40).
   */
  #closeSpelling(text: string, rec: Rec): boolean {
    if (this.#canonicalText(text) !== text) return true;
    if (rec.aliases.size === 0) return true;
    const t = this.#strict(text);
    let n = 0;
    for (const a of EntityResolver.#frequentAliases(rec)) {
      if (sameNameSpelling(t, this.#strict(a), rec.type)) return true;
      if (++n >= 40) break;
    }
    return false;
  }

  /** The first entity indexed under the key `type|k` that `text` is a spelling of (see {@link EntityResolver.#closeSpelling}). */
  #keyHit(type: EntityType, k: string, text: string): string | undefined {
    for (const id of this.#keyIds.get(`${type}|${k}`) ?? []) if (this.#closeSpelling(text, this.#byId.get(id) as Rec)) return id;
    return undefined;
  }

  /** A record's aliases, most mentioned first. */
  static #frequentAliases(rec: Rec): string[] {
    return [...rec.aliases].sort((x, y) => y[1] - x[1]).map(([a]) => a);
  }

  /**
   * True when a person full name is an alias of `rec` spelled strictly alike, or with a middle
   * token, a clan pair or a last patronymic link missing, and no alias names another father or
   * grandfather (see {@link chainsConflict}).
   */
  #fuzzySpelling(text: string, rec: Rec): boolean {
    const t = this.#strict(text);
    let n = 0;
    let ok = false;
    for (const a of EntityResolver.#frequentAliases(rec)) {
      const at = this.#strict(a);
      if (chainsConflict(t, at)) return false; // another father or grandfather
      if (at.length >= 2 && !ok && fuzzyNameSpelling(t, at)) ok = true;
      if (++n >= 40) break;
    }
    return ok;
  }

  /** Name-key tokens of a text (memoised). */
  #tokens(text: string): string[] {
    let t = this.#tokensMemo.get(text);
    if (t === undefined) {
      t = nameKeyTokens(splitCompounds(text), this.#res.nameKeyTable);
      if (this.#tokensMemo.size > 200_000) this.#tokensMemo.clear();
      this.#tokensMemo.set(text, t);
    }
    return t;
  }

  #key(text: string): string {
    let k = this.#keyMemo.get(text);
    if (k === undefined) {
      k = nameKey(splitCompounds(text), this.#res.nameKeyTable);
      if (this.#keyMemo.size > 200_000) this.#keyMemo.clear();
      this.#keyMemo.set(text, k);
    }
    return k;
  }

  readonly #rawMemo = new Map<string, string[]>();

  /** Name-key tokens keeping a leading article (memoised). */
  #rawTokens(text: string): string[] {
    let t = this.#rawMemo.get(text);
    if (t === undefined) {
      t = nameKeyTokens(splitCompounds(text), this.#res.nameKeyTable, RAW_RULES);
      if (this.#rawMemo.size > 200_000) this.#rawMemo.clear();
      this.#rawMemo.set(text, t);
    }
    return t;
  }

  /** First words (match-normalised) of known multi-word names that are not persons. */
  readonly #heads = new Set<string>();

  /** Fuzzy buckets of person full names (see {@link EntityResolver.#fuzzyKeys}). */
  readonly #fuzzy = new Map<string, Form[]>();
  /** Entity ids seen in each article (context for fuzzy matching). */
  readonly #articleIds = new Map<string, Set<string>>();

  /**
   * Bucket keys of a token list: `D|n|i|rest` (all tokens but position i, which is kept in the
   * entry), `F|all` (the whole name), `R|…` (the name without one middle token) and `C|…` (the
   * name without a trailing clan pair `آل X`).
   */
  #fuzzyKeys(toks: readonly string[], raw: readonly string[]): { key: string; tok: string; pos: number }[] {
    const n = toks.length;
    const out: { key: string; tok: string; pos: number }[] = [];
    for (let i = 0; i < n; i++) out.push({ key: `D|${n}|${i}|${[...toks.slice(0, i), ...toks.slice(i + 1)].join(' ')}`, tok: toks[i] as string, pos: i });
    out.push({ key: `F|${toks.join(' ')}`, tok: '', pos: -1 });
    // A missing middle token: a real name (حافظ), not بن، أبو، عبد or an article.
    for (let i = 1; i < n - 1; i++) {
      const t = toks[i] as string;
      if (t.length >= 3 && t !== 'عبد' && raw[i] !== CLAN) out.push({ key: `R|${[...toks.slice(0, i), ...toks.slice(i + 1)].join(' ')}`, tok: '', pos: i });
    }
    if (n >= 5 && raw[n - 2] === CLAN) out.push({ key: `C|${toks.slice(0, n - 2).join(' ')}`, tok: '', pos: -1 });
    // The same name without its last patronymic link (محمد بن نايف بن عبدالعزيز [آل سعود] → محمد بن نايف).
    const m = n >= 5 && raw[n - 2] === CLAN ? n - 2 : n;
    const link = toks[m - 2] === 'بن' ? 2 : toks[m - 3] === 'بن' && toks[m - 2] === 'عبد' ? 3 : 0;
    const prefix = toks.slice(0, m - link);
    if (link > 0 && prefix.length >= 3 && prefix.includes('بن')) out.push({ key: `C|${prefix.join(' ')}`, tok: '', pos: -1 });
    return out;
  }

  /**
   * Token lists of a person name: its name keys and, when the first token starts with the
   * article, the same with the article kept on the first token (ألكسيس and أليكسيس agree only so).
   */
  #variants(text: string): string[][] {
    const raw = this.#rawTokens(text);
    const str = this.#tokens(text);
    return raw.length !== str.length || raw[0] === str[0] ? [str] : [str, [raw[0] as string, ...str.slice(1)]];
  }

  #indexFuzzy(rec: Rec, text: string): void {
    const raw = this.#rawTokens(text);
    if (rec.type !== 'PER' || raw.length < 2) return;
    for (const toks of this.#variants(text))
      for (const f of this.#fuzzyKeys(toks, raw)) {
        let list = this.#fuzzy.get(f.key);
        if (!list) this.#fuzzy.set(f.key, (list = []));
        if (!list.some((x) => x.id === rec.id && x.tok === f.tok)) list.push({ id: rec.id, tok: f.tok, pos: f.pos, n: toks.length });
      }
  }

  /**
   * True when two differing tokens at position `pos` of names of `n` tokens whose other tokens
   * agree are one spelling: one letter more or less, not the first letter (نغوين = نغويين, مين =
   * مينه; but سلمان ≠ سلطان, محمد ≠ أحمد, البدري ≠ السديري), keys of four letters or more for a
   * first or last token and two or more inside (أون ≠ إيل), and the agreeing tokens include one
   * of four letters or more (so not عبد الله or جون alone: جون كيري ≠ جون كيربي).
   */
  static #spelling(a: string, b: string, pos: number, n: number, distinctive: boolean): boolean {
    if (a === b) return true;
    if (!distinctive || a.length === b.length || a[0] !== b[0] || !oneEdit(a, b)) return false;
    const min = Math.min(a.length, b.length);
    return pos === 0 || pos === n - 1 ? min >= 4 : min >= 2;
  }

  /**
   * True when a short full name is specific enough to stand for a longer one: two tokens or more
   * besides عبد, بن, أبو, الله and آل, of five letters or more in all (not عبد الحميد).
   */
  static #specific(toks: readonly string[]): boolean {
    const real = toks.filter((t) => t.length >= 2 && !GENERIC_KEYS.has(t));
    return real.length >= 2 && real.join('').length >= 5;
  }

  /**
   * Candidate persons for a full name not known by key: one token spelled differently (see
   * {@link EntityResolver.#spelling}), a middle token missing on either side, or a trailing clan
   * pair (`آل سعود`) missing on either side.
   */
  #fuzzyCandidates(text: string): Set<string> {
    const out = new Set<string>();
    const raw = this.#rawTokens(text);
    if (raw.length < 2) return out;
    const get = (k: string): Form[] => this.#fuzzy.get(k) ?? [];
    for (const toks of this.#variants(text)) {
      const n = toks.length;
      for (const f of this.#fuzzyKeys(toks, raw)) {
        if (f.key.startsWith('D|')) {
          const distinctive = toks.some((t, j) => j !== f.pos && t.length >= 4);
          for (const x of get(f.key)) if (EntityResolver.#spelling(x.tok, f.tok, f.pos, n, distinctive)) out.add(x.id);
        } else if (f.key.startsWith('F|')) {
          if (EntityResolver.#specific(toks)) for (const x of get(`R|${f.key.slice(2)}`)) out.add(x.id); // a longer known name
          for (const x of get(`C|${f.key.slice(2)}`)) out.add(x.id); // the same name with a clan pair
        } else if (f.key.startsWith('R|') || f.key.startsWith('C|')) {
          if (EntityResolver.#specific(f.key.slice(2).split(' '))) for (const x of get(`F|${f.key.slice(2)}`)) if (x.n >= 2) out.add(x.id); // a shorter known name
        }
      }
    }
    return out;
  }

  /** Role words of a role text (match-normalised, article dropped, stop words out). */
  static #roleWords(role: string): string[] {
    let words = EntityResolver.#roleMemo.get(role);
    if (words === undefined) {
      words = normalizeMatch(role)
        .split(/\s+/)
        .map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w))
        .filter((w) => w.length >= 3 && !ROLE_STOP.has(w));
      if (EntityResolver.#roleMemo.size > 50_000) EntityResolver.#roleMemo.clear();
      EntityResolver.#roleMemo.set(role, words);
    }
    return words;
  }

  static readonly #roleMemo = new Map<string, string[]>();

  #canonicalText(text: string): string {
    const g = this.#res.gazetteer;
    if (!g) return text;
    return g.canonical.get(gazKey(text)) ?? text;
  }

  #create(type: EntityType): Rec {
    const rec: Rec = { id: `${PREFIX[type]}-${this.#next++}`, type, aliases: new Map(), roles: new Map(), countries: new Map(), mentions: [], keys: new Set() };
    this.#byId.set(rec.id, rec);
    return rec;
  }

  #indexKey(rec: Rec, text: string): void {
    const k = this.#key(this.#canonicalText(text));
    if (k === '') return;
    rec.keys.add(k);
    if (!this.#byKey.has(`${rec.type}|${k}`)) this.#byKey.set(`${rec.type}|${k}`, rec.id);
    const ids = this.#keyIds.get(`${rec.type}|${k}`);
    if (!ids) this.#keyIds.set(`${rec.type}|${k}`, [rec.id]);
    else if (!ids.includes(rec.id) && ids.length < 32) ids.push(rec.id);
    this.#indexFuzzy(rec, text);
    if (rec.type !== 'PER') {
      const words = normalizeMatch(text).split(/\s+/).filter((w) => w !== '');
      if (words.length >= 2 && (words[0] as string).length >= 3) this.#heads.add(words[0] as string);
    }
    for (const t of this.#tokens(text)) {
      const tk = `${rec.type}|${t}`;
      let s = this.#byToken.get(tk);
      if (!s) this.#byToken.set(tk, (s = new Set()));
      s.add(rec.id);
    }
  }

  /**
   * True when the one-token name `short` stands for the full name `full`: its strict spelling
   * (see {@link strictNameToken}) equals the full name's surname or family name, or its first
   * name when `firstToo` (see {@link standInPositions}).
   */
  #partOf(short: string, full: string, firstToo: boolean): boolean {
    const st = this.#strict(short);
    if (st.length !== 1) return false;
    const toks = this.#strict(full);
    const want = bareToken(st[0] as string);
    return standInPositions(toks, firstToo).some((i) => bareToken(toks[i] as string) === want);
  }

  /**
   * The person a lone first name stands for outside its article when the mention's role says so
   * (الملك سلمان → the king whose full name starts with سلمان): among the persons whose full
   * name starts with the strict token `tok` and whose most frequent role shares a word with the
   * mention's roles, the most mentioned, when it has at least two thirds of their mentions;
   * else undefined.
   */
  #firstNameByRole(tok: string, m: Mention, candidates: readonly Rec[]): Rec | undefined {
    const words = new Set((m.roles ?? []).flatMap((r) => EntityResolver.#roleWords(r.text)));
    if (words.size === 0 || NON_NAME.has(tok)) return undefined;
    let best: Rec | undefined;
    let total = 0;
    for (const r of candidates) {
      if (![...r.aliases.keys()].some((a) => this.#strict(a).length >= 2 && this.#strict(a)[0] === tok)) continue;
      let top = '';
      let topN = 0;
      for (const [role, c] of r.roles) if (c > topN) [top, topN] = [role, c];
      if (!EntityResolver.#roleWords(top).some((x) => words.has(x))) continue;
      total += r.mentions.length;
      if (!best || r.mentions.length > best.mentions.length) best = r;
    }
    return best && best.mentions.length * 3 >= total * 2 ? best : undefined;
  }

  /** Mentions of the entity of a type spelled exactly like `text`, or 0. */
  #mentionsOf(type: EntityType, text: string): number {
    const id = this.#byForm.get(`${type}|${EntityResolver.#form(text)}`);
    return id === undefined ? 0 : (this.#byId.get(id)?.mentions.length ?? 0);
  }

  /** Mentions of the place, organisation or other (non-person) entity spelled exactly like `text`, or 0. */
  #otherTypeMentions(text: string): number {
    const f = EntityResolver.#form(text);
    let n = 0;
    for (const t of ['LOC', 'ORG', 'MISC'] as const) {
      const id = this.#byForm.get(`${t}|${f}`);
      if (id !== undefined) n = Math.max(n, this.#byId.get(id)?.mentions.length ?? 0);
    }
    return n;
  }

  /**
   * Mentions of full names (two tokens or more) of the persons `recs` using the strict token
   * `tok`: `surname` those where it is the surname (see {@link standInPositions}), article and
   * all (اليوسف is no surname for a lone يوسف outside its article), per person; `total` all uses
   * with or without the article (given names, fathers' names, surnames).
   */
  #tokenUses(tok: string, recs: readonly Rec[]): { surname: Map<string, number>; total: number } {
    const surname = new Map<string, number>();
    const bare = bareToken(tok);
    let total = 0;
    for (const r of recs)
      for (const [a, c] of r.aliases) {
        const toks = this.#strict(a);
        if (toks.length < 2 || !toks.some((t) => bareToken(t) === bare)) continue;
        total += c;
        if (standInPositions(toks, false).some((i) => toks[i] === tok)) surname.set(r.id, (surname.get(r.id) ?? 0) + c);
      }
    return { surname, total };
  }

  /** True when the gazetteer knows the name as a place with an English name (countries, capitals). */
  #knownPlace(text: string): boolean {
    const g = this.#res.gazetteer;
    if (!g) return false;
    const k = gazKey(this.#canonicalText(text));
    return ((g.phraseBits.get(k) ?? 0) & GAZ_BIT.LOC) !== 0 && g.latin.has(k);
  }


  #nisba(role: string): string[] {
    const g = this.#res.gazetteer;
    if (!g) return [];
    const toks = normalizeMatch(role).split(/\s+/).filter((t) => t !== '');
    const out: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      // Two-word nisbas first (الكوري الشمالي), then one word.
      const two = i + 1 < toks.length ? g.nisba.get(`${toks[i]} ${toks[i + 1]}`) : undefined;
      if (two !== undefined) {
        out.push(two);
        i++;
        continue;
      }
      const one = g.nisba.get(toks[i] as string);
      if (one !== undefined) out.push(one);
    }
    return out;
  }

  /** True when the gazetteer knows a phrase (any type). */
  #inGazetteer(text: string): boolean {
    const g = this.#res.gazetteer;
    return g !== undefined && (g.phraseBits.get(gazKey(this.#canonicalText(text))) ?? 0) !== 0;
  }

  /** True when a name is known: in the gazetteer, as an entity of any type, or among the article's mentions. */
  #knownName(text: string, article: ReadonlySet<string>): boolean {
    if (this.#inGazetteer(text)) return true;
    const k = this.#key(this.#canonicalText(text));
    if (k === '' || article.has(k)) return k !== '';
    return (['LOC', 'ORG', 'MISC', 'PER'] as const).some((t) => this.#byKey.has(`${t}|${k}`));
  }

  /** True when the gazetteer knows a phrase as a place, organisation or other name (not as a person). */
  #inGazetteerNonPerson(text: string): boolean {
    const g = this.#res.gazetteer;
    return g !== undefined && ((g.phraseBits.get(gazKey(this.#canonicalText(text))) ?? 0) & (GAZ_BIT.LOC | GAZ_BIT.ORG | GAZ_BIT.MISC)) !== 0;
  }

  /**
   * The name of a non-person mention without a proclitic on its first word (بجامعة القاهرة →
   * جامعة القاهرة, للأمم المتحدة → الأمم المتحدة), when the mention as written is not in the
   * gazetteer. A conjunction (و، ف) or a preposition before the article (بال…، لل…) goes when
   * the stripped form is known (see {@link EntityResolver.#knownName}) or, for a name of several
   * words, starts with an institutional head word or the first word of a known name. A
   * preposition (ب، ل، ك) before a word without the article may be a root letter (لوزان، بعقوبة),
   * so it goes only when the name as written is no known entity and the stripped form is in the
   * gazetteer (not as a person), among the article's other mentions, or starts with a head word;
   * the same holds for a conjunction on a one-word name without the article (فيلة is no ف + يلة).
   */
  #stripProclitic(text: string, type: EntityType, article: ReadonlySet<string>): string {
    const sp = text.search(/\s/);
    const first = sp < 0 ? text : text.slice(0, sp);
    const rest = sp < 0 ? '' : text.slice(sp);
    const n = normalizeMatch(first);
    if (n.length < 4 || !'وفبلك'.includes(n[0] as string) || this.#inGazetteer(text)) return text;
    const ownKnown = this.#byKey.has(`${type}|${this.#key(this.#canonicalText(text))}`);
    const conj = 'وف'.includes(n[0] as string);
    const cands: { c: string; prep: boolean }[] = [];
    if (n.startsWith('لل')) cands.push({ c: `ال${first.slice(2)}`, prep: false });
    cands.push({ c: first.slice(1), prep: !conj });
    if (conj && 'بلك'.includes(n[1] as string) && n.length >= 5) {
      if (n.slice(1).startsWith('لل')) cands.push({ c: `ال${first.slice(3)}`, prep: false });
      cands.push({ c: first.slice(2), prep: true });
    }
    for (const { c, prep } of cands) {
      const cn = normalizeMatch(c);
      if (cn.length < 3) continue;
      const whole = c + rest;
      const ok =
        !cn.startsWith('ال') && (prep || rest === '')
          ? !ownKnown && (this.#inGazetteerNonPerson(whole) || article.has(this.#key(this.#canonicalText(whole))) || (rest !== '' && NAME_HEADS.has(cn)))
          : this.#knownName(whole, article) || (rest !== '' && (NAME_HEADS.has(cn) || this.#heads.has(cn)));
      if (ok) return whole;
    }
    return text;
  }

  /** Country of a nisba of one or two words (match-normalised lookup), or undefined. */
  #nisbaOf(words: readonly string[]): string | undefined {
    const g = this.#res.gazetteer;
    return g?.nisba.get(normalizeMatch(words.join(' ')));
  }

  /**
   * A person's name without a nisba adjective written before it (الفيتنامي نجوين …) or after it
   * when the rest is a known full name (… كوانج الفيتنامي); the nisbas' countries are returned.
   */
  #stripNisba(text: string, article: ReadonlySet<string>): { name: string; countries: string[] } {
    let words = text.split(/\s+/).filter((w) => w !== '');
    const countries: string[] = [];
    if (!this.#res.gazetteer || words.length < 2) return { name: text, countries };
    for (const len of [2, 1]) {
      if (words.length <= len) continue;
      const c = this.#nisbaOf(words.slice(0, len));
      if (c !== undefined) {
        countries.push(c);
        words = words.slice(len);
        break;
      }
    }
    for (const len of [2, 1]) {
      if (words.length < len + 2) continue;
      const c = this.#nisbaOf(words.slice(-len));
      const rest = words.slice(0, -len).join(' ');
      const k = this.#key(rest);
      if (c !== undefined && (this.#byKey.has(`PER|${k}`) || article.has(k))) {
        countries.push(c);
        words = words.slice(0, -len);
        break;
      }
    }
    return countries.length > 0 ? { name: words.join(' '), countries } : { name: text, countries };
  }

  /** The working form of a mention: its name without nisba or proclitic, and its type. */
  #surface(m: Mention, article: ReadonlySet<string>): Work {
    if (m.type === 'PER') {
      const { name, countries } = this.#stripNisba(m.text, article);
      return { m, name, type: this.#knownPlace(name) ? 'LOC' : 'PER', countries };
    }
    const name = this.#stripProclitic(m.text, m.type, article);
    return { m, name, type: m.type !== 'LOC' && this.#knownPlace(name) ? 'LOC' : m.type, countries: [] };
  }

  /**
   * True when a candidate shares context with the article: it is already in the article, shares
   * a role word with the mention, or co-occurred earlier with an entity of this article.
   */
  #sharesContext(rec: Rec, ctx: ReadonlySet<string>, roleWords: ReadonlySet<string>): boolean {
    if (ctx.has(rec.id)) return true;
    for (const r of rec.roles.keys()) for (const w of EntityResolver.#roleWords(r)) if (roleWords.has(w)) return true;
    const seen = new Set<string>();
    for (let j = rec.mentions.length - 1; j >= 0 && seen.size < 64; j--) {
      const a = (rec.mentions[j] as EntityMentionRef).articleId;
      if (seen.has(a)) continue;
      seen.add(a);
      const s = this.#articleIds.get(a);
      if (s) for (const id of ctx) if (id !== rec.id && s.has(id)) return true;
    }
    return false;
  }

  /**
   * Resolve the mentions of one article; returns the entity id of each mention (same order).
   * Mentions of one article should be given together, in text order. A mention is keyed and
   * named by its text without a leading nisba (persons) or proclitic (other types, when the
   * stripped form is known); its span is kept as given.
   */
  add(articleId: string, given: readonly Mention[], context: ArticleContext = {}): string[] {
    void context;
    const ids = new Array<string>(given.length).fill('');
    const local = new Map<string, number>(); // entity id → mentions in this article
    const lastSeen = new Map<string, number>();
    let ctx = this.#articleIds.get(articleId);
    if (!ctx) this.#articleIds.set(articleId, (ctx = new Set()));
    const articleCtx = ctx;
    const articleKeys = new Set(given.map((m) => this.#key(this.#canonicalText(m.text))));
    let work = given.map((m) => this.#surface(m, articleKeys));
    const assign = (i: number, rec: Rec): void => {
      const w = work[i] as Work;
      const m = w.m;
      ids[i] = rec.id;
      rec.aliases.set(w.name, (rec.aliases.get(w.name) ?? 0) + 1);
      const fk = `${rec.type}|${EntityResolver.#form(w.name)}`;
      if (!this.#byForm.has(fk)) this.#byForm.set(fk, rec.id);
      rec.mentions.push({ articleId, start: m.start, end: m.end, text: m.text });
      for (const r of m.roles ?? []) {
        rec.roles.set(r.text, (rec.roles.get(r.text) ?? 0) + 1);
        for (const c of this.#nisba(r.text)) rec.countries.set(c, (rec.countries.get(c) ?? 0) + 1);
      }
      for (const c of w.countries) rec.countries.set(c, (rec.countries.get(c) ?? 0) + 1);
      local.set(rec.id, (local.get(rec.id) ?? 0) + 1);
      lastSeen.set(rec.id, i);
      articleCtx.add(rec.id);
    };
    const oneToken = (w: Work): boolean => this.#tokens(w.name).length === 1;
    // A one-token non-person mention contained in a person's full name of this article is that person (a surname tagged LOC).
    const fullPer = work.filter((w) => w.type === 'PER' && !oneToken(w));
    work = work.map((w) =>
      w.type !== 'PER' && oneToken(w) && !this.#knownPlace(w.name) && this.#key(w.name).length >= 3 && fullPer.some((p) => this.#partOf(w.name, p.name, true) && this.#otherTypeMentions(w.name) <= this.#mentionsOf('PER', p.name))
        ? { ...w, type: 'PER' }
        : w,
    );
    const isPartial = (w: Work): boolean => w.type === 'PER' && oneToken(w);
    const deferred: number[] = [];
    // Pass 1: names known by key, and everything that is not a person name.
    work.forEach((w, i) => {
      if (isPartial(w)) return;
      const k = this.#key(this.#canonicalText(w.name));
      const byForm = this.#byForm.get(`${w.type}|${EntityResolver.#form(w.name)}`);
      // A key match must also be a close spelling (keys of different names collide).
      const hit = byForm ?? this.#keyHit(w.type, k, w.name);
      if (hit === undefined && w.type === 'PER') {
        deferred.push(i);
        return;
      }
      const rec = hit !== undefined ? (this.#byId.get(hit) as Rec) : this.#create(w.type);
      if (!rec.keys.has(k)) this.#indexKey(rec, w.name);
      assign(i, rec);
    });
    // Pass 1b: new person full names → a known person spelled slightly differently with shared context, else a new person.
    for (const i of deferred) {
      const w = work[i] as Work;
      const k = this.#key(this.#canonicalText(w.name));
      const hit = this.#keyHit('PER', k, w.name);
      let rec = hit !== undefined ? (this.#byId.get(hit) as Rec) : undefined;
      if (!rec) {
        const roleWords = new Set((w.m.roles ?? []).flatMap((r) => EntityResolver.#roleWords(r.text)));
        for (const id of this.#fuzzyCandidates(w.name)) {
          const r = this.#byId.get(id);
          if (r && r.type === 'PER' && (!rec || r.mentions.length > rec.mentions.length) && this.#fuzzySpelling(w.name, r) && this.#sharesContext(r, articleCtx, roleWords)) rec = r;
        }
      }
      if (!rec) rec = this.#create('PER');
      if (!rec.keys.has(k)) this.#indexKey(rec, w.name);
      assign(i, rec);
    }
    // Pass 2: one-token person names → the most salient full name of this article it stands for
    // (surname or first name), else the person whose surname it is when that person dominates
    // the name's uses in full names, else a person known by that exact spelling.
    work.forEach((w, i) => {
      if (!isPartial(w)) return;
      const k = this.#key(w.name);
      const st = this.#strict(w.name)[0] ?? '';
      const candidates = [...(this.#byToken.get(`PER|${k}`) ?? [])].map((id) => this.#byId.get(id) as Rec);
      const inArticle = candidates.filter((r) => local.has(r.id) && [...r.aliases.keys()].some((a) => this.#partOf(w.name, a, true)));
      let best: Rec | undefined;
      if (inArticle.length > 0) {
        const score = (r: Rec): number => (local.get(r.id) ?? 0) * 1e9 + r.mentions.length * 1e4 + (lastSeen.get(r.id) ?? 0);
        for (const r of inArticle) if (!best || score(r) > score(best)) best = r;
      } else if (st !== '') {
        const uses = this.#tokenUses(st, candidates);
        let top = 0;
        for (const [id, c] of uses.surname)
          if (c > top) {
            top = c;
            best = this.#byId.get(id);
          }
        if (top * 2 < uses.total || this.#otherTypeMentions(w.name) > top) best = undefined;
        best ??= this.#firstNameByRole(st, w.m, candidates);
      }
      if (!best) {
        const form = EntityResolver.#form(w.name);
        const lone = this.#loneForm.get(form);
        const hit = lone ?? this.#keyHit('PER', k, w.name);
        best = hit !== undefined ? (this.#byId.get(hit) as Rec) : undefined;
        if (!best) {
          best = this.#create('PER');
          this.#indexKey(best, w.name);
          this.#loneForm.set(form, best.id);
        }
      }
      assign(i, best);
    });
    return ids;
  }

  /** Number of entities. */
  get size(): number {
    return this.#byId.size;
  }

  #canonicalName(rec: Rec): string {
    let best = '';
    let bestScore = -1;
    for (const [text, n] of rec.aliases) {
      const full = this.#strict(text).filter((t) => /\p{L}/u.test(t)).length;
      const s = (rec.type === 'PER' && full >= 2 ? 1e9 : 0) + n * 100 + Math.min(full, 9);
      if (s > bestScore) {
        bestScore = s;
        best = text;
      }
    }
    return best;
  }

  #latin(name: string, type: EntityType): string {
    const key = `${type}|${name}`;
    let l = this.#latinMemo.get(key);
    if (l === undefined) {
      l = this.#latinUncached(name, type);
      if (this.#latinMemo.size > 100_000) this.#latinMemo.clear();
      this.#latinMemo.set(key, l);
    }
    return l;
  }

  /** The gazetteer's English name of a phrase, or undefined. */
  #gazLatin(text: string): string | undefined {
    return this.#res.gazetteer?.latin.get(gazKey(text));
  }

  /**
   * The Latin display name. For persons, word by word the most attested English form in the
   * transliteration pairs (`RomanizeTable.names`, when the model has them; see
   * {@link romanizeName}) comes first — the gazetteer's person rows spell names poorly (June for
   * John) — then the gazetteer's English name (of the whole name, else of the word), then the
   * romaniser. Other types: the gazetteer first, then the romaniser, without display names (the
   * pairs are person-name tokens: جدة there is a grandmother).
   */
  #latinUncached(name: string, type: EntityType): string {
    const base = this.#res.romanizeTable;
    const table = type === 'PER' || base?.names === undefined ? base : { ...base, names: new Map<string, string>() };
    const words = name.split(/\s+/).filter((t) => t !== '');
    const named = (w: string): boolean => {
      const l = romanizeLetters(w);
      return table?.names?.has(l) === true || (l.startsWith('ال') && table?.names?.has(l.slice(2)) === true);
    };
    if (type !== 'PER' || !words.every(named)) {
      const hit = this.#gazLatin(name) ?? this.#gazLatin(this.#canonicalText(name));
      if (hit !== undefined) return hit;
    }
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      // عبد and the next word with the article are one compound (عبد العزيز → Abdulaziz).
      const next = words[i + 1];
      const joined = romanizeLetters(w) === 'عبد' && next !== undefined && romanizeLetters(next).startsWith('ال');
      const direct = named(w) || joined ? undefined : this.#gazLatin(w);
      if (direct !== undefined) {
        out.push(direct);
        continue;
      }
      const r = romanizeName(joined ? `${w} ${next}` : w, table);
      if (joined) i++;
      if (r !== '') out.push(r.startsWith('Al-') && out.length > 0 ? `al-${r.slice(3)}` : r);
    }
    return out.join(' ').replace(/^al-/, 'Al-');
  }

  /** One entity in the export shape, or undefined. */
  entity(id: string): EntityJson | undefined {
    const rec = this.#byId.get(id);
    return rec ? this.#toJson(rec) : undefined;
  }

  #toJson(rec: Rec): EntityJson {
    const name = this.#canonicalName(rec);
    const sorted = (m: Map<string, number>): AliasCount[] =>
      [...m].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
    return {
      id: rec.id,
      type: rec.type,
      name,
      nameLatin: this.#latin(name, rec.type),
      aliases: sorted(rec.aliases),
      roles: sorted(rec.roles),
      countries: [...rec.countries].map(([country, count]) => ({ country, count })).sort((a, b) => b.count - a.count),
      mentions: rec.mentions.slice(),
    };
  }

  /**
   * Entities matching a query (for `marsad entity <name-or-id>`): the entity with that id, else
   * those with an alias of the same name key, else those with an alias containing it; most
   * mentioned first.
   */
  find(query: string): EntityJson[] {
    const byId = this.#byId.get(query.trim());
    if (byId) return [this.#toJson(byId)];
    const recs = [...this.#byId.values()];
    const t = this.#res.nameKeyTable;
    for (const want of ['same', 'contained'] as const) {
      const hits = recs.filter((r) => [...r.aliases.keys()].some((a) => nameKeyMatches(query, a, t) === want && (want === 'same' || this.#key(query).length <= this.#key(a).length)));
      if (hits.length > 0) return hits.map((r) => this.#toJson(r)).sort((a, b) => b.mentions.length - a.mentions.length);
    }
    return [];
  }

  /** Entities that share articles with `id`, with the number of shared articles, most first. */
  cooccurring(id: string, limit = 20): { id: string; name: string; type: EntityType; articles: number }[] {
    const rec = this.#byId.get(id);
    if (!rec) return [];
    const arts = new Set(rec.mentions.map((m) => m.articleId));
    const out: { id: string; name: string; type: EntityType; articles: number }[] = [];
    for (const other of this.#byId.values()) {
      if (other.id === id) continue;
      const shared = new Set(other.mentions.filter((m) => arts.has(m.articleId)).map((m) => m.articleId)).size;
      if (shared > 0) out.push({ id: other.id, name: this.#canonicalName(other), type: other.type, articles: shared });
    }
    return out.sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /** All entities in the export shape, most mentioned first. */
  entities(type?: EntityType): EntityJson[] {
    const out: EntityJson[] = [];
    for (const rec of this.#byId.values()) if (type === undefined || rec.type === type) out.push(this.#toJson(rec));
    return out.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  }

  /** The resolver's state as plain JSON (see {@link EntityResolver.fromJSON}). */
  toJSON(): ResolverState {
    return {
      version: 1,
      next: this.#next,
      entities: [...this.#byId.values()].map((r) => ({
        id: r.id,
        type: r.type,
        aliases: [...r.aliases],
        roles: [...r.roles],
        countries: [...r.countries],
        mentions: r.mentions.slice(),
        keys: [...r.keys],
      })),
    };
  }

  /** Rebuild a resolver from {@link EntityResolver.toJSON} output. */
  static fromJSON(state: ResolverState, resources: ResolverResources = {}): EntityResolver {
    const r = new EntityResolver(resources);
    r.#next = state.next;
    for (const e of state.entities) {
      const rec: Rec = {
        id: e.id,
        type: e.type,
        aliases: new Map(e.aliases),
        roles: new Map(e.roles),
        countries: new Map(e.countries),
        mentions: e.mentions.slice(),
        keys: new Set(),
      };
      r.#byId.set(rec.id, rec);
      const lone = rec.type === 'PER' && [...rec.aliases.keys()].every((a) => r.#tokens(a).length === 1);
      for (const a of rec.aliases.keys()) if (rec.type !== 'PER' || r.#tokens(a).length > 1 || rec.aliases.size === 1 || lone) r.#indexKey(rec, a);
      for (const a of rec.aliases.keys()) {
        const fk = `${rec.type}|${EntityResolver.#form(a)}`;
        if (!r.#byForm.has(fk)) r.#byForm.set(fk, rec.id);
      }
      if (lone)
        for (const a of rec.aliases.keys()) if (!r.#loneForm.has(EntityResolver.#form(a))) r.#loneForm.set(EntityResolver.#form(a), rec.id);
      for (const k of e.keys) rec.keys.add(k);
      for (const mm of rec.mentions) {
        let set = r.#articleIds.get(mm.articleId);
        if (!set) r.#articleIds.set(mm.articleId, (set = new Set()));
        set.add(rec.id);
      }
    }
    return r;
  }
}
