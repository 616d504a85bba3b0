import type { LanguageResources } from '../arabic/resources.js';
import type { Article } from '../core/article.js';
import { compareAcrossSources, type SourceArticle } from '../events/compareAcrossSources.js';
import { exportTime } from '../events/exportEvents.js';
import type { EventTime, Participant } from '../events/types.js';
import type {
  ArgumentRef,
  CitedSentence,
  ClaimRecord,
  DisagreementRecord,
  EventRecord,
  InferredDate,
  QuoteRecord,
  TimeValue,
} from '../store/knowledge.js';
import { storyView } from '../stories/storyView.js';
import { inferFromStoryMates } from '../stories/inferFromStoryMates.js';
import { buildTimeline } from '../stories/timeline.js';

/** A member article as the story materialiser needs it. */
export interface MemberArticle {
  readonly id: number;
  readonly article: Article;
  /** Resolved mentions of the article (entity id per span). */
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly entityId: string }[];
  /** The canonical copy it duplicates, if any (duplicates are listed but not summarised twice). */
  readonly duplicateOf: number | null;
}

/** A story-level event with its timeline placement. */
export interface MaterializedEvent extends EventRecord {
  readonly summary: string;
  /** First and last days the time can denote ('' when undated). */
  readonly earliest: string;
  readonly latest: string;
  readonly confidence: number;
}

/** Everything stored about one story. */
export interface MaterializedStory {
  readonly id: string;
  readonly title: string;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly articleIds: readonly number[];
  readonly publishers: readonly string[];
  readonly summary: readonly CitedSentence[];
  /** Entity ids by mentions in the story, most first, with their counts. */
  readonly entityCounts: readonly { readonly id: string; readonly count: number }[];
  readonly events: readonly MaterializedEvent[];
  readonly quotes: readonly QuoteRecord[];
  readonly claims: readonly Omit<ClaimRecord, 'id'>[];
  readonly disagreements: readonly Omit<DisagreementRecord, 'id'>[];
  readonly inferredDates: readonly InferredDate[];
}

const isoDay = (s: string | undefined): string | undefined => (s !== undefined && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);

function timeValue(t: EventTime | null): TimeValue | null {
  const e = exportTime(t);
  if (!e) return null;
  return { ...(e.value !== undefined ? { value: e.value } : {}), ...(e.begin !== undefined ? { begin: e.begin } : {}), ...(e.end !== undefined ? { end: e.end } : {}), grain: e.grain, inferred: e.inferred };
}

/**
 * Build the stored form of one story from its member articles: headline and extractive summary
 * (citing article spans), publishers, date range, entity counts, story-level events merged across
 * sources with their timeline placement, quotes, numeric claims, disagreements, and the inferred
 * publication windows of undated members (dated by their story-mates). Pure.
 */
