import type { Token } from '../arabic/tokenize.js';
import { nameKey } from '../arabic/nameKey.js';
import { normalizeMatch } from '../arabic/normalize.js';
import type { Segmentation } from '../arabic/clitics.js';
import { bioSpans } from './nerEval.js';
import { TITLE_WORDS, TRIGGERS } from './triggers.js';

/** Entity type of a mention (ANERcorp's PERS is written PER). */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A span of the clean text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A named-entity mention with offsets into the clean text. */
export interface Mention extends TextSpan {
  readonly type: EntityType;
  /** Name key (`nameKey`) of the text, for matching spelling variants. */
  readonly key: string;
  /** Roles/titles describing a person (`وزير الدفاع الروسي`), with their spans. */
  readonly roles?: readonly TextSpan[];
}

/** Map an ANERcorp type to a mention type. */
export function entityType(t: string): EntityType | undefined {
  return t === 'PERS' || t === 'PER' ? 'PER' : t === 'LOC' ? 'LOC' : t === 'ORG' ? 'ORG' : t === 'MISC' ? 'MISC' : undefined;
}

/** Words that can head a role besides titles (counterpart). */
const ROLE_HEADS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...['نظير', 'نظيره', 'نظيرته', 'نظيرها', 'نظيرتها'].map((w) => normalizeMatch(w))]);

/** Longest role in tokens. */
const MAX_ROLE = 7;

const isComma = (t: Token | undefined): boolean => t !== undefined && (t.text === '،' || t.text === ',');
const isWord = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'arabic' || t.kind === 'latin');

/** The role head test: the token (without a leading و/ف/ب/ل) is a title or counterpart word. */
function isRoleHead(t: Token, segment: (w: string) => Segmentation): boolean {
  const n = normalizeMatch(t.text);
  if (ROLE_HEADS.has(n)) return true;
  const s = segment(t.text);
  return ROLE_HEADS.has(s.base) || (s.prefixes.at(-1) === 'ال' && ROLE_HEADS.has(`ال${s.base}`));
}

/** Words that end a role when scanning (verbs of speech, prepositions). */
function isStop(t: Token): boolean {
  const c = TRIGGERS.get(normalizeMatch(t.text));
  return c === 'speech' || c === 'prep';
}

/**
 * Find the role of a person mention over tokens `[first, last]` of a sentence `[lo, hi)`:
 * a run of words just before the name that starts with a title (`وزير الدفاع الروسي أندريه
 * بيلوسوف`), the same before a comma (`نظيرته الكورية الشمالية، تشوي سون هوي`), or an apposition
 * after the name between commas (`بيلوسوف، وزير الدفاع الروسي،`). `taken` holds the tokens of
 * other person mentions, which a role never crosses.
 */
export function findRole(
  tokens: readonly Token[],
  first: number,
  last: number,
  lo: number,
  hi: number,
  taken: ReadonlySet<number>,
  segment: (w: string) => Segmentation,
): [number, number] | undefined {
  const before = (end: number): [number, number] | undefined => {
    let head = -1;
    for (let j = end; j >= lo && end - j < MAX_ROLE; j--) {
      const t = tokens[j] as Token;
      if (!isWord(t) || taken.has(j) || isStop(t)) break;
      if (isRoleHead(t, segment)) head = j;
    }
    return head >= 0 ? [head, end] : undefined;
  };
  const direct = before(first - 1);
  if (direct) return direct;
  if (first - 2 >= lo && isComma(tokens[first - 1])) {
    const r = before(first - 2);
    if (r) return r;
  }
  if (last + 2 < hi && isComma(tokens[last + 1]) && isRoleHead(tokens[last + 2] as Token, segment)) {
    let end = last + 2;
    while (end + 1 < hi && end - last < MAX_ROLE && isWord(tokens[end + 1]) && !taken.has(end + 1) && !isStop(tokens[end + 1] as Token)) end++;
    return [last + 2, end];
  }
  return undefined;
}

/**
 * How many leading characters of a name's first token are proclitics to leave out: a conjunction
 * و/ف is always removed when the segmenter splits it; a preposition ب/ل/ك only when the rest is
 * a known name (`known`) or the segmenter removed only that one letter from a longer word
 * (وبيونج is و + بيونج, not و + ب + يونج). The article ال stays.
 */
export function stripProclitics(token: string, name: string, segment: (w: string) => Segmentation, known: (name: string) => boolean): number {
  const seg = segment(token);
  const pre = seg.prefixes.filter((p) => p !== 'ال');
  if (pre.length === 0 || seg.baseStart <= 0) return 0;
  const keepAl = seg.prefixes.at(-1) === 'ال' && normalizeMatch(token.slice(Math.max(0, seg.baseStart - 2), seg.baseStart)) === 'ال';
  const full = keepAl ? seg.baseStart - 2 : seg.baseStart;
  const conj = pre[0] === 'و' || pre[0] === 'ف' ? 1 : 0;
  if (pre.length === conj) return full;
  // A preposition is involved: accept it only for a known name.
  if (known(name.slice(full))) return full;
  return conj;
}

/** Strip diacritics and tatweel only: hamza seats and alef maqsura stay as written. */
const light = (w: string): string => w.replace(/[\u064b-\u065f\u0670\u0640]/g, '');

/**
 * Words that never begin or end a person's name (particles, pronouns, kinship nouns), compared
 * as written (diacritics aside) after proclitics are removed: a tagged span `بأن كيم` or `بوالد
 * كيم` loses its first word. Written forms matter: `على` is a preposition but `علي` is a name,
 * `أن` a particle but `آن` a name, so neither is compared after normalisation.
 */
