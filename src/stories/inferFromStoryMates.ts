import { dayNumber } from './storyClusterer.js';

/** What {@link inferFromStoryMates} needs of a story member. */
export interface MateDating {
  id: string;
  /** Publication date (ISO), when known. */
  published?: string;
  /** For an undated member: its own window, e.g. the time stage's `publishedInferred` (either end may be null). */
  window?: { earliest: string | null; latest: string | null };
}

/** An undated member's publication window after looking at its story-mates. */
export interface MateWindow {
  id: string;
  earliest: string | null;
  latest: string | null;
  /**
   * Where it came from: `dated-mates` (the dated members' dates ± slack, narrowed by the member's
   * own window when they agree), `mate-windows` (no dated mate: the member's window intersected
   * with the undated mates' windows), `own` (no mate said anything more).
   */
  basis: 'dated-mates' | 'mate-windows' | 'own';
  /** The mates used. */
  mates: string[];
  /** True when the member's own window contradicts its mates' (the mates win: same event, same days). */
  conflict: boolean;
}

/** Options of {@link inferFromStoryMates}. */
export interface InferFromStoryMatesOptions {
  /** Days either side of the dated mates' range the member may fall in (default 3, as the time module's story-mate slack). */
  slackDays?: number;
}

const DAY_MS = 86_400_000;
const iso = (d: number): string | null => (Number.isFinite(d) ? new Date(d * DAY_MS).toISOString().slice(0, 10) : null);
const lo = (s: string | null | undefined): number => (s ? dayNumber(s) : NaN);

/**
 * Publication windows of a story's undated members from their story-mates: articles of one
 * event are published within days of each other, so the dated members' dates (± slack) bound an
 * undated member, and without dated members the undated members' own windows (e.g. the dates
 * each text mentions) bound each other. Returns one window per undated member. Pure.
 */
export function inferFromStoryMates(members: readonly MateDating[], options: InferFromStoryMatesOptions = {}): MateWindow[] {
  const slack = options.slackDays ?? 3;
  const dated = members.map((m) => ({ id: m.id, day: dayNumber(m.published) })).filter((m) => !Number.isNaN(m.day));
  const out: MateWindow[] = [];
  for (const m of members) {
    if (!Number.isNaN(dayNumber(m.published))) continue;
    const ownLo = Number.isNaN(lo(m.window?.earliest)) ? -Infinity : lo(m.window?.earliest);
    const ownHi = Number.isNaN(lo(m.window?.latest)) ? Infinity : lo(m.window?.latest);
    if (dated.length > 0) {
      const a = Math.min(...dated.map((d) => d.day)) - slack;
      const b = Math.max(...dated.map((d) => d.day)) + slack;
      const x = Math.max(a, ownLo);
      const y = Math.min(b, ownHi);
      const conflict = x > y;
      out.push({ id: m.id, earliest: iso(conflict ? a : x), latest: iso(conflict ? b : y), basis: 'dated-mates', mates: dated.map((d) => d.id), conflict });
      continue;
    }
    let x = ownLo;
    let y = ownHi;
    const used: string[] = [];
    let conflict = false;
    for (const o of members) {
      if (o.id === m.id || !o.window) continue;
      const oLo = Number.isNaN(lo(o.window.earliest)) ? -Infinity : lo(o.window.earliest);
      const oHi = Number.isNaN(lo(o.window.latest)) ? Infinity : lo(o.window.latest);
      if (!Number.isFinite(oLo) && !Number.isFinite(oHi)) continue;
      const nx = Math.max(x, oLo - slack);
      const ny = Math.min(y, oHi + slack);
      if (nx > ny) {
        conflict = true;
        continue;
      }
      if (nx !== x || ny !== y) used.push(o.id);
      x = nx;
      y = ny;
    }
    out.push({ id: m.id, earliest: iso(x), latest: iso(y), basis: used.length > 0 ? 'mate-windows' : 'own', mates: used, conflict });
  }
  return out;
}
