/** A dated happening to place on a timeline (from the events stage, or any dated source). */
export interface TimelineInput {
  eventId: string;
  /** Normalised time value (TIMEX3-style: `2024-06-19`, `2024-06`, `2024`, `2024-06-19T10:00`). */
  time: string;
  /** Granularity of `time` (`day`, `month`, `year`, …); derived from `time` when absent. */
  grain?: string;
  summary: string;
  /** Article ids that report it. */
  sources: string[];
  /** Mentioned in passing (a past event recalled as context), not what the story reports. */
  background?: boolean;
  /** 0..1, how sure the dating is (default 1). */
  confidence?: number;
  /** An interval's first and last values (`EventTime.begin`/`end`), when `time` is one: they bound `earliest`/`latest`. */
  begin?: string;
  end?: string;
  /** The story the reporting articles belong to. */
  storyId?: string;
  /** Event type (`VISIT`, …). */
  type?: string;
  /** Entity ids taking part (agents, partners, place), for entity timelines. */
  entityIds?: readonly string[];
}

/** Which happenings a timeline shows: one story, a storyline's stories, one entity's, or all. */
export type TimelineScope = { storyId: string } | { storyIds: readonly string[] } | { entityId: string } | Record<string, never>;

/** Options of {@link buildTimeline}. */
export interface TimelineOptions {
  scope?: TimelineScope;
  /** Keep background happenings (recalled past events; default true: they are marked). */
  background?: boolean;
}

/** One timeline row (the export shape `{ time, grain, eventId, summary, sources, background }`). */
export interface TimelineEntry {
  time: string;
  grain: string;
  eventId: string;
  summary: string;
  sources: string[];
  background: boolean;
  /** First and last instants the value can denote (`YYYY-MM-DD`), its uncertainty. */
  earliest: string;
  latest: string;
  confidence: number;
  /** Stories whose articles report it (sorted). */
  storyIds: string[];
  /** Entity ids taking part (sorted). */
  entityIds: string[];
  type?: string;
}

function grainOf(time: string): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(time)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}/.test(time)) return 'day';
  if (/^\d{4}-W\d{2}/.test(time)) return 'week';
  if (/^\d{4}-Q\d/.test(time)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(time)) return 'month';
  if (/^\d{4}$/.test(time)) return 'year';
  if (/^\d{3}$/.test(time)) return 'decade';
  if (/^\d{2}$/.test(time)) return 'century';
  return 'unknown';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** First and last day a value covers (empty strings when it is not a calendar value). */
function bounds(time: string): [string, string] {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(time);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4})-W(\d{2})$/.exec(time);
  if (m) {
    const y = Number(m[1]);
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000) + (Number(m[2]) - 1) * 7 * 86_400_000;
    return [new Date(monday).toISOString().slice(0, 10), new Date(monday + 6 * 86_400_000).toISOString().slice(0, 10)];
  }
  m = /^(\d{4})-Q(\d)$/.exec(time);
  if (m) {
    const q = Number(m[2]);
    const last = new Date(Date.UTC(Number(m[1]), q * 3, 0)).getUTCDate();
    return [`${m[1]}-${pad(q * 3 - 2)}-01`, `${m[1]}-${pad(q * 3)}-${pad(last)}`];
  }
  m = /^(\d{4})-(\d{2})$/.exec(time);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(last)}`];
  }
  m = /^(\d{4})$/.exec(time);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{3})$/.exec(time);
  if (m) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  m = /^(\d{2})$/.exec(time);
  if (m) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`];
  return ['', ''];
}

function inScope(it: TimelineInput, scope: TimelineScope | undefined): boolean {
  if (!scope) return true;
  if ('storyId' in scope) return it.storyId === scope.storyId;
  if ('storyIds' in scope) return it.storyId !== undefined && scope.storyIds.includes(it.storyId);
  if ('entityId' in scope) return (it.entityIds ?? []).includes(scope.entityId);
  return true;
}

const sortedUnion = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])].sort();

/**
 * Order dated happenings into a timeline: by earliest instant, then by precision (a day before
 * the month that contains it), then by time value and event id (stable). `earliest`/`latest` are
 * the first and last day the value (or the `begin`…`end` interval) can denote. Entries with the
 * same event id are merged (sources, stories and entities united; background only when every
 * report calls it background; the most confident report's time kept). Values that are not
 * calendar values (`PAST_REF`) are dropped. `scope` keeps one story's, a storyline's (its story
 * ids) or one entity's happenings. Pure.
 */
export function buildTimeline(items: readonly TimelineInput[], options: TimelineOptions = {}): TimelineEntry[] {
  const byId = new Map<string, TimelineEntry>();
  for (const it of items) {
    if (!inScope(it, options.scope)) continue;
    if (options.background === false && it.background === true) continue;
    let [earliest, latest] = bounds(it.time);
    if (it.begin !== undefined || it.end !== undefined) {
      const b = it.begin !== undefined ? bounds(it.begin)[0] : '';
      const e = it.end !== undefined ? bounds(it.end)[1] : '';
      if (b !== '') earliest = earliest === '' ? b : b < earliest ? b : earliest;
      if (e !== '') latest = latest === '' ? e : e > latest ? e : latest;
      if (earliest === '' || latest === '') [earliest, latest] = ['', ''];
    }
    if (earliest === '') continue;
    const confidence = it.confidence ?? 1;
    const prev = byId.get(it.eventId);
    if (prev) {
      prev.sources = [...new Set([...prev.sources, ...it.sources])];
      prev.background = prev.background && it.background === true;
      prev.storyIds = sortedUnion(prev.storyIds, it.storyId !== undefined ? [it.storyId] : []);
      prev.entityIds = sortedUnion(prev.entityIds, it.entityIds ?? []);
      if (confidence > prev.confidence) Object.assign(prev, { time: it.time, grain: it.grain ?? grainOf(it.time), earliest, latest, confidence });
      continue;
    }
    const entry: TimelineEntry = {
      time: it.time,
      grain: it.grain ?? grainOf(it.time),
      eventId: it.eventId,
      summary: it.summary,
      sources: [...new Set(it.sources)],
      background: it.background === true,
      earliest,
      latest,
      confidence,
      storyIds: it.storyId !== undefined ? [it.storyId] : [],
      entityIds: sortedUnion([], it.entityIds ?? []),
    };
    if (it.type !== undefined) entry.type = it.type;
    byId.set(it.eventId, entry);
  }
  return [...byId.values()].sort(
    (a, b) =>
      (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0) ||
      (a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : 0) ||
      (a.time < b.time ? -1 : a.time > b.time ? 1 : 0) ||
      (a.eventId < b.eventId ? -1 : 1),
  );
}
