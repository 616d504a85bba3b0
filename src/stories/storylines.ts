import type { StoryInfo } from './storyClusterer.js';
import { dayNumber } from './storyClusterer.js';

/** Why two stories were linked into one storyline. */
export interface StorylineLink {
  from: string;
  to: string;
  /** 0..1 */
  score: number;
  /** Entity keys both stories share (strongest first). */
  sharedEntities: string[];
  /** Topic terms both stories share. */
  sharedTerms: string[];
  /** Days between the stories (0 when they overlap; absent when either is undated). */
  gapDays?: number;
}

/** A longer-running thread of stories. */
export interface Storyline {
  /** `L` + the id of its earliest story (stable while that story lives). */
  id: string;
  storyIds: string[];
  /** Entity keys shared across the storyline's links, strongest first. */
  entityKeys: string[];
  links: StorylineLink[];
}

/** Options of {@link linkStorylines}. */
export interface StorylineOptions {
  /** Stories further apart than this are not linked (default 400 days). */
  windowDays?: number;
  /** Link when the score reaches this (default 0.3). */
  threshold?: number;
  /** Salient entities per story considered (default 8). */
  topEntities?: number;
  /** Topic terms per story considered (default 12). */
  topTerms?: number;
  /** Weight of entity overlap vs topic-term overlap when both are known (default 0.7). */
  entityWeight?: number;
}

function overlap(a: readonly string[], b: readonly string[]): { shared: string[]; score: number } {
  const sb = new Set(b);
  const shared = a.filter((x) => sb.has(x));
  const denom = Math.min(a.length, b.length);
  return { shared, score: denom === 0 ? 0 : shared.length / denom };
}

/**
 * Link stories into storylines by shared salient entities and topic terms over a long window
 * (overlap coefficient of the top entities and top terms), then take connected components.
 * Returns every story in exactly one storyline (singletons included), each with the links'
 * evidence. Blocking by entity and term keeps it near-linear: only stories sharing a key are
 * compared (keys held by more than 200 stories are ignored as too general). Pure.
 */
export function linkStorylines(stories: readonly StoryInfo[], options: StorylineOptions = {}): Storyline[] {
  const windowDays = options.windowDays ?? 400;
  const threshold = options.threshold ?? 0.3;
  const nE = options.topEntities ?? 8;
  const nT = options.topTerms ?? 12;
  const ew = options.entityWeight ?? 0.7;
  const ents = stories.map((s) => s.entityKeys.slice(0, nE));
  const terms = stories.map((s) => s.topTerms.slice(0, nT));
  const range = stories.map((s) => (s.dateRange ? [dayNumber(s.dateRange[0]), dayNumber(s.dateRange[1])] : null));
  // Blocking: stories by key.
  const byKey = new Map<string, number[]>();
  stories.forEach((_, i) => {
    for (const k of [...(ents[i] ?? []).map((e) => `e:${e}`), ...(terms[i] ?? []).map((t) => `t:${t}`)]) {
      const l = byKey.get(k) ?? [];
      l.push(i);
      byKey.set(k, l);
    }
  });
  const parent = stories.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  const links: StorylineLink[] = [];
  const done = new Set<string>();
  stories.forEach((s, i) => {
    const cands = new Set<number>();
    for (const k of [...(ents[i] ?? []).map((e) => `e:${e}`), ...(terms[i] ?? []).map((t) => `t:${t}`)]) {
      const l = byKey.get(k) ?? [];
      if (l.length > 200) continue;
      for (const j of l) if (j > i) cands.add(j);
    }
    for (const j of cands) {
      const key = `${i}:${j}`;
      if (done.has(key)) continue;
      done.add(key);
      const o = stories[j];
      if (!o) continue;
      const ri = range[i];
      const rj = range[j];
      let gap: number | undefined;
      if (ri && rj) {
        gap = Math.max(0, Math.max(ri[0] ?? 0, rj[0] ?? 0) - Math.min(ri[1] ?? 0, rj[1] ?? 0));
        if (gap > windowDays) continue;
      }
      const e = overlap(ents[i] ?? [], ents[j] ?? []);
      const t = overlap(terms[i] ?? [], terms[j] ?? []);
      const hasEnts = (ents[i]?.length ?? 0) > 0 && (ents[j]?.length ?? 0) > 0;
      const score = hasEnts ? ew * e.score + (1 - ew) * t.score : t.score;
      if (score < threshold) continue;
      const link: StorylineLink = { from: s.id, to: o.id, score, sharedEntities: e.shared, sharedTerms: t.shared };
      if (gap !== undefined) link.gapDays = gap;
      links.push(link);
      parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, number[]>();
  stories.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const out: Storyline[] = [];
  for (const members of groups.values()) {
    const ids = new Set(members.map((i) => stories[i]?.id ?? ''));
    const sorted = [...members].sort((a, b) => (range[a]?.[0] ?? Infinity) - (range[b]?.[0] ?? Infinity) || a - b);
    const ls = links.filter((l) => ids.has(l.from));
    const entCount = new Map<string, number>();
    for (const l of ls) for (const e of l.sharedEntities) entCount.set(e, (entCount.get(e) ?? 0) + 1);
    out.push({
      id: `L${stories[sorted[0] ?? 0]?.id ?? ''}`,
      storyIds: sorted.map((i) => stories[i]?.id ?? ''),
      entityKeys: [...entCount].sort((a, b) => b[1] - a[1]).map(([k]) => k),
      links: ls,
    });
  }
  return out;
}
