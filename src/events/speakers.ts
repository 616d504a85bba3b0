import { normalizeMatch } from '../arabic/normalize.js';
import { firstWordAt, isDefinite, lookupForm, stemView, type LexHit, type Word } from './doc.js';
import { mentionsIn, type ExtractContext } from './context.js';
import { COMPLEMENTISERS, EVENT_TRIGGERS, ORG_HEADS, SPEECH_VERBS, STOP, TITLES, UNNAMED_SOURCES } from './lexicon.js';
import type { Participant } from './types.js';

/** Grammatical gender a speech verb shows (`قالت`، `مشيرة` → f), or null when it shows none. */
export type Gender = 'm' | 'f' | null;

/** Words that end a subject phrase after a speech verb: prepositions, adverbials, relatives. */
const PHRASE_STOP = new Set(
  ['في', 'خلال', 'اثناء', 'عن', 'علي', 'على', 'امام', 'مع', 'عبر', 'ردا', 'بعد', 'قبل', 'لدي', 'الي', 'منذ', 'حول', 'ضمن', 'عقب', 'اثر', 'وسط', 'ايضا', 'كذلك', 'الذي', 'التي', 'الذين', 'حيث', 'بعدما', 'وهو', 'وهي', 'ل', 'لـ', 'امس', 'اليوم', 'قائلا', 'مضيفا', 'لوسائل', 'لوكاله', 'لصحيفه', 'لقناه', 'لموقع', 'لشبكه', 'للصحفيين', 'للصحافيين', 'بدوره', 'بدورها', 'من', 'فيه', 'فيها', 'له', 'لها', 'ان', 'كما', 'اما'].map((w) => normalizeMatch(w)),
);
const QUOTE_MARK = /^[“”«»"„]$/;
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت']);
/** Feminine-marked organisation/collective heads (`الوزارة`، `الحكومة`) and feminine titles. */
const FEM_HEAD = /^(?:ال)?\S{2,}ه$/;

/** The gender a speech verb (or participle) is inflected for. */
export function verbGender(w: Word, hit: LexHit<string>): Gender {
  const b = w.bare;
  if (hit.entry.value === 'participle') return b.endsWith('ه') ? 'f' : 'm';
  if (hit.pos === 'impf') return b.startsWith('ت') || b.startsWith('ست') ? 'f' : b.startsWith('ي') || b.startsWith('سي') ? 'm' : null;
  if (hit.pos === 'perf') {
    if (b.endsWith('وا') || b.endsWith('ا')) return null;
    return b.endsWith('ت') && !hit.entry.lemma.endsWith('ت') ? 'f' : 'm';
  }
  return null;
}

/** The gender a candidate speaker's head word marks: feminine organisation heads (`الوزارة`) and feminine titles; masculine titles. */
export function participantGender(p: Participant): Gender {
  const head = normalizeMatch(p.text.replace(/^[\s"“”«»]+/, '').split(/\s+/)[0] ?? '');
  const h = head.startsWith('و') && head.length > 4 ? head.slice(1) : head;
  if (TITLES.has(h)) return h.endsWith('ه') ? 'f' : 'm';
  if (FEM_HEAD.test(h) && (ORG_HEADS.has(h) || ORG_HEADS.has('ال' + stemView(h)) || ORG_HEADS.has(stemView(h)) || isDefinite(h))) return 'f';
  return null;
}

/** True when a candidate may be the subject of a verb of gender g. */
export function agrees(g: Gender, p: Participant): boolean {
  if (g === null) return true;
  const pg = participantGender(p);
  return pg === null || pg === g;
}

function kindOf(head: string): Participant['kind'] {
  const h = stemView(head);
  if (UNNAMED_SOURCES.has(h) || UNNAMED_SOURCES.has(head)) return 'unnamed';
  if (TITLES.has(head) || TITLES.has(h) || TITLES.has('ال' + h) || ORG_HEADS.has(head) || ORG_HEADS.has(h) || ORG_HEADS.has('ال' + h)) return 'title';
  return 'named';
}

function isVerbish(w: Word): boolean {
  // A definite word (النقل، الإعلان) is a noun, whatever the verb lexicons say.
  if (isDefinite(w.norm)) return false;
  if (lookupForm(SPEECH_VERBS, w.norm)) return true;
  const ev = lookupForm(EVENT_TRIGGERS, w.norm);
  return ev !== null && ev.pos !== 'noun';
}

/** A participant spanning words `[a, b]`, trimmed of quotation marks and commas; the best mention inside it when there is one. */
function phraseParticipant(ctx: ExtractContext, k: number, a: number, b: number): Participant | null {
  const W = ctx.doc.words;
  while (a <= b && ((W[a] as Word).punct || QUOTE_MARK.test((W[a] as Word).text))) a++;
  while (b >= a && ((W[b] as Word).punct || QUOTE_MARK.test((W[b] as Word).text))) b--;
  if (a > b) return null;
  const start = (W[a] as Word).start;
  const end = (W[b] as Word).end;
  const inside = mentionsIn(ctx, k, start, end).filter((m) => m.kind !== 'place' && m.type !== 'LOC');
  // A resolved person inside the phrase (title + name): the person.
  // A person the entity stage resolved inside a title phrase: the person; otherwise the whole phrase.
  const person = inside.find((m) => m.kind === 'named' && m.type === 'PERS' && m.entityId !== undefined);
  if (person) return person;
  const whole = inside.find((m) => m.start === start && m.end === end);
  if (whole) return whole;
  return { start, end, text: ctx.doc.text.slice(start, end), kind: kindOf((W[a] as Word).norm) };
}

const stopWord = (x: Word): boolean => STOP.has(x.norm) || STOP.has(x.bare) || PHRASE_STOP.has(x.norm) || PHRASE_STOP.has(x.bare) || COMPLEMENTISERS.has(x.norm);

function badFirst(w: Word): boolean {
  return w.punct || STOP.has(w.norm) || STOP.has(w.bare) || PHRASE_STOP.has(w.norm) || PHRASE_STOP.has(w.bare) || COMPLEMENTISERS.has(w.norm) || /^\d/.test(w.text) || isVerbish(w) || w.norm.length < 2;
}

/**
 * The explicit subject of the speech verb at word vi, before `limit` (the complementiser, colon or
 * quote): the phrase right after the verb (VSO: `وقال المتحدث باسم الوزارة فلان، في بيان، إن`,
 * up to a preposition, adverbial or the complementiser; an apposition after a comma is kept),
 * else the phrase right before it at the start of its clause (SVO: `وكان فلان قد أكد`،
 * `أما المدرب فأشاد`، `الوزير، فلان، أثنى`). A title phrase with a person inside resolves to
 * the person. Null when the verb has no explicit subject (pronoun-dropped).
 */
export function explicitSubject(ctx: ExtractContext, k: number, vi: number, limit: number): Participant | null {
  const s = ctx.doc.sentences[k];
  if (!s) return null;
  const W = ctx.doc.words;
  // A participle (مؤكدًا، مشيرًا) takes the subject of its sentence; the words after it are its object.
  if (lookupForm(SPEECH_VERBS, (W[vi] as Word).norm)?.entry.value === 'participle') return null;
  // VSO.
  const first = W[vi + 1];
  if ((first && vi + 1 < s.last && first.start < limit && !badFirst(first)) || (first && QUOTE_MARK.test(first.text) && W[vi + 2] && !badFirst(W[vi + 2] as Word))) {
    let last = -1;
    let commas = 0;
    for (let j = vi + 1; j < s.last && j - vi <= 14; j++) {
      const x = W[j] as Word;
      if (x.start >= limit) break;
      if (QUOTE_MARK.test(x.text)) {
        // A name in quotation marks (وبيّن "فلان" أن): keep; a quote opening: stop.
        if (last < 0 || (W[j - 1] && !(W[j - 1] as Word).punct)) {
          const nx = W[j + 1];
          if (nx && (COMPLEMENTISERS.has(nx.norm) || nx.punct) && last >= 0) {
            last = j;
            continue;
          }
          if (last < 0) continue;
        }
        break;
      }
      if (x.text === '،' || x.text === ',') {
        const nx = W[j + 1];
        if (last < 0 || !nx || commas >= 2 || badFirst(nx)) break;
        commas++;
        continue;
      }
      if (x.punct) break;
      if (stopWord(x) || isVerbish(x)) break;
      // لـ"الواحة": a ل prefix before a quotation mark.
      if (/^ل/.test(x.norm) && W[j + 1] && QUOTE_MARK.test((W[j + 1] as Word).text) && last >= 0) break;
      last = j;
    }
    if (last >= 0) {
      const p = phraseParticipant(ctx, k, vi + 1, last);
      if (p) return p;
    }
  }
  // SVO: a phrase right before the verb, at the start of its clause.
  let b = vi - 1;
  const v = W[vi] as Word;
  const fa = v.norm.startsWith('ف') && !v.bare.startsWith('ف');
  while (b >= s.first && (W[b] as Word).bare === 'قد') b--;
  if (b < s.first) return null;
  let a = b;
  let commas = 0;
  const endsWithComma = (W[b] as Word).text === '،' || (W[b] as Word).text === ',';
  if (endsWithComma) {
    b--;
    a = b;
  }
  for (; a >= s.first && b - a < 10; a--) {
    const x = W[a] as Word;
    if (x.text === '،' || x.text === ',') {
      if (commas >= 1 && !endsWithComma) break;
      if (!endsWithComma) break;
      commas++;
      continue;
    }
    if (x.punct || stopWord(x) || isVerbish(x) || KANA.has(x.norm)) break;
    if (x.bare === 'اما' || x.norm === 'اما') break;
  }
  a++;
  if (a > b || b < s.first) return null;
  const before = W[a - 1];
  // Only a clause-initial phrase is a subject: after the sentence start, punctuation, كان, أما, ثم.
  const clauseStart = !before || a === s.first || before.punct || KANA.has(before.norm) || before.norm === 'اما' || before.norm === 'ثم' || COMPLEMENTISERS.has(before.norm) || (fa && before.norm === 'اما');
  if (!clauseStart) return null;
  return phraseParticipant(ctx, k, a, b);
}

/**
 * The subject of the sentence a pronoun-dropped speech verb at word vi belongs to: the first
 * agent-like mention of the sentence before the verb (not after a preposition, not a place)
 * that agrees with the verb's gender, or null.
 */
export function sentenceSubject(ctx: ExtractContext, k: number, vi: number, g: Gender): Participant | null {
  const s = ctx.doc.sentences[k];
  if (!s) return null;
  const W = ctx.doc.words;
  const v = W[vi] as Word;
  for (const m of mentionsIn(ctx, k, s.span.start, v.start)) {
    if (m.kind === 'place' || m.type === 'LOC') continue;
    const mw = W[firstWordAt(ctx.doc, m.start)];
    if (mw && stopWord(mw)) continue;
    const pi = firstWordAt(ctx.doc, m.start) - 1;
    const prev = pi >= s.first ? W[pi] : undefined;
    if (prev && (PHRASE_STOP.has(prev.norm) || PHRASE_STOP.has(prev.bare) || STOP.has(prev.norm) && !KANA.has(prev.norm))) continue;
    if (/^[بل]/.test(normalizeMatch(m.text)) && !isDefinite(normalizeMatch(m.text)) && m.kind !== 'named') continue;
    if (!agrees(g, m)) continue;
    // Only a subject near the sentence start (within its first four words).
    const mi = firstWordAt(ctx.doc, m.start);
    if (mi - s.first > 8) return null;
    let words = 0;
    for (let i = s.first; i < mi; i++) if (!(W[i] as Word).punct) words++;
    if (words > 4) return null;
    return m;
  }
  return null;
}

function words(p: Participant): string[] {
  return normalizeMatch(p.text)
    .split(/[\s،,"“”«»]+/)
    .filter((w) => w.length > 1)
    .map((w) => (w.startsWith('و') && w.length > 4 && TITLES.has(w.slice(1)) ? w.slice(1) : w));
}

const nameWord = (w: string): boolean => !isDefinite(w) && !TITLES.has(w) && !STOP.has(w) && !PHRASE_STOP.has(w) && !ORG_HEADS.has(w) && w !== 'باسم' && !/^(?:لل|بال|ب|ل)/.test(w);

/** True when a speaker is a bare title phrase (`الوزير`، `المتحدث باسم الوزارة`): a title head and no name word. */
export function isBareTitle(p: Participant): boolean {
  const ws = words(p);
  const head = ws[0];
  if (!head || !TITLES.has(head)) return false;
  return ws.every((w) => !nameWord(w));
}

/**
 * The named person a bare title speaker refers to: the latest earlier speaker or subject whose
 * phrase has the same title head and a name (`وزير الخارجية فلان` … `وقال الوزير`), or null.
 */
export function titleReferent(p: Participant, earlier: readonly Participant[]): Participant | null {
  if (!isBareTitle(p)) return null;
  const noAl = (w: string): string => w.replace(/^ال/, '');
  const head = noAl(words(p)[0] ?? '');
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i] as Participant;
    const ws = words(e);
    if (ws.some((w) => noAl(w) === head) && ws.some(nameWord)) return e;
  }
  return null;
}
