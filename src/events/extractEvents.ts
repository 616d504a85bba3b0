import type { Word } from './doc.js';
import { firstWordAt, isDefinite, lookupForm, stemView } from './doc.js';
import { bareNameAt, isMasdarLike } from './mentions.js';
import { backgroundCue, isBackgroundTime, isSinceAnchor, referenceDay } from './background.js';
import { clauseSpan, mentionsIn, timeAt, type ExtractContext } from './context.js';
import { DENIAL_VERBS, EVENT_TRIGGERS, HYPOTHETICAL_CUES, NEAR_WINDOW, NEGATIONS, PLANNED_AFTER, PLANNED_CUES, STOP } from './lexicon.js';
import type { EventMention, EventType, Modality, Participant } from './types.js';

const PREPS_BEFORE_PLACE = new Set(['الي', 'في', 'ب', 'نحو', 'لدى', 'لدي']);
const WITH = new Set(['مع', 'ومع']);

function nearOk(ctx: ExtractContext, i: number, last: number, near: readonly string[]): boolean {
  const W = ctx.doc.words;
  for (let k = i + 1; k < Math.min(last, i + 1 + NEAR_WINDOW); k++) {
    const w = W[k] as Word;
    if (w.punct) continue;
    const s = stemView(w.norm);
    for (const stem of near) if (s.startsWith(stem) || w.norm.startsWith(stem)) return true;
  }
  return false;
}

function matchesCue(W: readonly Word[], k: number, cue: readonly string[]): boolean {
  for (let j = 0; j < cue.length; j++) {
    const w = W[k + j];
    if (!w || (w.norm !== cue[j] && w.bare !== cue[j])) return false;
  }
  return true;
}

/** Decide the modality of the trigger at word i (clause-local cues). */
export function modalityAt(ctx: ExtractContext, i: number, future: boolean, isFuturePos: boolean): Modality {
  const W = ctx.doc.words;
  const w = W[i] as Word;
  const s = ctx.doc.sentences[ctx.doc.sentenceOf[i] ?? -1];
  const from = s ? s.first : i;
  let a = i;
  while (a > from && (W[a - 1] as Word).clause === w.clause) a--;
  // Negation right before (up to 2 words).
  for (let k = Math.max(a, i - 2); k < i; k++) if (NEGATIONS.has((W[k] as Word).bare) || NEGATIONS.has((W[k] as Word).norm)) return 'denied';
  // A denial verb earlier in the sentence governs the trigger (نفى … أن يكون زار).
  for (let k = Math.max(from, i - 8); k < i; k++) if (DENIAL_VERBS.has((W[k] as Word).bare)) return 'denied';
  if (future) return 'planned';
  for (let k = Math.max(a, i - 5); k < i; k++) for (const cue of PLANNED_CUES) if (matchesCue(W, k, cue)) return 'planned';
  for (let k = i + 1; k < Math.min(i + 3, s ? s.last : i + 1); k++) if (PLANNED_AFTER.has((W[k] as Word).bare)) return 'planned';
  if ((i > a && (W[i - 1] as Word).bare === 'قد') && isFuturePos) return 'hypothetical';
  for (let k = Math.max(a, i - 6); k < i; k++) {
    const x = W[k] as Word;
    if (x.bare !== 'قد' && (HYPOTHETICAL_CUES.has(x.bare) || HYPOTHETICAL_CUES.has(x.norm))) return 'hypothetical';
  }
  return 'happened';
}

function precededByPrep(ctx: ExtractContext, m: Participant): boolean {
  const W = ctx.doc.words;
  const idx = firstWordAt(ctx.doc, m.start) - 1;
  const prev = W[idx];
  if (!prev) return false;
  const startWord = W[idx + 1];
  if (startWord && startWord.start <= m.start && /^[بل]/.test(startWord.norm) && startWord.start === m.start && m.kind === 'place') return true;
  return PREPS_BEFORE_PLACE.has(prev.bare) || prev.bare === 'من' || prev.bare === 'عن' || prev.bare === 'علي' || WITH.has(prev.norm);
}

function prevWord(ctx: ExtractContext, m: Participant): Word | undefined {
  return ctx.doc.words[firstWordAt(ctx.doc, m.start) - 1];
}

/**
 * Find event mentions: for each sentence, each trigger word (see EVENT_TRIGGERS) gives one event
 * per type and clause, with agents, partners, place, time and modality read from the clause.
 * Sentences whose text repeats an earlier sentence (repeated headlines) are skipped.
 */
