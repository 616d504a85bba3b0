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
}

function grainOf(time: string): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(time)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}/.test(time)) return 'day';
  if (/^\d{4}-W\d{2}/.test(time)) return 'week';
  if (/^\d{4}-Q\d/.test(time)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(time)) return 'month';
  if (/^\d{4}$/.test(time)) return 'year';
  if (/^\d{3}$/.test(time)) return 'decade';
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
  return ['', ''];
}

/**
 * Order dated happenings into a timeline: by earliest instant, then by precision (a day before
 * the month that contains it), then by time value and event id (stable). Entries with the same
 * event id are merged (sources united; background only when every report calls it background).
 * Values that are not calendar values (`PAST_REF`) are dropped. Pure.
 */
export function buildTimeline(items: readonly TimelineInput[]): TimelineEntry[] {
  const byId = new Map<string, TimelineEntry>();
  for (const it of items) {
    const [earliest, latest] = bounds(it.time);
    if (earliest === '') continue;
    const prev = byId.get(it.eventId);
    if (prev) {
      prev.sources = [...new Set([...prev.sources, ...it.sources])];
      prev.background = prev.background && it.background === true;
      continue;
    }
    byId.set(it.eventId, {
      time: it.time,
      grain: it.grain ?? grainOf(it.time),
      eventId: it.eventId,
      summary: it.summary,
      sources: [...new Set(it.sources)],
      background: it.background === true,
      earliest,
      latest,
      confidence: it.confidence ?? 1,
    });
  }
  return [...byId.values()].sort(
    (a, b) =>
      (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0) ||
      (a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : 0) ||
      (a.time < b.time ? -1 : a.time > b.time ? 1 : 0) ||
      (a.eventId < b.eventId ? -1 : 1),
  );
}