export function materializeStory(
  storyId: string,
  members: readonly MemberArticle[],
  res: LanguageResources,
  entityOfName?: (text: string) => string | undefined,
): MaterializedStory {
  const byId = new Map(members.map((m) => [m.id, m]));
  const publisherOf = (id: number): string | undefined => byId.get(id)?.article.meta.publisher?.value;
  const originals = members.filter((m) => m.duplicateOf === null || !byId.has(m.duplicateOf));
  const view = storyView(
    originals.map((m) => ({
      id: String(m.id),
      title: m.article.meta.title?.value ?? '',
      text: m.article.text,
      ...(m.article.meta.publisher ? { publisher: m.article.meta.publisher.value } : {}),
      ...(m.article.meta.published ? { published: m.article.meta.published.value } : {}),
    })),
    res,
  );
  const summary: CitedSentence[] = [];
  for (const s of view.summary) {
    const m = byId.get(Number(s.articleId));
    if (!m) continue;
    summary.push({ text: s.text, articleId: m.id, start: s.start, end: s.end });
  }
  // Dates: dated members' publication days; undated ones are dated by their story-mates.
  const dated = members.map((m) => isoDay(m.article.meta.published?.value)).filter((d): d is string => d !== undefined);
  // Undated members: their own window (the time stage's, from the text) narrowed by the
  // story-mates' dates (± 3 days), or by the other undated members' windows.
  const inferredDates: InferredDate[] = [];
  const windows = inferFromStoryMates(
    members.map((m) => {
      const own = m.article.annotations.time?.publishedInferred;
      const published = m.article.meta.published?.value;
      return {
        id: String(m.id),
        ...(published !== undefined ? { published } : {}),
        ...(own ? { window: { earliest: own.earliest, latest: own.latest } } : {}),
      };
    }),
  );
  for (const w of windows) {
    if (w.earliest === null && w.latest === null) continue;
    const own = byId.get(Number(w.id))?.article.annotations.time?.publishedInferred;
    const evidence =
      w.basis === 'dated-mates'
        ? `published within 3 days of its story-mates (articles ${w.mates.join(', ')})${w.conflict ? `; its own text suggested ${own?.earliest ?? '?'}…${own?.latest ?? '?'}, which they contradict` : ''}`
        : w.basis === 'mate-windows'
          ? `its text's dates, narrowed by undated story-mates (articles ${w.mates.join(', ')})`
          : (own?.evidence.map((e) => e.detail).join('; ') ?? '');
    inferredDates.push({ articleId: Number(w.id), earliest: w.earliest ?? '', latest: w.latest ?? '', evidence });
  }
  const days = [...dated, ...inferredDates.flatMap((d) => [d.earliest, d.latest].filter((x) => x !== ''))].sort();
  // Entities.
  const counts = new Map<string, number>();
  for (const m of members) for (const x of m.mentions) counts.set(x.entityId, (counts.get(x.entityId) ?? 0) + 1);
  const entityCounts = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  // The entity id of a participant: a resolved mention overlapping its span, else by name.
  const argRef = (articleId: number, p: Participant | string | null): ArgumentRef | null => {
    if (p === null) return null;
    if (typeof p === 'string') {
      const id = entityOfName?.(p);
      return id !== undefined ? { text: p, entityId: id } : { text: p };
    }
    if (p.entityId !== undefined) return { text: p.text, entityId: p.entityId };
    const hit = byId.get(articleId)?.mentions.find((x) => x.start < p.end && p.start < x.end);
    const id = hit?.entityId ?? entityOfName?.(p.text);
    return id !== undefined ? { text: p.text, entityId: id } : { text: p.text };
  };
  // Events across sources.
  const sources: SourceArticle[] = originals.map((m) => {
    const ev = m.article.annotations.events;
    const pub = m.article.meta.publisher?.value;
    const published = m.article.meta.published?.value;
    return {
      id: String(m.id),
      ...(pub !== undefined ? { publisher: pub } : {}),
      ...(published !== undefined ? { published } : {}),
      text: m.article.text,
      events: ev?.events ?? [],
      claims: ev?.claims ?? [],
      quotes: ev?.quotes ?? [],
    };
  });
  const cmp = compareAcrossSources(sources);
  const firstArticle = (e: { sources: readonly { articleId: string }[] }): number => Number(e.sources[0]?.articleId ?? 0);
  const draft = cmp.events.map((e) => {
    const aid = firstArticle(e);
    const background = e.background;
    const who = e.agents.join('، ');
    const rec: EventRecord = {
      id: `${storyId}:${e.id}`,
      storyId,
      type: e.type,
      agents: e.agents.map((a) => argRef(aid, a) as ArgumentRef),
      partners: e.partners.map((a) => argRef(aid, a) as ArgumentRef),
      place: argRef(aid, e.place),
      time: timeValue(e.time),
      modality: e.modality,
      background,
      sources: e.sources.map((s) => {
        const pub = s.publisher ?? publisherOf(Number(s.articleId));
        return { articleId: Number(s.articleId), ...(pub !== undefined ? { publisher: pub } : {}), start: s.start, end: s.end, text: s.text, time: timeValue(s.time) };
      }),
    };
    const summaryText = [e.type, who, e.place ? `— ${e.place}` : ''].filter((x) => x !== '').join(' ');
    return { rec, summary: summaryText.trim() };
  });
  const placed = new Map(
    buildTimeline(
      draft
        .filter((d) => d.rec.time !== null)
        .map((d) => ({
          eventId: d.rec.id,
          time: d.rec.time?.value ?? d.rec.time?.begin ?? '',
          ...(d.rec.time?.grain !== undefined ? { grain: d.rec.time.grain } : {}),
          summary: d.summary,
          sources: d.rec.sources.map((s) => String(s.articleId)),
          background: d.rec.background,
          confidence: d.rec.time?.inferred ? 0.6 : 1,
        })),
    ).map((t) => [t.eventId, t]),
  );
  const events: MaterializedEvent[] = draft.map((d) => {
    const t = placed.get(d.rec.id);
    return { ...d.rec, summary: d.summary, earliest: t?.earliest ?? '', latest: t?.latest ?? '', confidence: t?.confidence ?? 0 };
  });
  // Quotes and claims of every member (duplicates included: they are sources too).
  const quotes: QuoteRecord[] = [];
  const claims: Omit<ClaimRecord, 'id'>[] = [];
  for (const m of members) {
    const ev = m.article.annotations.events;
    if (!ev) continue;
    for (const q of ev.quotes) quotes.push({ speaker: argRef(m.id, q.speaker), text: q.text, direct: q.direct, articleId: m.id, start: q.start, end: q.end });
    for (const c of ev.claims) {
      const pub = publisherOf(m.id);
      claims.push({
        articleId: m.id,
        storyId,
        ...(pub !== undefined ? { publisher: pub } : {}),
        value: c.value !== undefined ? c.value : c.min !== undefined && c.max !== undefined ? [c.min, c.max] : null,
        qualifier: c.qualifier,
        unit: c.unit,
        what: c.what,
        predicate: c.predicate,
        attribution: argRef(m.id, c.attribution),
        time: timeValue(c.time),
        start: c.start,
        end: c.end,
        text: m.article.text.slice(c.sentence.start, c.sentence.end),
      });
    }
  }
  const disagreements = cmp.disagreements.map((d) => ({
    storyId,
    kind: d.kind,
    about: d.about,
    items: d.items.map((i) => {
      const pub = i.publisher ?? publisherOf(Number(i.articleId));
      return { articleId: Number(i.articleId), ...(pub !== undefined ? { publisher: pub } : {}), value: i.value, start: i.start, end: i.end, text: i.text };
    }),
  }));
  const publishers = [...new Set(members.map((m) => m.article.meta.publisher?.value).filter((p): p is string => p !== undefined))];
  return {
    id: storyId,
    title: view.headline,
    firstDate: days[0] ?? null,
    lastDate: days[days.length - 1] ?? null,
    articleIds: members.map((m) => m.id),
    publishers,
    summary,
    entityCounts,
    events,
    quotes,
    claims,
    disagreements,
    inferredDates,
  };
}