export function extractEvents(ctx: ExtractContext): EventMention[] {
  const { doc } = ctx;
  const W = doc.words;
  const out: EventMention[] = [];
  const seenSentences = new Set<string>();
  const refDay = referenceDay(ctx);
  const firstSentence = doc.sentences.findIndex((x) => x.first < x.last);
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (!s || s.first >= s.last) continue;
    const key = doc.text.slice(s.span.start, s.span.end).trim();
    if (seenSentences.has(key)) continue;
    seenSentences.add(key);
    const taken = new Set<string>();
    const triggerClauses = new Set<number>();
    // One lexicon look-up per word (the hits are reused below).
    const hits: (ReturnType<typeof lookupForm<EventType>> | undefined)[] = [];
    for (let i = s.first; i < s.last; i++) {
      const w = W[i] as Word;
      if (w.punct || w.norm.length < 3) continue;
      const h = lookupForm(EVENT_TRIGGERS, w.norm);
      if (!h) continue;
      hits[i - s.first] = h;
      triggerClauses.add(w.clause);
    }
    if (triggerClauses.size === 0) continue;
    for (let i = s.first; i < s.last; i++) {
      const w = W[i] as Word;
      const hit = hits[i - s.first];
      if (!hit) continue;
      if (hit.entry.near && !nearOk(ctx, i, s.last, hit.entry.near)) continue;
      // "بحثًا عن" is "looking for", not talks.
      if (hit.entry.lemma === 'تباحث' && W[i + 1]?.norm === 'عن') continue;
      const type: EventType = hit.entry.value;
      const tk = `${type}:${w.clause}`;
      if (taken.has(tk)) continue;
      const clause = clauseSpan(doc, i);
      const inClause = mentionsIn(ctx, k, clause.start, clause.end);
      // A trigger inside a mention (a name like "إعلان عمان") is not an event.
      if (inClause.some((m) => m.start <= w.start && m.end >= w.end && m.kind !== 'place')) continue;
      taken.add(tk);
      const sentenceMentions = mentionsIn(ctx, k, s.span.start, s.span.end);
      const after = inClause.filter((m) => m.start >= w.end);
      const before = inClause.filter((m) => m.end <= w.start);
      const isAgentish = (m: Participant): boolean => m.kind !== 'place' && m.type !== 'LOC' && !precededByPrep(ctx, m);
      let agents: Participant[] = [];
      const firstAfter = after.find(isAgentish);
      if (firstAfter && wordsBetween(ctx, w.end, firstAfter.start) <= (hit.pos === 'noun' ? 1 : 3)) agents.push(firstAfter);
      if (agents.length === 0 && hit.pos !== 'noun') {
        const lastBefore = [...before].reverse().find(isAgentish);
        if (lastBefore) agents.push(lastBefore);
        else {
          // The subject may sit in the previous clause of the sentence (الوزير، الذي …، وصل).
          const earlier = sentenceMentions.filter((m) => m.end <= clause.start && isAgentish(m));
          const e = earlier[earlier.length - 1];
          if (e) agents.push(e);
        }
      }
      // Coordinated agents: "X و Y".
      if (agents.length === 1) {
        const a0 = agents[0] as Participant;
        const next = after.find((m) => m.start > a0.end);
        if (next && isAgentish(next) && /^\s*و/.test(doc.text.slice(a0.end, next.start + 1)) && wordsBetween(ctx, a0.end, next.start) === 0) agents.push(next);
        else if (next && next.start === a0.end + 1 && doc.text[next.start] === 'و') agents.push(next);
      }
      if (agents.length === 0) {
        const bare = bareNameAt(ctx.doc, i + 1, s.last, hit.pos === 'noun');
        if (bare) agents.push(bare);
      }
      agents = dedupe(agents);
      const partners: Participant[] = [];
      for (const m of inClause) {
        if (agents.includes(m) || m.kind === 'place' || m.type === 'LOC') continue;
        const pw = prevWord(ctx, m);
        if (pw && (WITH.has(pw.norm) || pw.bare === 'مع' || pw.norm === 'نظيره' || pw.norm === 'نظيرته')) partners.push(m);
        else if ((type === 'MEET' || type === 'ACCUSE' || type === 'ATTACK' || type === 'SANCTION') && m.start >= w.end && agents.length > 0 && !precededByPrep(ctx, m)) partners.push(m);
      }
      let place: Participant | null = null;
      const places = inClause.filter((m) => m.kind === 'place' || m.type === 'LOC');
      place = places.find((m) => m.start >= w.end) ?? places[0] ?? null;
      if (!place && type === 'VISIT' && hit.pos !== 'noun' && agents[0]) place = objectAfter(ctx, agents[0].end, s.last);
      let time0 = timeAt(ctx, s.span, clause, w.start);
      // "منذ يوليو 2000" bounds the event (it happened since then); it does not date it.
      if (time0 && (isSinceAnchor(time0) || sinceBefore(ctx, time0.span.start, i))) time0 = null;
      // A timex in another clause that has its own trigger belongs to that event (… ، بعدما زار بوتين … في يونيو).
      if (time0 && (time0.span.start < clause.start || time0.span.end > clause.end)) {
        const tw = W[firstWordAt(doc, time0.span.start)];
        if (tw && triggerClauses.has(tw.clause)) time0 = null;
      }
      // An argument-less noun mention (الزيارة، تحذيرات) refers back to an event already reported or is generic.
      if (hit.pos === 'noun' && agents.length === 0 && !place && !time0 && (/^(?:[وف]?(?:ال|بال|لل))/.test(w.norm) || type === 'STATE' || type === 'VISIT' || type === 'OTHER')) {
        taken.delete(tk);
        continue;
      }
      const time = time0;
      const modality = modalityAt(ctx, i, hit.future, hit.pos === 'impf');
      let ca = i;
      while (ca > s.first && (W[ca - 1] as Word).clause === w.clause) ca--;
      let cb = i;
      while (cb < s.last && (W[cb] as Word).clause === w.clause) cb++;
      // The lead (first sentence) reports the news: a far date there means the reference date is off, not that the event is old.
      const lead = k === firstSentence;
      const background = (modality !== 'planned' && !lead && isBackgroundTime(time, refDay)) || backgroundCue(W, i, ca, cb, hit.pos === 'noun') !== null;
      out.push({
        type,
        trigger: { start: w.start, end: w.end, text: w.text },
        sentence: s.span,
        agents,
        partners: dedupe(partners).slice(0, 4),
        place,
        time,
        modality,
        background,
      });
    }
  }
  return out;
}

