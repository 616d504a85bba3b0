import type { Article } from '../core/article.js';
import { CORPUS_STATE_KEYS, Corpus, type CorpusResources } from '../corpus/corpus.js';
import { materializeStory, type MaterializedStory, type MemberArticle } from '../corpus/materializeStory.js';
import type { EntityJson } from '../entities/resolver.js';
import { linkStorylines } from '../stories/storylines.js';
import { aliasMatch, CorpusWriter, type StorylineRow } from './corpusWriter.js';
import type { SqliteStore } from './sqliteStore.js';

/** What one corpus update did. */
export interface CorpusUpdateReport {
  /** Articles added to the corpus models. */
  readonly added: number;
  /** Of those, exact or near duplicates of an earlier article. */
  readonly duplicates: number;
  /** Articles not clustered, with the reason (e.g. no text). */
  readonly skipped: readonly { readonly articleId: number; readonly reason: string }[];
  /** Stories created or changed, and stories merged away by repair. */
  readonly storiesTouched: number;
  readonly storiesRemoved: number;
  readonly entitiesTouched: number;
  readonly stories: number;
  readonly entities: number;
  readonly storylines: number;
  /** Saved model state that could not be read (started afresh). */
  readonly lost: readonly string[];
  readonly ms: number;
}

/** Options of {@link updateCorpus}. */
export interface UpdateCorpusOptions {
  /** Members of a story used for its summary, events and claims: the newest N (default 300). */
  readonly maxMembers?: number;
  /** Called with the number of articles added so far. */
  readonly onProgress?: (added: number, total: number) => void;
}

const BATCH = 1000;

/**
 * The corpus step, in two phases so that it can run while articles are still being ingested:
 * {@link CorpusUpdater.addPending} adds every current article not yet in the corpus to the
 * incremental models (duplicates, entity resolution, story clustering) and records its
 * placement — call it after each stored batch; {@link CorpusUpdater.finish} then repairs
 * drifting stories, re-materialises the touched stories, entities and all storylines, and saves
 * the models' state in the store's key/value table, so the next run continues where this one
 * stopped.
 */
export class CorpusUpdater {
  readonly #store: SqliteStore;
  readonly #res: CorpusResources;
  readonly #options: UpdateCorpusOptions;
  readonly #writer: CorpusWriter;
  readonly #corpus: Corpus;
  readonly #lost: string[];
  readonly #t0 = performance.now();
  #added = 0;
  #duplicates = 0;
  readonly #skipped: { articleId: number; reason: string }[] = [];
  /** What story materialisation needs of this run's articles (text, metadata, events, dating), so they are not read and parsed twice; older members are read from the store. */
  readonly #slim = new Map<number, Article>();

  constructor(store: SqliteStore, res: CorpusResources, options: UpdateCorpusOptions = {}) {
    this.#store = store;
    this.#res = res;
    this.#options = options;
    this.#writer = new CorpusWriter(store.db);
    const { corpus, lost } = Corpus.fromState(
      {
        duplicates: store.getState(CORPUS_STATE_KEYS.duplicates),
        entities: store.getState(CORPUS_STATE_KEYS.entities),
        stories: store.getState(CORPUS_STATE_KEYS.stories),
      },
      res,
    );
    this.#corpus = corpus;
    this.#lost = lost;
  }

  /** Add the current articles not yet in the corpus; returns how many were added. */
  addPending(): number {
    const store = this.#store;
    const corpus = this.#corpus;
    const writer = this.#writer;
    const slim = this.#slim;
    const before = this.#added;
    const pending = store.db
      .prepare('SELECT a.id FROM articles a LEFT JOIN article_corpus c ON c.article_id = a.id WHERE a.is_current = 1 AND c.article_id IS NULL ORDER BY a.id')
      .pluck()
      .all() as number[];
    let rows: Parameters<CorpusWriter['writeArticles']>[0][number][] = [];
    for (const id of pending) {
      const a = store.getArticle(id);
      if (!a) continue;
      const time = a.annotations.time;
      slim.set(id, {
        raw: { ...a.raw, bytes: new Uint8Array(0), decoded: '', fields: {} },
        text: a.text,
        meta: a.meta,
        messages: [],
        annotations: {
          ...(a.annotations.events ? { events: a.annotations.events } : {}),
          ...(time ? { time: { ref: time.ref, refSource: time.refSource, timexes: [], ...(time.publishedInferred ? { publishedInferred: time.publishedInferred } : {}) } } : {}),
        },
      });
      if (corpus.has(id)) {
        // Known to the models (state saved, tables not): re-record its placement only.
        rows.push({ articleId: id, duplicateOf: null, storyId: corpus.clusterer.storyOf(String(id)) ?? null, similarity: 0, mentions: [] });
        continue;
      }
      const r = corpus.add(id, a);
      this.#added++;
      if (r.duplicateOf !== null) this.#duplicates++;
      if (r.skipped) this.#skipped.push({ articleId: id, reason: r.skipped === 'empty' ? 'no text: not clustered into a story' : 'no words or names to compare it by: not clustered into a story' });
      rows.push({ articleId: id, duplicateOf: r.duplicateOf, storyId: r.storyId, similarity: r.similarity, mentions: r.mentions.map((m) => ({ entityId: m.entityId, start: m.start, end: m.end, text: m.text })) });
      if (rows.length >= BATCH) {
        writer.writeArticles(rows);
        rows = [];
        this.#options.onProgress?.(this.#added - before, pending.length);
      }
    }
    writer.writeArticles(rows);
    return this.#added - before;
  }

