import { MarsadError } from '../core/errors.js';
import { message, type Message } from '../core/message.js';

/** A salient entity of a document (key: the entities stage's canonical key; salience 0..1). */
export interface StoryEntity {
  key: string;
  salience: number;
  /** Entity type (`PER`, `LOC`, `ORG`, `MISC`), when known: the most salient `PER` is the doc's lead actor. */
  type?: string;
  /** True when the title names it. */
  inTitle?: boolean;
}

/** An event of a document from the events stage: a type and its argument keys. */
export interface StoryEvent {
  type: string;
  args: string[];
  /** The arguments that are persons (default: those the doc's entities type `PER`). */
  persons?: string[];
}

/** What {@link StoryClusterer.add} needs of an article. */
export interface StoryDoc {
  id: string;
  /** Publication date-time (ISO 8601); absent when unknown (then no time window applies). */
  published?: string;
  /**
   * For an undated article: the window it was published in (ISO days; either end may be open),
   * e.g. inferred from the dates it mentions. Stories and candidates more than `windowDays`
   * outside it are not joined.
   */
  publishedWindow?: { earliest?: string; latest?: string };
  title: string;
  lead: string;
  /** Index terms (LanguageResources.term) of title and lead; title terms may be repeated to weigh more. */
  terms: readonly string[];
  /** Index terms of the title alone (optional): compared title to title, which separates events that share a topic vocabulary. */
  titleTerms?: readonly string[];
  /**
   * Anchor terms: who or what the article is about, e.g. the terms of its title, or of its first
   * sentence (optional). Only the rare ones count (see `anchorMaxDf`); a doc whose rare anchors
   * share nothing with a story's anchors is penalised by `anchorPenalty`.
   */
  anchors?: readonly string[];
  /** Salient entities (optional: weight 0 when absent). */
  entities?: readonly StoryEntity[];
  /** Events (optional: weight 0 when absent). */
  events?: readonly StoryEvent[];
  /** Dates (YYYY-MM-DD) of the events the article reports (optional). */
  eventDates?: readonly string[];
  /** Id of an already added article this one duplicates (DuplicateIndex): joins its story directly. */
  duplicateOf?: string;
}

/** How one candidate story scored. */
export interface StoryCandidate {
  storyId: string;
  similarity: number;
  /** The components (0..1 each) and which were used. */
  parts: { text: number; entities?: number; events?: number; time?: number; dates?: number; anchors?: number; actor?: number };
}

/** What {@link StoryClusterer.add} decided. */
export interface StoryAssignment {
  storyId: string;
  /** Similarity to the story joined (1 for a duplicate, 0 for a new story). */
  similarity: number;
  /** True when the article started a new story. */
  created: boolean;
  /** The best candidates considered, best first (at most 5). */
  candidates: StoryCandidate[];
  /** True when the article was not clustered (then `storyId` is '' and the reason is in `messages`). */
  skipped?: boolean;
  /**
   * Notes for the caller: `STORY_EMPTY` (warning; skipped: no terms and no entities, e.g. an
   * article with no text), `STORY_UNDATED` (info: no date and no window, so it was compared with
   * stories of any period).
   */
  messages?: Message[];
}

/** Work counters of a {@link StoryClusterer} (cost checks in tests and benchmarks, not timing). */
export interface ClusterStats {
  /** Posting entries scanned in candidate retrieval. */
  postingsScanned: number;
  /** Document-to-document cosines computed. */
  comparisons: number;
  /** Doc-to-story combined scores computed. */
  storyScores: number;
  /** Articles skipped (no content). */
  skipped: number;
}

/** Background document frequencies (e.g. from the search index or a corpus) that make IDF sensible from the first article. */
export interface BackgroundFrequencies {
  /** Number of documents counted. */
  docs: number;
  /** Documents containing each term. */
  df: ReadonlyMap<string, number>;
}

