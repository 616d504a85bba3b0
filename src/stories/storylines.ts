import type { StoryInfo } from './storyClusterer.js';
import { dayNumber } from './storyClusterer.js';

/** Why two stories were linked into one storyline. */
export interface StorylineLink {
  from: string;
  to: string;
  /** 0..1 */
  score: number;
  /** Entity keys both stories share (strongest contribution first). */
  sharedEntities: string[];
  /** Topic terms both stories share (strongest contribution first). */
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

/** Work counters of one {@link linkStorylines} call (filled when passed in the options). */
export interface StorylineStats {
  /** Stories given. */
  stories: number;
  /** Story pairs scored. */
  comparisons: number;
  /** Postings read while generating candidates. */
  postingsScanned: number;
  /** Keys skipped for candidate generation as too common. */
  keysSkipped: number;
  /** Links at or above the threshold. */
  candidateLinks: number;
  /** Links dropped as weak relative to the stories' best links. */
  weakDropped: number;
  /** Links dropped because they would have bridged two groups through a single link. */
  bridgesDropped: number;
}

/** Options of {@link linkStorylines}. */
export interface StorylineOptions {
  /** Stories further apart than this are not linked (default 400 days). */
  windowDays?: number;
  /** Link when the score reaches this (default 0.2). */
  threshold?: number;
  /** Salient entities per story considered (default 16). */
  topEntities?: number;
  /** Topic terms per story considered (default 20). */
  topTerms?: number;
  /** Weight of entity overlap vs topic-term overlap when both are known (default 0.7). */
  entityWeight?: number;
  /**
   * Keys held by more than this share of the stories generate no candidates (they still count in
   * scores, with their low IDF). Default 0.05.
   */
  maxKeyShare?: number;
  /** Keys held by more than this many stories never generate candidates (default 200). */
  maxKeyStories?: number;
  /** A link must reach this fraction of both stories' best link scores (default 0.5). */
  relativeToBest?: number;
  /**
   * Two groups of two or more stories each are joined by one link only when it reaches this
   * score; weaker joins need a second independent link (default 0.5).
   */
  bridgeScore?: number;
  /**
   * Stories assumed to lack every key when computing the inverse story frequency, so that in a
   * tiny corpus a key all stories share still counts (default 1.5).
   */
  idfPrior?: number;
  /**
   * Keys (entities and terms) two stories must share to be linked (default 3); when both have
   * entities and terms they must also share at least one of each.
   */
  minSharedKeys?: number;
  /** Filled with work counters when given. */
  stats?: StorylineStats;
}

interface Profile {
  keys: string[];
  /** Share of the profile's mass per key (sums to 1). */
  mass: Map<string, number>;
}

/**
 * Inverse story frequency, smoothed with `prior` stories that lack the key: log((N + prior) / df).
 * A key every story holds still counts log(1 + prior/N), which matters only in tiny corpora.
 */
const idf = (n: number, df: number, prior: number): number => Math.log((n + prior) / Math.max(1, df));

function profile(keys: readonly string[], weights: readonly number[], df: ReadonlyMap<string, number>, n: number, prior: number): Profile {
  const mass = new Map<string, number>();
  let total = 0;
  keys.forEach((k, i) => {
    const w = (weights[i] ?? 0) * idf(n, df.get(k) ?? 1, prior);
    if (w <= 0 || mass.has(k)) return;
    mass.set(k, w);
    total += w;
  });
  if (total > 0) for (const [k, w] of mass) mass.set(k, w / total);
  return { keys: [...mass.keys()], mass };
}

/**
 * Weighted overlap of two profiles: the mass they share, Σ min(pa, pb) over shared keys
 * (histogram intersection, 0..1). Both sides must hold a key strongly for it to count, so a key
 * one story only mentions in passing cannot weld it to a story about that key.
 */
function overlap(a: Profile, b: Profile): { shared: string[]; score: number } {
  const shared: Array<[string, number]> = [];
  let score = 0;
  for (const k of a.keys) {
    const wb = b.mass.get(k);
    if (wb === undefined) continue;
    const m = Math.min(a.mass.get(k) ?? 0, wb);
    score += m;
    shared.push([k, m]);
  }
  return { shared: shared.sort((x, y) => y[1] - x[1]).map(([k]) => k), score: Math.min(1, score) };
}

/**
 * Link stories into storylines by the weighted overlap of their salient entities and topic terms
 * over a long window, then take connected components.
 *
 * Each story's profile is its top entities (weighted by the story's own summed salience) and top
 * terms (weighted by rank), each key times its inverse story frequency log(1 + N/df) over the
 * stories given, normalised to sum 1; two stories score the mass they share (entities and terms
 * mixed by `entityWeight`). So a capital or a country most stories name counts little, and a rare
 * shared person or place counts much. Candidates come from shared keys held by at most
 * `maxKeyShare` of the stories (and `maxKeyStories`), which keeps it near-linear. Against
 * chaining into one blob, a link must reach `relativeToBest` of both stories' best links, and two
 * groups of two or more stories are joined through a single link only when it reaches
 * `bridgeScore`. Returns every story in exactly one storyline (singletons included), each with
 * its links' evidence (shared entities and terms, strongest first). Pure.
 */
export function linkStorylines(stories: readonly StoryInfo[], options: StorylineOptions = {}): Storyline[] {
  const windowDays = options.windowDays ?? 400;
  const threshold = options.threshold ?? 0.2;
  const nE = options.topEntities ?? 16;
  const nT = options.topTerms ?? 20;
  const ew = options.entityWeight ?? 0.7;
  const relBest = options.relativeToBest ?? 0.5;
  const bridgeScore = options.bridgeScore ?? 0.5;
  const minShared = options.minSharedKeys ?? 3;
  const n = stories.length;
  const idfPrior = options.idfPrior ?? 1.5;
  const maxPosting = Math.min(options.maxKeyStories ?? 200, Math.max(10, Math.ceil((options.maxKeyShare ?? 0.05) * n)));
  const stats: StorylineStats = options.stats ?? { stories: 0, comparisons: 0, postingsScanned: 0, keysSkipped: 0, candidateLinks: 0, weakDropped: 0, bridgesDropped: 0 };
  Object.assign(stats, { stories: n, comparisons: 0, postingsScanned: 0, keysSkipped: 0, candidateLinks: 0, weakDropped: 0, bridgesDropped: 0 });

  const entKeys = stories.map((s) => s.entityKeys.slice(0, nE));
  const termKeys = stories.map((s) => s.topTerms.slice(0, nT));
  const dfE = new Map<string, number>();
  const dfT = new Map<string, number>();
  for (const ks of entKeys) for (const k of new Set(ks)) dfE.set(k, (dfE.get(k) ?? 0) + 1);
  for (const ks of termKeys) for (const k of new Set(ks)) dfT.set(k, (dfT.get(k) ?? 0) + 1);
  const ents = stories.map((s, i) => profile(entKeys[i] ?? [], s.entityWeights, dfE, n, idfPrior));
  // Terms weigh by rank: the first counts twice the last.
  const terms = termKeys.map((ks) => profile(ks, ks.map((_, r) => 1 - r / (2 * Math.max(1, ks.length))), dfT, n, idfPrior));
  const range = stories.map((s) => (s.dateRange ? [dayNumber(s.dateRange[0]), dayNumber(s.dateRange[1])] : null));

  // Blocking: stories by key; keys too common generate no candidates.
  const byKey = new Map<string, number[]>();
  const keysOf = (i: number): string[] => [...(ents[i]?.keys ?? []).map((e) => `e:${e}`), ...(terms[i]?.keys ?? []).map((t) => `t:${t}`)];
  for (let i = 0; i < n; i++) {
    for (const k of keysOf(i)) {
      const l = byKey.get(k);
      if (l) l.push(i);
      else byKey.set(k, [i]);
    }
  }
  for (const l of byKey.values()) if (l.length > maxPosting) stats.keysSkipped++;

  const candidates: Array<{ i: number; j: number; link: StorylineLink }> = [];
  const best = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const cands = new Set<number>();
    for (const k of keysOf(i)) {
      const l = byKey.get(k) ?? [];
      if (l.length > maxPosting) continue;
      stats.postingsScanned += l.length;
      for (const j of l) if (j > i) cands.add(j);
    }
    for (const j of cands) {
      const ri = range[i];
      const rj = range[j];
      let gap: number | undefined;
      if (ri && rj) {
        gap = Math.max(0, Math.max(ri[0] ?? 0, rj[0] ?? 0) - Math.min(ri[1] ?? 0, rj[1] ?? 0));
        if (gap > windowDays) continue;
      }
      stats.comparisons++;
      const ei = ents[i];
      const ej = ents[j];
      const ti = terms[i];
      const tj = terms[j];
      if (!ei || !ej || !ti || !tj) continue;
      const e = overlap(ei, ej);
      const t = overlap(ti, tj);
      const hasEnts = ei.keys.length > 0 && ej.keys.length > 0;
      const hasTerms = ti.keys.length > 0 && tj.keys.length > 0;
      const score = hasEnts && hasTerms ? ew * e.score + (1 - ew) * t.score : hasEnts ? e.score : t.score;
      if (score < threshold) continue;
      // Evidence: some of both kinds when both stories have both, and a few keys in all (one
      // shared currency or city alone is not a storyline).
      if (hasEnts && hasTerms && (e.shared.length === 0 || t.shared.length === 0)) continue;
      if (e.shared.length + t.shared.length < minShared) continue;
      const link: StorylineLink = { from: stories[i]?.id ?? '', to: stories[j]?.id ?? '', score, sharedEntities: e.shared, sharedTerms: t.shared };
      if (gap !== undefined) link.gapDays = gap;
      candidates.push({ i, j, link });
      best[i] = Math.max(best[i] ?? 0, score);
      best[j] = Math.max(best[j] ?? 0, score);
    }
  }
  stats.candidateLinks = candidates.length;

