import type { Disagreement, StoryEvent } from './compareAcrossSources.js';
import { EVENT_TYPE_LABELS, type EventMention, type EventTime, type Modality, type NumericClaim, type Participant, type Quote } from './types.js';

/** Exported time: a value or an interval, its grain, and whether it rests on an inferred date. */
export interface ExportTime {
  readonly value?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly grain: string;
  readonly inferred: boolean;
}

/** Exported participant (name as written, with the entity id when resolved). */
export interface ExportParticipant {
  readonly text: string;
  readonly kind: string;
  readonly entityId?: string;
}

/** Exported event. */
export interface ExportEvent {
  readonly id: string;
  readonly type: string;
  readonly agents: readonly (ExportParticipant | string)[];
  readonly partners: readonly (ExportParticipant | string)[];
  readonly place: ExportParticipant | string | null;
  readonly time: ExportTime | null;
  readonly modality: Modality;
  /** Recalled context rather than reported news (for a story event: in every source). */
  readonly background: boolean;
  readonly sources: readonly { readonly articleId: string; readonly start: number; readonly end: number; readonly text: string }[];
}

/** Exported quote. */
export interface ExportQuote {
  readonly speaker: ExportParticipant | null;
  /** The named person a bare title speaker (`الوزير`) refers to, when known. */
  readonly speakerRef?: ExportParticipant;
  readonly text: string;
  readonly direct: boolean;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** Exported numeric claim. */
export interface ExportClaim {
  readonly value: number | readonly [number, number] | null;
  readonly qualifier: string;
  readonly unit: string | null;
  readonly what: string | null;
  readonly predicate: string;
  readonly attribution: ExportParticipant | null;
  readonly time: ExportTime | null;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** Export a time. */
export function exportTime(t: EventTime | null): ExportTime | null {
  if (!t) return null;
  if (t.begin !== undefined && t.end !== undefined) return { begin: t.begin, end: t.end, grain: t.grain, inferred: t.inferred };
  return { value: t.value, grain: t.grain, inferred: t.inferred };
}

/** Export a participant. */
export function exportParticipant(p: Participant | null): ExportParticipant | null {
  if (!p) return null;
  return p.entityId !== undefined ? { text: p.text, kind: p.kind, entityId: p.entityId } : { text: p.text, kind: p.kind };
}

/** Export one article's event mentions (one source each); ids `${articleId}#e${n}`. */
export function exportArticleEvents(articleId: string, text: string, events: readonly EventMention[]): ExportEvent[] {
  return events.map((e, i) => ({
    id: `${articleId}#e${i + 1}`,
    type: e.type,
    agents: e.agents.map((a) => exportParticipant(a) as ExportParticipant),
    partners: e.partners.map((a) => exportParticipant(a) as ExportParticipant),
    place: exportParticipant(e.place),
    time: exportTime(e.time),
    modality: e.modality,
    background: e.background,
    sources: [{ articleId, start: e.sentence.start, end: e.sentence.end, text: text.slice(e.sentence.start, e.sentence.end) }],
  }));
}

/** Export story-level events from {@link compareAcrossSources}. */
export function exportStoryEvents(events: readonly StoryEvent[]): ExportEvent[] {
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    agents: e.agents,
    partners: e.partners,
    place: e.place,
    time: exportTime(e.time),
    modality: e.modality,
    background: e.background,
    sources: e.sources.map((s) => ({ articleId: s.articleId, start: s.start, end: s.end, text: s.text })),
  }));
}

/** Export one article's quotes. */
export function exportQuotes(articleId: string, quotes: readonly Quote[]): ExportQuote[] {
  return quotes.map((q) => {
    const base = { speaker: exportParticipant(q.speaker), text: q.text, direct: q.direct, articleId, start: q.start, end: q.end };
    const ref = q.speakerRef ? exportParticipant(q.speakerRef) : null;
    return ref ? { ...base, speakerRef: ref } : base;
  });
}

/** Export one article's claims. */
export function exportClaims(articleId: string, claims: readonly NumericClaim[]): ExportClaim[] {
  return claims.map((c) => ({
    value: c.value !== undefined ? c.value : c.min !== undefined && c.max !== undefined ? ([c.min, c.max] as const) : null,
    qualifier: c.qualifier,
    unit: c.unit,
    what: c.what,
    predicate: c.predicate,
    attribution: exportParticipant(c.attribution),
    time: exportTime(c.time),
    articleId,
    start: c.start,
    end: c.end,
  }));
}

/** Export disagreements (already in export shape; copied). */
export function exportDisagreements(ds: readonly Disagreement[]): Disagreement[] {
  return ds.map((d) => ({ kind: d.kind, about: d.about, items: d.items.map((i) => ({ ...i })) }));
}

const pText = (p: ExportParticipant | string | null): string => (p === null ? '' : typeof p === 'string' ? p : p.text);
const tText = (t: ExportTime | null): string => (t ? (t.value ?? `${t.begin}/${t.end}`) + (t.inferred ? '?' : '') : '-');

/** Plain-text lines for `marsad events`: type, modality, time, agents → partners @ place, sources. */
export function formatEvents(events: readonly ExportEvent[]): string {
  return events
    .map((e) => {
      const who = e.agents.map(pText).join('، ') || '?';
      const part = e.partners.length ? ` ↔ ${e.partners.map(pText).join('، ')}` : '';
      const place = e.place ? ` @ ${pText(e.place)}` : '';
      const src = e.sources.map((s) => `${s.articleId}:${s.start}-${s.end}`).join(' ');
      return `${e.id}\t${EVENT_TYPE_LABELS[e.type as keyof typeof EVENT_TYPE_LABELS] ?? e.type}\t${e.modality}${e.background ? ' (background)' : ''}\t${tText(e.time)}\t${who}${part}${place}\t[${src}]`;
    })
    .join('\n');
}

/** Plain-text lines for `marsad quotes`: speaker (or `—` when unknown), direct/indirect, text. */
export function formatQuotes(quotes: readonly ExportQuote[]): string {
  return quotes.map((q) => `${q.articleId}:${q.start}-${q.end}\t${q.direct ? 'direct' : 'indirect'}\t${q.speaker ? q.speaker.text : '—'}\t${q.direct ? `«${q.text}»` : q.text}`).join('\n');
}

/** Plain-text lines for `marsad claims`: value with qualifier, what, predicate, attribution, time. */
export function formatClaims(claims: readonly ExportClaim[]): string {
  return claims
    .map((c) => {
      const v = c.value === null ? '?' : typeof c.value === 'number' ? String(c.value) : `${c.value[0]}–${c.value[1]}`;
      return `${c.articleId}:${c.start}-${c.end}\t${c.qualifier === 'exact' ? '' : c.qualifier + ' '}${v}\t${c.what ?? c.unit ?? ''}\t${c.predicate}\t${c.attribution ? c.attribution.text : '—'}\t${tText(c.time)}`;
    })
    .join('\n');
}

/** Plain-text lines for disagreements: kind, about, then each source's value. */
export function formatDisagreements(ds: readonly Disagreement[]): string {
  return ds.map((d) => `${d.kind}\t${d.about}\n${d.items.map((i) => `  ${i.articleId}${i.publisher ? ` (${i.publisher})` : ''}: ${i.value}  «${i.text}»`).join('\n')}`).join('\n');
}