/** Count document frequencies of term lists (each list counted once per distinct term). */
export function documentFrequencies(termLists: Iterable<readonly string[]>): BackgroundFrequencies {
  const df = new Map<string, number>();
  let docs = 0;
  for (const terms of termLists) {
    docs++;
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { docs, df };
}

/** Weights and thresholds of {@link StoryClusterer}. Defaults tuned on SaudiNewsNet labels and the seeds (DESIGN.md, stories). */
export interface StoryClustererOptions {
  /** Weight of TF-IDF cosine of title+lead (default 0.6). */
  wText?: number;
  /**
   * Weight of salience × IDF entity overlap (default 0; 0 when a doc has no entities). On the
   * labelled set with the default engine's entities, 0.25 (with events 0.15) gave pairwise F1 61.6
   * and 0.1 gave 78.6, against 90.7 at 0: one story's articles often resolve the same person to
   * different ids, so the overlap dilutes true pairs more than it separates false ones. Entities
   * still retrieve candidates and drive the frame conflict (`actorPenalty`).
   */
  wEntities?: number;
  /** Weight of event overlap (same type and a shared argument; default 0, see `wEntities`). */
  wEvents?: number;
  /** Share of the score scaled by publication time proximity: score × (1 − wTime + wTime × proximity) (default 0.3; no effect when undated). */
  wTime?: number;
  /** Share of the text similarity given to the best title-to-title cosine when titles are known (default 0: on the labelled set 0.35 lowered pairwise F1 from 75.0 to 67.5). */
  titleMix?: number;
  /** Text similarity = (1 − memberMix) × centroid cosine + memberMix × best member cosine (default 0.4). */
  memberMix?: number;
  /** Join the best story when its similarity reaches this (default 0.25). */
  threshold?: number;
  /** Candidate window in days around the publication date (default 5). */
  windowDays?: number;
  /** Time-proximity decay in days (default 2). */
  timeScaleDays?: number;
  /**
   * Penalty for a frame conflict: the doc and the story have an event of the same type sharing a
   * place or host but with different persons, neither side naming the other's persons at all ("X
   * visits P" vs "Y visits P": another event). Also applied to story pairs in repair. Default
   * 0.15: on the labelled set (default engine's entities) pairwise F1 86.8 → 90.7, 0.3 the same.
   */
  actorPenalty?: number;
  /** Penalty subtracted when both sides give event dates and none is within a day (default 0.15). */
  datePenalty?: number;
  /**
   * Penalty when the doc's rare anchors and the story's share nothing (default 0: on the labelled
   * set 0.05 cost 8.6 points of pairwise recall, and it did not separate the seeds).
   */
  anchorPenalty?: number;
  /** Anchors in at most this fraction of documents (own + background, with the IDF prior) are rare (default 0.002). */
  anchorMaxDf?: number;
  /** Query terms per doc: its rarest terms (default 20). */
  queryTerms?: number;
  /** Terms in more than this fraction of documents are not used for retrieval (default 0.05, once 200 docs are in). */
  maxDfFraction?: number;
  /** Newest postings kept per term or entity (default 150). */
  maxPostings?: number;
  /** Candidate documents scored in full (default 40). */
  maxCandidates?: number;
  /** Pseudo-documents in the IDF prior, so early IDF is not degenerate (default 1000). */
  idfPrior?: number;
  /** Terms kept in a story centroid (default 150). */
  centroidTerms?: number;
  /** Repair: merge two stories when their centroids' combined similarity reaches this (default 0.4; on the labelled set 0.55 → 0.4 → 0.35 → 0.3 gave pairwise F1 75.0 → 86.8 → 93.3 → 83.5, the last merging a hard negative). */
  mergeThreshold?: number;
  /** Repair: a member whose similarity to the rest stays below this is split off (default 0.12). */
  splitThreshold?: number;
}

const DEFAULTS: Required<StoryClustererOptions> = {
  wText: 0.6,
  wEntities: 0,
  wEvents: 0,
  wTime: 0.3,
  memberMix: 0.4,
  titleMix: 0,
  threshold: 0.25,
  windowDays: 5,
  timeScaleDays: 2,
  datePenalty: 0.15,
  actorPenalty: 0.15,
  anchorPenalty: 0,
  anchorMaxDf: 0.002,
  queryTerms: 20,
  maxDfFraction: 0.05,
  maxPostings: 150,
  maxCandidates: 40,
  idfPrior: 1000,
  centroidTerms: 150,
  mergeThreshold: 0.4,
  splitThreshold: 0.12,
};

/** Sparse vector: term ids ascending and L2-normalised weights. */
interface Vec {
  ids: Int32Array;
  w: Float32Array;
}

interface DocRec {
  id: string;
  story: number;
  day: number; // days since epoch, NaN when undated
  /** Publication interval in days: [day, day] when dated, the window when undated (±Infinity when open). */
  lo: number;
  hi: number;
  vec: Vec;
  tvec: Vec;
  /** Rare anchor term ids. */
  anchors: number[];
  /** Lead actor entity key ('' when none). */
  actor: string;
  ents: Map<string, number>;
  events: StoryEvent[];
  dates: number[];
  title: string;
}

interface StoryRec {
  id: string;
  members: number[];
  centroid: Map<number, number>;
  ents: Map<string, number>;
  events: StoryEvent[];
  dates: Set<number>;
  anchors: Map<number, number>;
  actors: Map<string, number>;
  /** Cached L2 norm of the centroid (NaN when stale). */
  norm: number;
  firstDay: number;
  lastDay: number;
  /** Union of the undated members' publication windows (empty, lo > hi, when none). */
  lo: number;
  hi: number;
  /** Intersection of the undated members' windows (the same event is published within days, so each window bounds all). */
  wLo: number;
  wHi: number;
  alive: boolean;
}

/** A story's public summary. */
export interface StoryInfo {
  id: string;
  articleIds: string[];
  /** First and last publication dates of dated members (YYYY-MM-DD), when any member is dated. */
  dateRange?: [string, string];
  /** Entity keys by summed salience, strongest first. */
  entityKeys: string[];
  /** Summed salience per entity key (same order as `entityKeys`). */
  entityWeights: number[];
  /** The story's strongest centroid terms (up to 20), strongest first. */
  topTerms: string[];
}

/** Result of {@link StoryClusterer.repair}. */
export interface RepairReport {
  /** Stories merged: [absorbed story id, surviving story id]. */
  merged: Array<[string, string]>;
  /** Articles split off into a new story: [article id, old story id, new story id]. */
  split: Array<[string, string, string]>;
}

/** Serialised {@link StoryClusterer}. */
export interface StoryClustererJSON {
  version: 1;
  options: Required<StoryClustererOptions>;
  nextStory: number;
  vocab: string[];
  df: number[];
  docs: Array<{ id: string; story: string; day: number | null; win?: [number | null, number | null]; ids: number[]; w: number[]; tIds: number[]; tW: number[]; anchors: number[]; actor?: string; ents: Array<[string, number]>; events: StoryEvent[]; dates: number[]; title: string }>;
}

const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date or date-time (NaN when missing or unreadable). */
export function dayNumber(iso: string | undefined): number {
  if (!iso) return NaN;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return NaN;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two intervals (0 when they overlap; NaN-free: an empty story interval counts as overlapping). */
function intervalGap(aLo: number, aHi: number, bLo: number, bHi: number): number {
  if (!(bLo <= bHi) || !(aLo <= aHi)) return 0;
  return Math.max(0, aLo - bHi, bLo - aHi);
}

/**
 * Same frame, other people: an event of `a` and one of `b` have the same type and share a
 * non-person argument (the place, the host country), both name persons, no person is shared,
 * and neither side names the other's persons anywhere (`bNames`: b's entities contain the key;
 * `aNames` likewise). "X visits P" and "Y visits P" are two events, while reactions to one event
 * by different people (different types or places) are not caught.
 */
function frameConflict(a: readonly StoryEvent[], b: readonly StoryEvent[], bNames: (k: string) => boolean, aNames: (k: string) => boolean): boolean {
  for (const e of a) {
    const ep = e.persons ?? [];
    if (ep.length === 0 || ep.some(bNames)) continue;
    const eSet = new Set(ep);
    for (const f of b) {
      const fp = f.persons ?? [];
      if (f.type !== e.type || fp.length === 0 || fp.some((p) => eSet.has(p) || aNames(p))) continue;
      const fSet = new Set(fp);
      const eArgs = new Set(e.args.filter((x) => !eSet.has(x)));
      if (f.args.some((x) => !fSet.has(x) && eArgs.has(x))) return true;
    }
  }
  return false;
}

/**
 * When a story was published: its dated members' range; without one, the intersection of its
 * undated members' windows (their union when they conflict); empty (lo > hi) when nothing is known.
 */
function storySpan(s: StoryRec): [number, number] {
  if (Number.isFinite(s.firstDay)) return [s.firstDay, s.lastDay];
  if (s.wLo <= s.wHi && (Number.isFinite(s.wLo) || Number.isFinite(s.wHi))) return [s.wLo, s.wHi];
  return [s.lo, s.hi];
}

function cosineSparse(a: Vec, b: Vec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) s += (a.w[i++] ?? 0) * (b.w[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return s;
}

function cosineCentroid(v: Vec, c: Map<number, number>, norm: number): number {
  if (norm === 0) return 0;
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) s += (v.w[i] ?? 0) * (c.get(v.ids[i] ?? -1) ?? 0);
  return s / norm;
}

function mapNorm(m: Map<number, number>): number {
  let s = 0;
  for (const x of m.values()) s += x * x;
  return Math.sqrt(s);
}

/**
 * Salience × IDF weighted overlap of two entity maps: the shared share of each side's weight
 * (the smaller of the two), so an entity every article names (the country, the capital) counts
 * little and a rare shared person counts much.
 */
function entityOverlap(a: Map<string, number>, b: Map<string, number>, idf: (key: string) => number): number {
  if (a.size === 0 || b.size === 0) return 0;
  let sa = 0;
  let sb = 0;
  let num = 0;
  for (const [k, v] of a) {
    const i = idf(k);
    sa += v * i;
  }
  for (const [k, v] of b) sb += v * idf(k);
  if (sa === 0 || sb === 0) return 0;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w !== undefined) {
      const i = idf(k);
      num += Math.min((v * i) / sa, (w * i) / sb);
    }
  }
  return num;
}

