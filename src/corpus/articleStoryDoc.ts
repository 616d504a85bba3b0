import type { LanguageResources } from '../arabic/resources.js';
import type { Article } from '../core/article.js';
import type { StoryDoc, StoryEntity } from '../stories/storyClusterer.js';
import { storyDocFromText } from '../stories/storyDoc.js';

/** Options of {@link articleStoryDoc}. */
export interface ArticleStoryDocOptions {
  /** Resolved entity id of each mention of the `entities` annotation (same order). */
  readonly entityIds?: readonly string[];
  readonly published?: string;
  readonly duplicateOf?: string;
}

/**
 * The clustering view of an analysed article: title/lead terms, salient entities keyed by their
 * resolved ids (salience from frequency and position: title and lead weigh more), events with
 * their argument ids, and event dates. Pure.
 */
export function articleStoryDoc(id: string, article: Article, res: LanguageResources, options: ArticleStoryDocOptions = {}): StoryDoc {
  const title = article.meta.title?.value ?? '';
  const mentions = article.annotations.entities?.mentions ?? [];
  const ids = options.entityIds ?? [];
  const weight = new Map<string, { w: number; type: string }>();
  const leadEnd = Math.min(article.text.length, 600);
  mentions.forEach((m, i) => {
    const key = ids[i] ?? `${m.type}:${m.key}`;
    if (key === '') return;
    const w = m.start < leadEnd ? 2 : 1;
    const prev = weight.get(key);
    weight.set(key, { w: (prev?.w ?? 0) + w, type: m.type });
  });
  const total = [...weight.values()].reduce((s, x) => s + x.w, 0) || 1;
  const entities: StoryEntity[] = [...weight]
    .map(([key, x]) => ({ key, salience: x.w / total, type: x.type }))
    .sort((a, b) => b.salience - a.salience)
    .slice(0, 12);
  const idAt = new Map<number, string>();
  mentions.forEach((m, i) => {
    const k = ids[i];
    if (k !== undefined && k !== '') idAt.set(m.start, k);
  });
  const events = (article.annotations.events?.events ?? []).map((e) => ({
    type: e.type,
    args: [...e.agents, ...e.partners, ...(e.place ? [e.place] : [])].map((p) => p.entityId ?? idAt.get(p.start) ?? p.text),
  }));
  const eventDates = [
    ...new Set(
      (article.annotations.events?.events ?? [])
        .map((e) => e.time?.value)
        .filter((v): v is string => v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v))
        .map((v) => v.slice(0, 10)),
    ),
  ];
  return storyDocFromText(id, title, article.text, res, {
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.duplicateOf !== undefined ? { duplicateOf: options.duplicateOf } : {}),
    entities,
    events,
    eventDates,
  });
}