const NOT_NAME_EDGE: ReadonlySet<string> = new Set(
  'أن إن ان أنه إنه انه أنها إنها انها لأن لان كان كانت قد لقد ثم حيث التي الذي الذين هذا هذه ذلك تلك هو هي هم لم لن لا ما ماذا عن على إلى الى من في مع بعد قبل عند لدى حول ضد خلال كل بين والد والدة والده شقيق شقيقة شقيقه زوج زوجة زوجته نجل نجله ابنه ابنته أيضا ايضا'.split(' '),
);

/** A particle, preposition or speech verb, as written. */
const isEdgeWord = (w: string): boolean => {
  if (NOT_NAME_EDGE.has(w)) return true;
  const c = TRIGGERS.get(normalizeMatch(w));
  return c === 'prep' || c === 'speech';
};

/** True when token `t` cannot be the first or last word of a person's name. */
function notNameEdge(t: Token, segment: (w: string) => Segmentation): boolean {
  if (t.kind !== 'arabic') return false;
  const w = light(t.text);
  if (isEdgeWord(w)) return true;
  // Proclitics before a particle, which the segmenter keeps whole (بأن، لشرق، وبأن).
  const c0 = w.charAt(0);
  if (w.length > 2 && 'وفبلك'.includes(c0) && isEdgeWord(w.slice(1))) return true;
  if (w.length > 3 && 'وف'.includes(c0) && 'بلك'.includes(w.charAt(1)) && isEdgeWord(w.slice(2))) return true;
  const s = segment(t.text);
  if (s.baseStart <= 0) return false;
  const b = light(t.text.slice(s.baseStart, s.baseEnd));
  const cb = TRIGGERS.get(normalizeMatch(b));
  return NOT_NAME_EDGE.has(b) || cb === 'prep' || cb === 'speech';
}

/**
 * Role words that never end a name (`ولي العهد`, `وزير`, `سمو`…). Titles that are also family
 * names (الأمير، الشيخ، السيد، القاضي، الأمين) are left out.
 */
const ROLE_TAIL: ReadonlySet<string> = new Set(
  'ولي العهد وزير الوزير وزيرة رئيس الرئيس رئيسة نائب النائب سفير السفير مستشار المستشار مدير المدير عضو العضو المتحدث الناطق المبعوث مبعوث المندوب سمو معالي فخامة'
    .split(' ')
    .map((w) => normalizeMatch(w)),
);

/** True for a role word that does not end a name (see {@link ROLE_TAIL}). */
function isTitleWord(t: Token): boolean {
  return t.kind === 'arabic' && ROLE_TAIL.has(normalizeMatch(t.text));
}

/** Trim punctuation glued to the ends of a span of `text`. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\p{P}\p{S}\s]/u.test(text.charAt(end - 1))) end--;
  while (start < end && /[\p{P}\p{S}\s]/u.test(text.charAt(start))) start++;
  return [start, end];
}

/**
 * Turn BIO tags over a sentence's tokens into mentions with offsets into `text`. A proclitic on
 * the first token (و، ب، ل، ف، ك) is left out of the span (the article ال is kept); glued
 * punctuation is trimmed; a person span loses edge words that are never part of a name
 * (particles, prepositions, kinship nouns: `بأن كيم` → `كيم`). Person mentions get roles (see {@link findRole}).
 */
export function mentionsFromTags(
  text: string,
  tokens: readonly Token[],
  lo: number,
  tags: readonly string[],
  segment: (w: string) => Segmentation,
  known: (name: string) => boolean = () => false,
): Mention[] {
  const hi = lo + tags.length;
  const spans = bioSpans(tags);
  // Person tokens of this sentence (absolute token indices), which a role never crosses.
  const taken = new Set<number>();
  for (const s of spans) if (s.type === 'PERS') for (let i = s.start; i < s.end; i++) taken.add(lo + i);
  const out: Mention[] = [];
  for (const s of spans) {
    const type = entityType(s.type);
    if (!type) continue;
    let first = s.start;
    let last = s.end - 1;
    if (type === 'PER') {
      while (last > first && notNameEdge(tokens[lo + first] as Token, segment)) first++;
      while (last > first && notNameEdge(tokens[lo + last] as Token, segment)) last--;
      // A title word ending a name of 3+ words is the start of a role (`… بن عبدالعزيز ولي
      // العهد`); two words stay (`خالد الأمير` may be a surname).
      while (last - first >= 2 && isTitleWord(tokens[lo + last] as Token)) last--;
    }
    const f = tokens[lo + first] as Token;
    const l = tokens[lo + last] as Token;
    const start = f.kind === 'arabic' ? f.start + stripProclitics(f.text, text.slice(f.start, l.end), segment, known) : f.start;
    const [a, b] = trimSpan(text, start, l.end);
    if (b <= a) continue;
    const mtext = text.slice(a, b);
    const key = nameKey(mtext);
    if (key === '') continue;
    const m: { -readonly [K in keyof Mention]: Mention[K] } = { start: a, end: b, text: mtext, type, key };
    if (type === 'PER') {
      const r = findRole(tokens, lo + first, lo + last, lo, hi, taken, segment);
      if (r) {
        const head = tokens[r[0]] as Token;
        const hs = head.kind === 'arabic' ? segment(head.text) : undefined;
        const cut = hs && hs.prefixes.some((p) => p !== 'ال') ? stripProclitics(head.text, head.text, segment, () => true) : 0;
        const [ra, rb] = trimSpan(text, head.start + cut, (tokens[r[1]] as Token).end);
        if (rb > ra) m.roles = [{ start: ra, end: rb, text: text.slice(ra, rb) }];
      }
    }
    out.push(m);
  }
  return out;
}