/**
 * Best match of each doc event among the story's events: same type and at least one shared
 * argument = 0.5 + 0.5 × argument Jaccard (the type alone is not evidence: every visit story
 * has a VISIT); averaged over the doc's events.
 */
function eventOverlap(a: readonly StoryEvent[], b: readonly StoryEvent[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let total = 0;
  for (const e of a) {
    let best = 0;
    const sa = new Set(e.args);
    for (const f of b) {
      if (f.type !== e.type) continue;
      let inter = 0;
      for (const x of f.args) if (sa.has(x)) inter++;
      if (inter === 0) continue;
      const uni = sa.size + f.args.length - inter;
      best = Math.max(best, 0.5 + 0.5 * (inter / uni));
    }
    total += best;
  }
  return total / a.length;
}

/**
 * Online, incremental same-event clustering. Each added article is compared with the stories
 * of candidate articles — retrieved by shared rare terms (capped inverted index with IDF),
 * shared entities, and a known duplicate — within a publication-time window, and joins the best
 * story when the combined similarity (TF-IDF cosine of title+lead against the story's members
 * and centroid, salience-weighted entity overlap, event overlap, time proximity, event-date
 * agreement) reaches the threshold; otherwise it starts a new story. Story ids are stable
 * (`s1`, `s2`, … in creation order; a merge keeps the older id). {@link repair} merges stories
 * that converged and splits off members that drifted. Cost per article is bounded by the
 * posting and candidate caps, so the whole run is near-linear. Pure: no I/O.
 */
export class StoryClusterer {
  private readonly o: Required<StoryClustererOptions>;
  private readonly vocab = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly df: number[] = [];
  private readonly docs: DocRec[] = [];
  private readonly byId = new Map<string, number>();
  private readonly stories: StoryRec[] = [];
  private readonly storyById = new Map<string, number>();
  private readonly postings = new Map<number, number[]>();
  private readonly entPostings = new Map<string, number[]>();
  /** Documents per entity key (rebuilt by {@link fromJSON}). */
  private readonly entDf = new Map<string, number>();
  private readonly entIdf = (key: string): number => {
    const n = this.docs.length + this.o.idfPrior;
    return Math.log((n + 1) / ((this.entDf.get(key) ?? 0) + 1));
  };
  private readonly dirty = new Set<number>();
  /** Docs added since the last repair. */
  private readonly fresh: number[] = [];
  private nextStory = 1;
  private readonly counters: ClusterStats = { postingsScanned: 0, comparisons: 0, storyScores: 0, skipped: 0 };
  /** Scratch accumulator for candidate retrieval (grown as needed), and the docs it touched. */
  private acc = new Float64Array(1024);
  private readonly touched: number[] = [];

  private readonly bgDocs: number;
  private readonly bgDf: ReadonlyMap<string, number>;

  /** `background` adds document frequencies from elsewhere to the clusterer's own (not serialised: pass it again to {@link fromJSON}). */
  constructor(options: StoryClustererOptions = {}, background?: BackgroundFrequencies) {
    this.o = { ...DEFAULTS, ...options };
    this.bgDocs = background?.docs ?? 0;
    this.bgDf = background?.df ?? new Map();
    if (!(this.o.threshold > 0 && this.o.maxPostings > 0 && this.o.maxCandidates > 0)) {
      throw new MarsadError('INVALID_ARGUMENT', `StoryClusterer options out of range: ${JSON.stringify(options)}`);
    }
  }

  /** The options in force. */
  get options(): Readonly<Required<StoryClustererOptions>> {
    return this.o;
  }

  /** Number of articles added. */
  get size(): number {
    return this.docs.length;
  }

  /** Work done so far (a copy). */
  get stats(): ClusterStats {
    return { ...this.counters };
  }

  /** The story of an added article. */
  storyOf(id: string): string | undefined {
    const d = this.byId.get(id);
    return d === undefined ? undefined : this.stories[this.docs[d]?.story ?? -1]?.id;
  }

  /** All live stories, oldest first. */
  allStories(): StoryInfo[] {
    return this.stories.filter((s) => s.alive).map((s) => this.info(s));
  }

  /**
   * The dated story-mates of an article (other members of its story with a publication date),
   * in the shape `inferPublicationWindow(text, { storyMates })` takes, most similar first.
   */
  storyMates(id: string, max = 20): Array<{ published: string; similarity: number; source: string }> {
    const di = this.byId.get(id);
    const d = di === undefined ? undefined : this.docs[di];
    const s = d ? this.stories[d.story] : undefined;
    if (!d || !s) return [];
    const out: Array<{ published: string; similarity: number; source: string }> = [];
    for (const m of s.members) {
      const md = this.docs[m];
      if (!md || m === di || Number.isNaN(md.day)) continue;
      out.push({ published: isoDay(md.day), similarity: Math.min(1, Math.max(0, cosineSparse(d.vec, md.vec))), source: md.id });
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, max);
  }

  /** One story's summary. */
  story(id: string): StoryInfo | undefined {
    const s = this.stories[this.storyById.get(id) ?? -1];
    return s && s.alive ? this.info(s) : undefined;
  }

  /** Add an article; it joins the best matching story or starts a new one. Re-adding an id returns its story. */
  add(doc: StoryDoc): StoryAssignment {
    const known = this.byId.get(doc.id);
    if (known !== undefined) {
      return { storyId: this.stories[this.docs[known]?.story ?? -1]?.id ?? '', similarity: 1, created: false, candidates: [] };
    }
    const index = this.docs.length;
    if (doc.terms.length === 0 && (doc.entities ?? []).length === 0 && doc.duplicateOf === undefined) {
      this.counters.skipped++;
      return {
        storyId: '',
        similarity: 0,
        created: false,
        candidates: [],
        skipped: true,
        messages: [message('STORY_EMPTY', 'warning', `article ${doc.id} has no story terms and no entities (empty or non-text content); not clustered`, { stage: 'stories' })],
      };
    }
    const rec = this.makeDoc(doc);
    // A known duplicate joins its original's story.
    const dupIdx = doc.duplicateOf === undefined ? undefined : this.byId.get(doc.duplicateOf);
    let chosen = -1;
    let chosenSim = 0;
    let candidates: StoryCandidate[] = [];
    if (dupIdx !== undefined) {
      chosen = this.docs[dupIdx]?.story ?? -1;
      chosenSim = 1;
    } else {
      candidates = this.score(rec, index);
      const best = candidates[0];
      if (best && best.similarity >= this.o.threshold) {
        chosen = this.storyById.get(best.storyId) ?? -1;
        chosenSim = best.similarity;
      }
    }
    this.docs.push(rec);
    this.byId.set(doc.id, index);
    this.indexDoc(rec, index);
    this.fresh.push(index);
    let created = false;
    if (chosen < 0) {
      chosen = this.newStory();
      created = true;
    }
    rec.story = chosen;
    this.addToStory(chosen, index);
    const out: StoryAssignment = { storyId: this.stories[chosen]?.id ?? '', similarity: created ? 0 : chosenSim, created, candidates: candidates.slice(0, 5) };
    if (!Number.isFinite(rec.lo) && !Number.isFinite(rec.hi)) {
      out.messages = [message('STORY_UNDATED', 'info', `article ${doc.id} has no publication date or window; compared with stories of any period`, { stage: 'stories' })];
    }
    return out;
  }

  /**
   * Repair the stories touched since the last repair: split off members whose similarity to
   * the rest of their story fell below `splitThreshold` (each starts a new story, or joins
   * another story it now matches), then merge pairs of stories whose combined centroid
   * similarity reaches `mergeThreshold` (the older id survives).
   */
  repair(): RepairReport {
    const report: RepairReport = { merged: [], split: [] };
    const touched = [...this.dirty];
    this.dirty.clear();
    const fresh = this.fresh.splice(0);
    // Split: articles added since the last repair that no longer fit their story.
    for (const m of fresh) {
      const d = this.docs[m];
      const si = d?.story ?? -1;
      const s = this.stories[si];
      if (!d || !s || !s.alive || s.members.length < 3) continue;
      {
        const sim = this.memberSimilarity(d, s, m);
        if (sim >= this.o.splitThreshold) continue;
        this.removeFromStory(si, m);
        const ns = this.newStory();
        d.story = ns;
        this.addToStory(ns, m);
        report.split.push([d.id, s.id, this.stories[ns]?.id ?? '']);
      }
    }
    for (const si of touched) {
      const s = this.stories[si];
      if (!s || !s.alive) continue;
      // Candidate stories: those of the candidate docs of the story's first member.
      const first = this.docs[s.members[0] ?? -1];
      if (!first) continue;
      const cands = this.score(first, -1).filter((c) => c.storyId !== s.id);
      for (const c of cands) {
        const oi = this.storyById.get(c.storyId);
        const other = oi === undefined ? undefined : this.stories[oi];
        if (!other || !other.alive || oi === undefined) continue;
        const sim = this.storySimilarity(s, other);
        if (sim < this.o.mergeThreshold) continue;
        const [keep, drop] = oi < si ? [oi, si] : [si, oi];
        this.mergeStories(keep, drop);
        report.merged.push([this.stories[drop]?.id ?? '', this.stories[keep]?.id ?? '']);
        if (drop === si) break;
      }
    }
    return report;
  }

  /** Serialise (vectors are kept; postings and story aggregates are rebuilt by {@link fromJSON}). */
  toJSON(): StoryClustererJSON {
    return {
      version: 1,
      options: { ...this.o },
      nextStory: this.nextStory,
      vocab: [...this.terms],
      df: [...this.df],
      docs: this.docs.map((d) => ({
        id: d.id,
        story: this.stories[d.story]?.id ?? '',
        day: Number.isNaN(d.day) ? null : d.day,
        ...(Number.isNaN(d.day) && (Number.isFinite(d.lo) || Number.isFinite(d.hi)) ? { win: [Number.isFinite(d.lo) ? d.lo : null, Number.isFinite(d.hi) ? d.hi : null] as [number | null, number | null] } : {}),
        ids: [...d.vec.ids],
        w: [...d.vec.w].map((x) => Math.round(x * 1e5) / 1e5),
        tIds: [...d.tvec.ids],
        anchors: d.anchors,
        actor: d.actor,
        tW: [...d.tvec.w].map((x) => Math.round(x * 1e5) / 1e5),
        ents: [...d.ents],
        events: d.events,
        dates: d.dates,
        title: d.title,
      })),
    };
  }

  /** Rebuild from {@link toJSON} output. */
  static fromJSON(json: StoryClustererJSON, background?: BackgroundFrequencies): StoryClusterer {
    if (json.version !== 1) throw new MarsadError('INVALID_ARGUMENT', `unknown StoryClusterer version ${String(json.version)}`);
    const c = new StoryClusterer(json.options, background);
    json.vocab.forEach((t, i) => {
      c.vocab.set(t, i);
      c.terms.push(t);
      c.df.push(json.df[i] ?? 0);
    });
    for (const d of json.docs) {
      const index = c.docs.length;
      const rec: DocRec = {
        id: d.id,
        story: -1,
        day: d.day ?? NaN,
        lo: d.day ?? d.win?.[0] ?? -Infinity,
        hi: d.day ?? d.win?.[1] ?? Infinity,
        vec: { ids: Int32Array.from(d.ids), w: Float32Array.from(d.w) },
        tvec: { ids: Int32Array.from(d.tIds), w: Float32Array.from(d.tW) },
        anchors: d.anchors,
        actor: d.actor ?? '',
        ents: new Map(d.ents),
        events: d.events,
        dates: d.dates,
        title: d.title,
      };
      c.docs.push(rec);
      c.byId.set(d.id, index);
      c.indexDoc(rec, index, false);
      let si = c.storyById.get(d.story);
      if (si === undefined) {
        si = c.stories.length;
        c.stories.push(c.emptyStory(d.story));
        c.storyById.set(d.story, si);
      }
      rec.story = si;
      c.addToStory(si, index);
    }
    c.nextStory = json.nextStory;
    c.dirty.clear();
    return c;
  }

  // --- internals -----------------------------------------------------------------------

  private info(s: StoryRec): StoryInfo {
    const ents = [...s.ents].sort((a, b) => b[1] - a[1]);
    const out: StoryInfo = {
      id: s.id,
      articleIds: s.members.map((m) => this.docs[m]?.id ?? ''),
      entityKeys: ents.map(([k]) => k),
      entityWeights: ents.map(([, v]) => v),
      topTerms: [...s.centroid]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([t]) => this.terms[t] ?? ''),
    };
    if (Number.isFinite(s.firstDay)) out.dateRange = [isoDay(s.firstDay), isoDay(s.lastDay)];
    return out;
  }

  private idf(t: number): number {
    const n = this.docs.length + this.o.idfPrior + this.bgDocs;
    return Math.log((n + 1) / ((this.df[t] ?? 0) + this.bgTermDf(t) + 1));
  }

  private bgTermDf(t: number): number {
    return this.bgDocs === 0 ? 0 : (this.bgDf.get(this.terms[t] ?? '') ?? 0);
  }

  private makeDoc(doc: StoryDoc): DocRec {
    const vec = this.vectorOf(doc.terms);
    const tvec = this.vectorOf(doc.titleTerms ?? []);
    const anchors: number[] = [];
    const n = this.docs.length + this.o.idfPrior + this.bgDocs;
    for (const a of new Set(doc.anchors ?? [])) {
      const id = this.vocab.get(a);
      const df = id === undefined ? this.bgDf.get(a) ?? 0 : (this.df[id] ?? 0) + this.bgTermDf(id);
      if (id !== undefined && df <= this.o.anchorMaxDf * n) anchors.push(id);
    }
    const ents = new Map<string, number>();
    for (const e of doc.entities ?? []) if (e.key !== '') ents.set(e.key, Math.max(ents.get(e.key) ?? 0, Math.max(0, e.salience)));
    const dates = [...new Set((doc.eventDates ?? []).map(dayNumber).filter((x) => !Number.isNaN(x)))];
    // Event persons: given, or the arguments the doc's entities type as PER.
    const perKeys = new Set((doc.entities ?? []).filter((e) => e.type === 'PER').map((e) => e.key));
    const events = (doc.events ?? []).map((e) => (e.persons !== undefined || perKeys.size === 0 ? e : { ...e, persons: e.args.filter((a) => perKeys.has(a)) }));
    let actor = '';
    let actorSal = 0;
    for (const e of doc.entities ?? []) {
      if (e.type === 'PER' && e.key !== '' && e.salience > actorSal) {
        actor = e.key;
        actorSal = e.salience;
      }
    }
    const day = dayNumber(doc.published);
    let lo = day;
    let hi = day;
    if (Number.isNaN(day)) {
      const a = dayNumber(doc.publishedWindow?.earliest);
      const b = dayNumber(doc.publishedWindow?.latest);
      lo = Number.isNaN(a) ? -Infinity : a;
      hi = Number.isNaN(b) ? Infinity : b;
      if (lo > hi) [lo, hi] = [-Infinity, Infinity];
    }
    return { id: doc.id, story: -1, day, lo, hi, vec, tvec, anchors, actor, ents, events, dates, title: doc.title };
  }

  /** TF-IDF vector (sublinear tf, current IDF), L2-normalised; new terms enter the vocabulary. */
  private vectorOf(terms: readonly string[]): Vec {
    const tf = new Map<number, number>();
    for (const term of terms) {
      if (term === '') continue;
      let id = this.vocab.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.vocab.set(term, id);
        this.terms.push(term);
        this.df.push(0);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const w = new Float32Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i] ?? 0;
      // df counts this doc as if already in (so a brand-new term is not infinitely rare).
      const x = (1 + Math.log(tf.get(t) ?? 1)) * Math.log((this.docs.length + this.o.idfPrior + this.bgDocs + 2) / ((this.df[t] ?? 0) + this.bgTermDf(t) + 2));
      w[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) / norm;
    return { ids, w };
  }

  private indexDoc(d: DocRec, index: number, countDf = true): void {
    const cap = this.o.maxPostings;
    for (const t of d.vec.ids) {
      if (countDf) this.df[t] = (this.df[t] ?? 0) + 1;
      let p = this.postings.get(t);
      if (!p) {
        p = [];
        this.postings.set(t, p);
      }
      p.push(index);
      if (p.length > cap * 2) p.splice(0, p.length - cap);
    }
    for (const k of d.ents.keys()) {
      this.entDf.set(k, (this.entDf.get(k) ?? 0) + 1);
      let p = this.entPostings.get(k);
      if (!p) {
        p = [];
        this.entPostings.set(k, p);
      }
      p.push(index);
      if (p.length > cap * 2) p.splice(0, p.length - cap);
    }
  }

  /** Score candidate stories for a doc (`self` = its own index when already indexed, else -1). */
  private score(d: DocRec, self: number): StoryCandidate[] {
    const o = this.o;
    const n = this.docs.length;
    const maxDf = n >= 200 ? Math.max(2, o.maxDfFraction * n) : Infinity;
    // Query terms: the rarest terms of the doc.
    const q: Array<[number, number]> = [];
    const common: Array<[number, number]> = [];
    for (const t of d.vec.ids) {
      const df = this.df[t] ?? 0;
      if (df === 0) continue;
      (df > maxDf ? common : q).push([t, this.idf(t)]);
    }
    q.sort((a, b) => b[1] - a[1]);
    if (q.length < 3 && common.length > 0) {
      // Only common terms (e.g. the thousandth copy of one text): query by the least common few;
      // the posting scan stays capped, so the cost does too.
      common.sort((a, b) => b[1] - a[1]);
      q.push(...common.slice(0, 3 - q.length));
    }
    if (this.acc.length < n + 1) {
      const grown = new Float64Array(Math.max(n + 1, this.acc.length * 2));
      this.acc = grown;
    }
    const acc = this.acc;
    const touched = this.touched;
    touched.length = 0;
    const inWindow = (c: number): boolean => {
      const cd = this.docs[c];
      return !cd || intervalGap(d.lo, d.hi, cd.lo, cd.hi) <= o.windowDays;
    };
    const bump = (c: number, w: number): void => {
      if (acc[c] === 0) touched.push(c);
      acc[c] = (acc[c] ?? 0) + w;
    };
    for (const [t, w] of q.slice(0, o.queryTerms)) {
      const p = this.postings.get(t);
      if (!p) continue;
      for (let k = p.length - 1, seen = 0; k >= 0 && seen < o.maxPostings; k--, seen++) {
        const c = p[k] ?? -1;
        this.counters.postingsScanned++;
        if (c === self || !inWindow(c)) continue;
        bump(c, w);
      }
    }
    for (const [key, sal] of d.ents) {
      const p = this.entPostings.get(key);
      if (!p || (this.entDf.get(key) ?? 0) > maxDf) continue;
      const bonus = 3 * sal;
      for (let k = p.length - 1, seen = 0; k >= 0 && seen < o.maxPostings; k--, seen++) {
        const c = p[k] ?? -1;
        this.counters.postingsScanned++;
        if (c === self || !inWindow(c)) continue;
        bump(c, bonus);
      }
    }
    const scored: Array<[number, number]> = touched.map((c) => [c, acc[c] ?? 0]);
    for (const c of touched) acc[c] = 0;
    const top = scored.length <= o.maxCandidates ? scored : scored.sort((a, b) => b[1] - a[1]).slice(0, o.maxCandidates);
    // Best member cosine per story.
    const best = new Map<number, number>();
    const bestTitle = new Map<number, number>();
    for (const [c] of top) {
      const cd = this.docs[c];
      if (!cd) continue;
      this.counters.comparisons++;
      const cos = cosineSparse(d.vec, cd.vec);
      if (cos > (best.get(cd.story) ?? -1)) best.set(cd.story, cos);
      if (d.tvec.ids.length > 0 && cd.tvec.ids.length > 0) {
        const tc = cosineSparse(d.tvec, cd.tvec);
        if (tc > (bestTitle.get(cd.story) ?? -1)) bestTitle.set(cd.story, tc);
      }
    }
    const out: StoryCandidate[] = [];
    for (const [si, memberCos] of best) {
      const s = this.stories[si];
      if (!s || !s.alive) continue;
      out.push(this.combine(d, s, memberCos, self, bestTitle.get(si)));
    }
    out.sort((a, b) => b.similarity - a.similarity);
    return out;
  }

  /** Combined similarity of a doc and a story, given the best member cosine. */
  private combine(d: DocRec, s: StoryRec, memberCos: number, self: number, titleCos?: number): StoryCandidate {
    const o = this.o;
    this.counters.storyScores++;
    if (Number.isNaN(s.norm)) s.norm = mapNorm(s.centroid);
    const isMember = self >= 0 && this.stories[this.docs[self]?.story ?? -1] === s;
    let cenCos: number;
    if (isMember) {
      // Cosine with the centroid of the other members: (c − v)·v / |c − v|, v of unit length.
      const dot = cosineCentroid(d.vec, s.centroid, 1);
      const n2 = s.norm * s.norm - 2 * dot + 1;
      cenCos = n2 > 1e-9 ? (dot - 1) / Math.sqrt(n2) : 0;
    } else {
      cenCos = cosineCentroid(d.vec, s.centroid, s.norm);
    }
    const body = (1 - o.memberMix) * cenCos + o.memberMix * memberCos;
    const text = titleCos === undefined ? body : (1 - o.titleMix) * body + o.titleMix * titleCos;
    const parts: StoryCandidate['parts'] = { text };
    let num = o.wText * text;
    let den = o.wText;
    if (d.ents.size > 0 && s.ents.size > 0) {
      parts.entities = entityOverlap(d.ents, s.ents, this.entIdf);
      num += o.wEntities * parts.entities;
      den += o.wEntities;
    }
    if (d.events.length > 0 && s.events.length > 0) {
      parts.events = eventOverlap(d.events, s.events);
      num += o.wEvents * parts.events;
      den += o.wEvents;
    }
    let factor = 1;
    if (!Number.isNaN(d.day) && Number.isFinite(s.firstDay)) {
      const gap = d.day < s.firstDay ? s.firstDay - d.day : d.day > s.lastDay ? d.day - s.lastDay : 0;
      parts.time = Math.exp(-gap / o.timeScaleDays);
      factor = 1 - o.wTime + o.wTime * parts.time;
    }
    let sim = (num / den) * factor;
    const [sLo, sHi] = storySpan(s);
    if (!isMember && intervalGap(d.lo, d.hi, sLo, sHi) > o.windowDays) {
      // Published outside the story's span (an undated doc's window, or a story of undated docs).
      parts.time = 0;
      sim = 0;
    }
    if (d.dates.length > 0 && s.dates.size > 0) {
      let near = false;
      for (const x of d.dates) if (s.dates.has(x) || s.dates.has(x - 1) || s.dates.has(x + 1)) near = true;
      parts.dates = near ? 1 : 0;
      if (!near) sim -= o.datePenalty;
    }
    if (d.events.length > 0 && s.events.length > 0) {
      const own = isMember ? new Set(d.events) : undefined;
      const storyNames = (k: string): boolean => (s.ents.get(k) ?? 0) - (isMember ? (d.ents.get(k) ?? 0) : 0) > 1e-9;
      const conflict = frameConflict(d.events, own ? s.events.filter((f) => !own.has(f)) : s.events, storyNames, (k) => d.ents.has(k));
      parts.actor = conflict ? 0 : 1;
      if (conflict) sim -= o.actorPenalty;
    }
    if (d.anchors.length > 0 && s.anchors.size > 0) {
      let shared = false;
      for (const a of d.anchors) if ((s.anchors.get(a) ?? 0) > (isMember ? 1 : 0)) shared = true;
      parts.anchors = shared ? 1 : 0;
      if (!shared) sim -= o.anchorPenalty;
    }
    return { storyId: s.id, similarity: Math.max(0, sim), parts };
  }

  private memberSimilarity(d: DocRec, s: StoryRec, self: number): number {
    let best = 0;
    let bestTitle: number | undefined;
    // The newest members only: bounded cost for big stories.
    for (let k = s.members.length - 1, seen = 0; k >= 0 && seen < 30; k--) {
      const m = s.members[k] ?? -1;
      if (m === self) continue;
      seen++;
      const md = this.docs[m];
      if (!md) continue;
      this.counters.comparisons++;
      best = Math.max(best, cosineSparse(d.vec, md.vec));
      if (d.tvec.ids.length > 0 && md.tvec.ids.length > 0) bestTitle = Math.max(bestTitle ?? 0, cosineSparse(d.tvec, md.tvec));
    }
    return this.combine(d, s, best, self, bestTitle).similarity;
  }

  private storySimilarity(a: StoryRec, b: StoryRec): number {
    const na = mapNorm(a.centroid);
    const nb = mapNorm(b.centroid);
    let dot = 0;
    for (const [t, w] of a.centroid) dot += w * (b.centroid.get(t) ?? 0);
    const text = na > 0 && nb > 0 ? dot / (na * nb) : 0;
    let num = this.o.wText * text;
    let den = this.o.wText;
    if (a.ents.size > 0 && b.ents.size > 0) {
      num += this.o.wEntities * entityOverlap(a.ents, b.ents, this.entIdf);
      den += this.o.wEntities;
    }
    let sim = num / den;
    if (a.dates.size > 0 && b.dates.size > 0) {
      let near = false;
      for (const x of a.dates) if (b.dates.has(x) || b.dates.has(x - 1) || b.dates.has(x + 1)) near = true;
      if (!near) sim -= this.o.datePenalty;
    }
    if (a.events.length > 0 && b.events.length > 0 && frameConflict(a.events, b.events, (k) => b.ents.has(k), (k) => a.ents.has(k))) sim -= this.o.actorPenalty;
    if (Number.isFinite(a.firstDay) && Number.isFinite(b.firstDay)) {
      const gap = Math.max(0, Math.max(a.firstDay, b.firstDay) - Math.min(a.lastDay, b.lastDay));
      if (gap > this.o.windowDays) return 0;
    }
    const [aLo, aHi] = storySpan(a);
    const [bLo, bHi] = storySpan(b);
    if (intervalGap(aLo, aHi, bLo, bHi) > this.o.windowDays) return 0;
    return sim;
  }

  private emptyStory(id: string): StoryRec {
    return { id, members: [], centroid: new Map(), ents: new Map(), events: [], dates: new Set(), anchors: new Map(), actors: new Map(), norm: NaN, firstDay: Infinity, lastDay: -Infinity, lo: Infinity, hi: -Infinity, wLo: -Infinity, wHi: Infinity, alive: true };
  }

  private newStory(): number {
    const si = this.stories.length;
    const id = `s${this.nextStory++}`;
    this.stories.push(this.emptyStory(id));
    this.storyById.set(id, si);
    return si;
  }

  private addToStory(si: number, index: number): void {
    const s = this.stories[si];
    const d = this.docs[index];
    if (!s || !d) return;
    s.members.push(index);
    s.norm = NaN;
    for (let i = 0; i < d.vec.ids.length; i++) {
      const t = d.vec.ids[i] ?? 0;
      s.centroid.set(t, (s.centroid.get(t) ?? 0) + (d.vec.w[i] ?? 0));
    }
    if (s.centroid.size > this.o.centroidTerms * 2) {
      const keep = [...s.centroid].sort((a, b) => b[1] - a[1]).slice(0, this.o.centroidTerms);
      s.centroid = new Map(keep);
    }
    for (const [k, v] of d.ents) s.ents.set(k, (s.ents.get(k) ?? 0) + v);
    if (s.events.length < 50) s.events.push(...d.events.slice(0, 50 - s.events.length));
    for (const x of d.dates) s.dates.add(x);
    for (const a of d.anchors) s.anchors.set(a, (s.anchors.get(a) ?? 0) + 1);
    if (d.actor !== '') s.actors.set(d.actor, (s.actors.get(d.actor) ?? 0) + 1);
    if (!Number.isNaN(d.day)) {
      s.firstDay = Math.min(s.firstDay, d.day);
      s.lastDay = Math.max(s.lastDay, d.day);
    }
    if (Number.isNaN(d.day) && (Number.isFinite(d.lo) || Number.isFinite(d.hi))) {
      // Members with no date and no window say nothing about the story's span.
      s.lo = Math.min(s.lo, d.lo);
      s.hi = Math.max(s.hi, d.hi);
      s.wLo = Math.max(s.wLo, d.lo);
      s.wHi = Math.min(s.wHi, d.hi);
    }
    this.dirty.add(si);
  }

  /** Rebuild a story's aggregates from its member list. */
  private rebuild(si: number, members: number[]): void {
    const s = this.stories[si];
    if (!s) return;
    const fresh = this.emptyStory(s.id);
    this.stories[si] = fresh;
    for (const m of members) this.addToStory(si, m);
    if (members.length === 0) fresh.alive = false;
  }

  private removeFromStory(si: number, index: number): void {
    const s = this.stories[si];
    if (!s) return;
    this.rebuild(
      si,
      s.members.filter((m) => m !== index),
    );
  }

  private mergeStories(keep: number, drop: number): void {
    const k = this.stories[keep];
    const d = this.stories[drop];
    if (!k || !d) return;
    for (const m of d.members) {
      const doc = this.docs[m];
      if (doc) doc.story = keep;
      this.addToStory(keep, m);
    }
    d.members = [];
    d.alive = false;
    // Ids of the dropped story resolve to the surviving one.
    this.storyById.set(d.id, keep);
  }
}