/**
 * True when منذ stands within six words before offset `at` in the same clause (`منذ نهاية الحرب
 * في 1953`), unless the trigger at word `trig` lies between them (`منذ زيارته في سبتمبر`: the
 * date is the recalled visit's).
 */
function sinceBefore(ctx: ExtractContext, at: number, trig: number): boolean {
  const W = ctx.doc.words;
  const ti = firstWordAt(ctx.doc, at);
  const tw = W[ti];
  if (!tw) return false;
  for (let k = ti - 1; k >= 0 && k >= ti - 6; k--) {
    const w = W[k] as Word;
    if (w.clause !== tw.clause || ctx.doc.sentenceOf[k] !== ctx.doc.sentenceOf[ti]) break;
    if (w.bare === 'منذ' || w.norm === 'منذ') return !(trig > k && trig < ti);
  }
  return false;
}

function wordsBetween(ctx: ExtractContext, a: number, b: number): number {
  let c = 0;
  const W = ctx.doc.words;
  for (let i = firstWordAt(ctx.doc, a); i < W.length; i++) {
    const w = W[i] as Word;
    if (w.start >= b) break;
    if (!w.punct) c++;
  }
  return c;
}

/** The object right after the agent of a visit verb (`زار بوتين كوريا الشمالية`): a word plus definite nisba adjectives. */
function objectAfter(ctx: ExtractContext, end: number, last: number): Participant | null {
  const W = ctx.doc.words;
  const i = firstWordAt(ctx.doc, end);
  const x = W[i];
  if (!x || i >= last || x.punct || STOP.has(x.norm) || isDefinite(x.norm) || isMasdarLike(x.norm) || !/[\u0600-\u06ff]/.test(x.text)) return null;
  if (/^[يت]/.test(x.norm) && lookupForm(EVENT_TRIGGERS, x.norm)) return null;
  let e = i + 1;
  while (e < last && e - i < 3 && isDefinite((W[e] as Word).norm) && /(?:ي|يه)$/.test((W[e] as Word).norm)) e++;
  const b = W[e - 1] as Word;
  return { start: x.start, end: b.end, text: ctx.doc.text.slice(x.start, b.end), kind: 'place', type: 'LOC' };
}

function dedupe(ps: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of ps) if (!out.some((q) => q.start === p.start && q.end === p.end)) out.push(p);
  return out;
}
