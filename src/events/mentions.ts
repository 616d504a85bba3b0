import type { Doc, Word } from './doc.js';
import { isDefinite, lookupForm } from './doc.js';
import { EVENT_TRIGGERS, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS, STOP, TITLES, UNNAMED_SOURCES } from './lexicon.js';
import type { EntityMentionInput, EntityType, Participant } from './types.js';

const ENTITY_TYPES = new Set(['PERS', 'LOC', 'ORG', 'MISC']);

/**
 * Read entity mentions from an unknown `entities` annotation value (an array of mentions, or an
 * object with a `mentions` array). Anything malformed is dropped; a value of another shape
 * yields null, so callers fall back to {@link findNameMentions}.
 */
export function readEntityMentions(value: unknown, textLength: number): EntityMentionInput[] | null {
  const arr: unknown = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { mentions?: unknown }).mentions : undefined;
  if (!Array.isArray(arr)) return null;
  const out: EntityMentionInput[] = [];
  for (const m of arr as unknown[]) {
    if (!m || typeof m !== 'object') continue;
    const r = m as Record<string, unknown>;
    const start = r['start'];
    const end = r['end'];
    const text = r['text'];
    // The entities stage names persons `PER`; ANERcorp (and this module) say `PERS`.
    const type = r['type'] === 'PER' ? 'PERS' : r['type'];
    if (typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string' || typeof type !== 'string') continue;
    if (!ENTITY_TYPES.has(type) || start < 0 || end <= start || end > textLength) continue;
    const id = r['entityId'] ?? r['id'];
    const base = { start, end, text, type: type as EntityType };
    out.push(typeof id === 'string' || typeof id === 'number' ? { ...base, entityId: String(id) } : base);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function isArabicWord(w: Word): boolean {
  return /[\u0600-\u06ff]/.test(w.text) && !w.punct;
}

function isVerbLike(w: Word): boolean {
  return EVENT_TRIGGERS.has(w.norm) || SPEECH_VERBS.has(w.norm) || SPEECH_VERBS.has(w.bare) || EVENT_TRIGGERS.has(w.bare);
}

/** Geographic adjectives that follow a place name, not a person's (normalised). */
const GEO_ADJ = new Set(['الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه', 'المتحده', 'العربيه', 'الوسطي', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الكبري', 'الاوسط', 'الادني', 'الاقصي', 'البيضاء', 'الاحمر', 'السوداء']);

/** Verbal-noun patterns (تفعيل، استفعال، انفعال، افتعال) that are never place names. */
export function isMasdarLike(norm: string): boolean {
  return /^ت..ي.$/.test(norm) || /^(?:است.{2,3}ا.|ان..ا.|ا.ت.ا.)$/.test(norm) || /^ت.ا..$/.test(norm) || /(?:يه|ات)$/.test(norm) && norm.length > 6;
}

/** Nisba-like adjective (ends in ي/ية/يين/يون, normalised ي/يه/يين/يون). */
function isNisba(norm: string): boolean {
  return /(?:ي|يه|يين|يون|يان)$/.test(norm);
}

function mk(doc: Doc, from: number, to: number, kind: Participant['kind'], type?: EntityType): Participant {
  const a = doc.words[from] as Word;
  const b = doc.words[to - 1] as Word;
  // Leave a conjunction و/ف out of the span when the word is a title/head with it.
  let start = a.start;
  if (a.norm !== a.bare && a.text.length > 1) start += 1;
  const p = { start, end: b.end, text: doc.text.slice(start, b.end), kind };
  return type ? { ...p, type } : p;
}

/**
 * Light, gazetteer-free name heuristics over one sentence's words `[first, last)`: title phrases
 * with the name after them (`وزير الدفاع الروسي أندري بيلوسوف`, `الجنرال نو جوانج تشول`),
 * organisations (`وزارة الدفاع الروسية`, `شبكة CNN`), unnamed sources (`تقارير غربية`,
 * `مراقبون`), Latin-script names, and places after في/إلى (`إلى كوريا الشمالية`).
 */
export function findNameMentions(doc: Doc, first: number, last: number): Participant[] {
  const out: Participant[] = [];
  const W = doc.words;
  let i = first;
  while (i < last) {
    const w = W[i] as Word;
    if (w.punct) {
      i++;
      continue;
    }
    if (TITLES.has(w.bare)) {
      let j = i + 1;
      let mods = 0;
      while (j < last && mods < 4) {
        const x = W[j] as Word;
        if (x.punct || STOP.has(x.bare) || !isArabicWord(x)) break;
        if (isDefinite(x.norm) || TITLES.has(x.norm) || (/^[لب]/.test(x.norm) && x.norm.length > 3 && !STOP.has(x.norm) && !isVerbLike(x))) {
          j++;
          mods++;
          continue;
        }
        break;
      }
      let k = j;
      while (k < last && k - j < 3) {
        const x = W[k] as Word;
        if (x.punct || STOP.has(x.norm) || STOP.has(x.bare) || isDefinite(x.norm) || isVerbLike(x) || TITLES.has(x.norm)) break;
        if (!isArabicWord(x) && !/^\p{L}/u.test(x.text)) break;
        if (/^[بلك]/.test(x.norm) && x.norm.length > 4 && k === j) break;
        if (x.text.includes('\u064b') || /(?:يه|ات)$/.test(x.norm) || /^(?:لل|بال|لال)/.test(x.norm)) break;
        const nx = W[k + 1];
        if (nx && GEO_ADJ.has(nx.norm)) break; // "زار الرئيس … كوريا الشمالية": a place, not a name.
        k++;
        if (nx && k < last && isDefinite(nx.norm) && !STOP.has(nx.norm) && !TITLES.has(nx.norm) && !ORG_HEADS.has(nx.norm) && !isVerbLike(nx) && !/(?:يه|ات|ون|ين)$/.test(nx.norm)) {
          // A definite surname (أيمن الصفدي، هاني الشوابكة) ends the name.
          k++;
          break;
        }
      }
      out.push(k > j ? mk(doc, i, k, 'named', 'PERS') : mk(doc, i, j, 'title', 'PERS'));
      i = Math.max(k, i + 1);
      continue;
    }
    if (ORG_HEADS.has(w.bare)) {
      let j = i + 1;
      while (j < last && j - i < 5) {
        const x = W[j] as Word;
        if (x.punct || STOP.has(x.norm)) break;
        if (isDefinite(x.norm) || (!isArabicWord(x) && /^\p{L}/u.test(x.text))) j++;
        else break;
      }
      out.push(mk(doc, i, j, 'named', 'ORG'));
      i = j;
      continue;
    }
    if (UNNAMED_SOURCES.has(w.bare) || UNNAMED_SOURCES.has(w.norm)) {
      let j = i + 1;
      while (j < last && j - i < 4) {
        const x = W[j] as Word;
        if (x.punct || STOP.has(x.norm) || !isArabicWord(x)) break;
        if (isNisba(x.norm) || isDefinite(x.norm)) j++;
        else break;
      }
      out.push(mk(doc, i, j, 'unnamed'));
      i = j;
      continue;
    }
    if (!isArabicWord(w) && /^\p{Lu}/u.test(w.text)) {
      let j = i + 1;
      while (j < last && j - i < 4 && /^\p{Lu}/u.test((W[j] as Word).text)) j++;
      out.push(mk(doc, i, j, 'named', 'ORG'));
      i = j;
      continue;
    }
    if ((w.bare === 'الي' || w.bare === 'في') && i + 1 < last) {
      let j = i + 1;
      const h = W[j] as Word;
      if (PLACE_HEADS.has(h.norm)) j++;
      const start = j;
      const x = W[j];
      if (x && !x.punct && isArabicWord(x) && !STOP.has(x.norm) && !isVerbLike(x) && !/^(?:ال)/.test(x.norm) && !isMasdarLike(x.norm) && !isNisba(x.norm)) {
        j++;
        while (j < last && j - start < 3) {
          const y = W[j] as Word;
          if (y.punct || STOP.has(y.norm) || !isArabicWord(y)) break;
          if (isDefinite(y.norm) && isNisba(y.norm)) j++;
          else break;
        }
        out.push(mk(doc, start > i + 1 ? i + 1 : start, j, 'place', 'LOC'));
        i = j;
        continue;
      }
      if (x && start > i + 1 && !x.punct && isArabicWord(x)) {
        out.push(mk(doc, i + 1, j + 1, 'place', 'LOC'));
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

/**
 * The mentions of one sentence: entity mentions inside it (converted to participants), plus the
 * heuristic mentions that do not overlap any of them.
 */
export function sentenceMentions(doc: Doc, first: number, last: number, entities: readonly EntityMentionInput[] | null): Participant[] {
  const heur = findNameMentions(doc, first, last);
  if (!entities || entities.length === 0 || first >= last) return heur;
  const s = (doc.words[first] as Word).start;
  const e = (doc.words[last - 1] as Word).end;
  const ents: Participant[] = [];
  for (const m of entities) {
    if (m.start >= s && m.end <= e) {
      const base = { start: m.start, end: m.end, text: m.text, kind: m.type === 'LOC' ? ('place' as const) : ('named' as const), type: m.type };
      ents.push(m.entityId !== undefined ? { ...base, entityId: m.entityId } : base);
    }
  }
  const out = [...ents];
  for (const h of heur) {
    const ov = ents.find((x) => x.start < h.end && h.start < x.end);
    if (!ov) out.push(h);
    else if (h.kind === 'named' && h.type === 'PERS' && ov.type === 'PERS' && h.start <= ov.start && h.end >= ov.end) {
      // A title phrase around a resolved name keeps the entity id but the fuller span.
      out[out.indexOf(ov)] = ov.entityId !== undefined ? { ...h, entityId: ov.entityId } : h;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A bare name at word i (right after a trigger or speech verb) (`زيارة بيلوسوف`، `زار بوتين`): one or two words that are
 * not definite, function words, adjectives (nisba, ة) or lexicon words.
 */
export function bareNameAt(doc: Doc, i: number, last: number, noun = true): Participant | null {
  const W = doc.words;
  const x = W[i];
  if (!x || i >= last || x.punct || !/[\u0600-\u06ff]/.test(x.text)) return null;
  const bad = (w: Word): boolean =>
    w.punct || STOP.has(w.norm) || STOP.has(w.bare) || isDefinite(w.norm) || /(?:ه|ات|ين|ون|ي|يه)$/.test(w.norm) || w.norm.length < 3 || /^(?:[بلك]ال|لل)/.test(w.norm) || lookupForm(EVENT_TRIGGERS, w.norm) !== null || /^[يتن]/.test(w.norm) && !noun;
  if (bad(x) || isMasdarLike(x.norm) || x.text.includes('\u064b')) return null;
  let e = i + 1;
  const y = W[e];
  if (y && e < last && !bad(y) && !isMasdarLike(y.norm) && !y.text.includes('\u064b')) e++;
  const a = x;
  const b = W[e - 1] as Word;
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), kind: 'named' };
}