  /** Repair, materialise what changed, relink storylines and save the models' state. */
  finish(): CorpusUpdateReport {
    this.addPending();
    const store = this.#store;
    const db = store.db;
    const corpus = this.#corpus;
    const writer = this.#writer;
    const res = this.#res;
    const slim = this.#slim;
    const options = this.#options;
    const added = this.#added;
    const duplicates = this.#duplicates;
    const skipped = this.#skipped;
    const lost = this.#lost;
    const t0 = this.#t0;
    if (added > 0) corpus.repair();
    const touched = corpus.takeTouched();
    // Stories.
    const mentionsOf = db.prepare('SELECT entity_id AS entityId, start, end FROM entity_mentions WHERE article_id = ? ORDER BY start');
    const dupOf = db.prepare('SELECT duplicate_of FROM article_corpus WHERE article_id = ?').pluck();
    const isCurrent = db.prepare('SELECT is_current FROM articles WHERE id = ?').pluck();
    const entityName = db.prepare('SELECT entity_id FROM entity_aliases WHERE match = ? ORDER BY count DESC LIMIT 1').pluck();
    const nameCache = new Map<string, string | undefined>();
    const entityOfName = (text: string): string | undefined => {
      const k = aliasMatch(text);
      if (!nameCache.has(k)) nameCache.set(k, entityName.get(k) as string | undefined);
      return nameCache.get(k);
    };
    const removed: string[] = [];
    const materialized: MaterializedStory[] = [];
    const placements: [number, string][] = [];
    const maxMembers = options.maxMembers ?? 300;
    // Entities first, so that event arguments can be matched to entity names.
    const entities: EntityJson[] = [];
    for (const id of touched.entities) {
      const e = corpus.resolver.entity(id);
      if (e) entities.push(e);
    }
    writer.writeEntities(entities);
    for (const sid of touched.stories) {
      const info = corpus.clusterer.story(sid);
      if (!info || info.id !== sid) {
        removed.push(sid);
        continue;
      }
      const ids = info.articleIds.map(Number).filter((x) => isCurrent.get(x) === 1);
      for (const x of ids) placements.push([x, sid]);
      const members: MemberArticle[] = [];
      for (const x of ids.slice(-maxMembers)) {
        const a: Article | undefined = slim.get(x) ?? store.getArticle(x);
        if (!a) continue;
        members.push({ id: x, article: a, mentions: mentionsOf.all(x) as MemberArticle['mentions'], duplicateOf: (dupOf.get(x) as number | null | undefined) ?? null });
      }
      if (members.length === 0) {
        removed.push(sid);
        continue;
      }
      materialized.push(materializeStory(sid, members, res.arabic, entityOfName));
      if (materialized.length >= 200) {
        writer.writeStories(materialized.splice(0));
      }
    }
    writer.writeStories(materialized);
    writer.deleteStories(removed);
    writer.setStories(placements);
    // Storylines over all stories (near-linear: blocked by shared keys).
    const all = corpus.clusterer.allStories();
    const titles = new Map((db.prepare('SELECT id, title, first_date AS f, last_date AS l FROM stories').all() as { id: string; title: string; f: string | null; l: string | null }[]).map((r) => [r.id, r]));
    // Only threads of two or more stories are storylines; a lone story is just a story.
    const lines: StorylineRow[] = linkStorylines(all)
      .filter((l) => l.storyIds.length >= 2)
      .map((l) => {
      const sizes = l.storyIds.map((s) => ({ s, n: corpus.clusterer.story(s)?.articleIds.length ?? 0 }));
      const lead = sizes.sort((a, b) => b.n - a.n)[0]?.s ?? '';
      const dates = l.storyIds.flatMap((s) => [titles.get(s)?.f, titles.get(s)?.l]).filter((d): d is string => typeof d === 'string').sort();
      return {
        id: l.id,
        title: titles.get(lead)?.title ?? '',
        storyIds: l.storyIds,
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
        links: l.links.map((k) => ({ from: k.from, to: k.to, score: k.score, sharedEntities: k.sharedEntities, sharedTerms: k.sharedTerms })),
      };
    });
    writer.writeStorylines(lines);
    const state = corpus.toState();
    db.transaction(() => {
      store.setState(CORPUS_STATE_KEYS.duplicates, state.duplicates);
      store.setState(CORPUS_STATE_KEYS.entities, state.entities);
      store.setState(CORPUS_STATE_KEYS.stories, state.stories);
    })();
    return {
      added,
      duplicates,
      skipped,
      storiesTouched: touched.stories.length - removed.length,
      storiesRemoved: removed.length,
      entitiesTouched: entities.length,
      stories: all.length,
      entities: corpus.resolver.size,
      storylines: lines.length,
      lost,
      ms: performance.now() - t0,
    };
  }
}

/**
 * Bring the corpus-level results up to date with the store in one go (see {@link CorpusUpdater}):
 * add every current article not yet in the corpus, then repair, materialise and save.
 */
export function updateCorpus(store: SqliteStore, res: CorpusResources, options: UpdateCorpusOptions = {}): CorpusUpdateReport {
  return new CorpusUpdater(store, res, options).finish();
}

/**
 * Forget the corpus results and models (after a re-analysis changed clean texts and offsets):
 * the next {@link updateCorpus} rebuilds them from every current article.
 */
export function resetCorpus(store: SqliteStore): void {
  const db = store.db;
  db.transaction(() => {
    for (const t of ['article_corpus', 'entity_mentions', 'entity_aliases', 'entities', 'event_entities', 'story_events', 'claims', 'disagreements', 'stories', 'storylines']) db.prepare(`DELETE FROM ${t}`).run();
    db.prepare('DELETE FROM kv WHERE key IN (?, ?, ?)').run(CORPUS_STATE_KEYS.duplicates, CORPUS_STATE_KEYS.entities, CORPUS_STATE_KEYS.stories);
  })();
}