  // Strongest links first; a link weak for either story (a hub's stray match) is dropped, and a
  // single weak link never welds two groups together.
  candidates.sort((a, b) => b.link.score - a.link.score);
  const parent = stories.map((_, i) => i);
  const size = stories.map(() => 1);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  const pending = new Map<string, number>();
  const links: StorylineLink[] = [];
  for (const { i, j, link } of candidates) {
    if (link.score < relBest * Math.max(best[i] ?? 0, best[j] ?? 0) && link.score < bridgeScore) {
      stats.weakDropped++;
      continue;
    }
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) {
      links.push(link);
      continue;
    }
    if ((size[ri] ?? 1) >= 2 && (size[rj] ?? 1) >= 2 && link.score < bridgeScore) {
      // A weak bridge between two groups needs a second one.
      const key = ri < rj ? `${ri}:${rj}` : `${rj}:${ri}`;
      const seen = pending.get(key) ?? 0;
      pending.set(key, seen + 1);
      if (seen === 0) {
        stats.bridgesDropped++;
        continue;
      }
      stats.bridgesDropped--;
    }
    parent[rj] = ri;
    size[ri] = (size[ri] ?? 1) + (size[rj] ?? 1);
    links.push(link);
  }

  const groups = new Map<number, number[]>();
  stories.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const linksByRoot = new Map<number, StorylineLink[]>();
  const index = new Map(stories.map((s, i) => [s.id, i]));
  for (const l of links) {
    const r = find(index.get(l.from) ?? 0);
    const g = linksByRoot.get(r) ?? [];
    g.push(l);
    linksByRoot.set(r, g);
  }
  const out: Storyline[] = [];
  for (const [root, members] of groups) {
    const sorted = [...members].sort((a, b) => (range[a]?.[0] ?? Infinity) - (range[b]?.[0] ?? Infinity) || a - b);
    const ls = linksByRoot.get(root) ?? [];
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
