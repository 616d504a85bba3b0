import type { LanguageResources } from '../arabic/resources.js';
import { storyTerms } from './storyDoc.js';

/** A member article as the story view needs it. */
export interface ViewArticle {
  id: string;
  title: string;
  /** Clean text. */
  text: string;
  publisher?: string;
  /** ISO 8601 publication date, when known. */
  published?: string;
  /** Its salient entities (e.g. its StoryDoc's `entities`: resolved ids with salience), for the story's key entities. */
  entities?: readonly { key: string; salience: number; type?: string }[];
}

/** One summary sentence and the article it comes from: `text` is exactly `article.text.slice(start, end)`. */
export interface SummarySentence {
  text: string;
  articleId: string;
  /** Offsets into the article's clean text (UTF-16, half-open). */
  start: number;
  end: number;
}

/** A key entity of a story: summed salience over the member articles. */
export interface KeyEntity {
  id: string;
  salience: number;
  /** Member articles naming it among their salient entities. */
  articles: number;
  type?: string;
}

/** The readable view of a story. */
export interface StoryView {
  headline: string;
  /** Article whose title is the headline. */
  headlineArticleId: string;
  summary: SummarySentence[];
  /** Entities by summed salience over the members, strongest first (at most `maxEntities`). */
  keyEntities: KeyEntity[];
  /** Publishers with their article ids. */
  sources: Array<{ publisher: string; articleIds: string[] }>;
  /** First and last known publication dates (ISO day). */
  dateRange?: [string, string];
}

/** Options of {@link storyView}. */
export interface StoryViewOptions {
  /** Summary length bounds (default 3..5). */
  minSentences?: number;
  maxSentences?: number;
  /** MMR trade-off between centrality and novelty (default 0.7). */
  lambda?: number;
  /** Sentences this similar (term cosine) to a chosen one are near-identical and skipped (default 0.45: at 0.6 two outlets' retellings of one lead both got in). */
  maxOverlap?: number;
  /** Sentences considered per article: its first N (default 6; leads carry the news). */
  sentencesPerArticle?: number;
  /** Key entities listed (default 8). */
  maxEntities?: number;
}

type Bag = Map<string, number>;

function bag(terms: readonly string[]): Bag {
  const m: Bag = new Map();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function cos(a: Bag, b: Bag): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    dot += x * (b.get(t) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Entities by summed salience over the articles (ties: more articles, then id). */
function keyEntities(articles: readonly ViewArticle[], max: number): KeyEntity[] {
  const acc = new Map<string, KeyEntity>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const e of a.entities ?? []) {
      if (e.key === '' || seen.has(e.key)) continue;
      seen.add(e.key);
      let k = acc.get(e.key);
      if (!k) {
        k = { id: e.key, salience: 0, articles: 0 };
        if (e.type !== undefined) k.type = e.type;
        acc.set(e.key, k);
      }
      k.salience += Math.max(0, e.salience);
      k.articles++;
    }
  }
  return [...acc.values()]
    .map((k) => ({ ...k, salience: Math.round(k.salience * 1000) / 1000 }))
    .sort((a, b) => b.salience - a.salience || b.articles - a.articles || (a.id < b.id ? -1 : 1))
    .slice(0, max);
}

/**
 * Build a story's view: the headline is the member title most similar to the other titles (the
 * consensus title); the summary is extractive, centroid + MMR over the first sentences of each
 * member, 3–5 sentences, no two near-identical, each citing its article with offsets into its
 * clean text, in order of selection; the key entities are the members' salient entities by
 * summed salience. Pure.
 */
export function storyView(articles: readonly ViewArticle[], res: LanguageResources, options: StoryViewOptions = {}): StoryView {
  const maxS = options.maxSentences ?? 5;
  const minS = Math.min(options.minSentences ?? 3, maxS);
  const lambda = options.lambda ?? 0.7;
  const maxOverlap = options.maxOverlap ?? 0.45;
  const perArticle = options.sentencesPerArticle ?? 6;
  // Headline.
  const titleBags = articles.map((a) => bag(storyTerms(a.title, res)));
  let best = 0;
  let bestScore = -1;
  titleBags.forEach((b, i) => {
    let s = 0;
    titleBags.forEach((o, j) => {
      if (i !== j) s += cos(b, o);
    });
    if (b.size > 0 && s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  // Sentences.
  const sents: Array<{ text: string; articleId: string; start: number; end: number; bag: Bag }> = [];
  const headings: typeof sents = [];
  const centroid: Bag = new Map();
  for (const a of articles) {
    for (const sp of res.tokenizer.sentences(a.text).slice(0, perArticle)) {
      // Trim to the sentence's first and last visible characters, keeping exact offsets.
      let start = sp.start;
      let end = sp.end;
      while (start < end && /\s/u.test(a.text[start] ?? '')) start++;
      while (end > start && /\s/u.test(a.text[end - 1] ?? '')) end--;
      const text = a.text.slice(start, end);
      const words = text.split(/\s+/u).length;
      if (words < 6 || words > 80) continue;
      const b = bag(storyTerms(text, res));
      if (b.size === 0) continue;
      // A line with no final punctuation is a heading (kept only when sentences run short).
      const heading = !/[.!?؟…:"”»)]$/u.test(text) && /^[ \t]*(\n|$)/u.test(a.text.slice(end, end + 3));
      (heading ? headings : sents).push({ text, articleId: a.id, start, end, bag: b });
    }
  }
  if (sents.length < minS) sents.push(...headings.slice(0, minS - sents.length));
  for (const x of sents) for (const [t, n] of x.bag) centroid.set(t, (centroid.get(t) ?? 0) + n);
  const central = sents.map((s) => cos(s.bag, centroid));
  const chosen: number[] = [];
  while (chosen.length < maxS) {
    let pick = -1;
    let pickScore = -Infinity;
    sents.forEach((s, i) => {
      if (chosen.includes(i)) return;
      let red = 0;
      for (const c of chosen) red = Math.max(red, cos(s.bag, sents[c]?.bag ?? new Map()));
      if (red > maxOverlap) return;
      const score = lambda * (central[i] ?? 0) - (1 - lambda) * red;
      if (score > pickScore) {
        pickScore = score;
        pick = i;
      }
    });
    if (pick < 0) break;
    // Past the minimum, stop when what is left is weak.
    if (chosen.length >= minS && pickScore < 0.5 * lambda * Math.max(...chosen.map((c) => central[c] ?? 0))) break;
    chosen.push(pick);
  }
  const bySource = new Map<string, string[]>();
  for (const a of articles) {
    const p = a.publisher ?? '';
    bySource.set(p, [...(bySource.get(p) ?? []), a.id]);
  }
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => d !== undefined && d !== '').sort();
  const view: StoryView = {
    headline: articles[best]?.title ?? '',
    headlineArticleId: articles[best]?.id ?? '',
    summary: chosen.map((i) => ({ text: sents[i]?.text ?? '', articleId: sents[i]?.articleId ?? '', start: sents[i]?.start ?? 0, end: sents[i]?.end ?? 0 })),
    keyEntities: keyEntities(articles, options.maxEntities ?? 8),
    sources: [...bySource].map(([publisher, articleIds]) => ({ publisher, articleIds })),
  };
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first !== undefined && last !== undefined) view.dateRange = [first, last];
  return view;
}
