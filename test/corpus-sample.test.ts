import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDefaultEngine, defaultCorpusResources } from '../src/engine/defaultEngine.js';
import { ingestPaths } from '../src/ingest/ingestPaths.js';
import { packageRoot } from '../src/models/paths.js';
import { writeExport } from '../src/store/exportDocument.js';
import { SqliteKnowledge } from '../src/store/sqliteKnowledge.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqliteStore.js';
import { updateCorpus, type CorpusUpdateReport } from '../src/store/updateCorpus.js';
import { clusterScores } from '../src/stories/clusterScores.js';
import { tempDir } from './helpers.js';

/**
 * The corpus step over the bundled sample corpus, checked against its answer key
 * (examples/sample-key.json, written with the corpus): stories, storylines, spelling variants,
 * names that must stay apart, and incremental updates.
 */
interface Key {
  records: Record<string, { story: string }>;
  stories: { id: string; storyline: string }[];
  variants: string[][];
  distinct: { names: string[] }[];
}

const root = packageRoot();
const sample = join(root, 'examples', 'sample');
const key = JSON.parse(readFileSync(join(root, 'examples', 'sample-key.json'), 'utf8')) as Key;

/** The key's record name of a stored article: the file name, or the container member. */
function recordName(source: string, member: string | undefined): string {
  return member ?? basename(source);
}

describe('corpus step on the sample corpus', () => {
  let store: SqliteStore;
  let first: CorpusUpdateReport;
  let second: CorpusUpdateReport;
  const firstStories = new Map<number, string>();
  const dir = tempDir();
  const half1 = join(dir, 'half1');
  const half2 = join(dir, 'half2');

  beforeAll(async () => {
    mkdirSync(half1);
    mkdirSync(half2);
    readdirSync(sample)
      .sort()
      .forEach((f, i) => copyFileSync(join(sample, f), join(i % 2 === 0 ? half1 : half2, f)));
    store = openSqliteStore(join(dir, 'm.db'));
    const engine = createDefaultEngine();
    await ingestPaths(store, engine, [half1]);
    first = updateCorpus(store, defaultCorpusResources());
    for (const id of store.articleIds()) {
      const s = new SqliteKnowledge(store.db).articleCorpus(id)?.storyId;
      if (s) firstStories.set(id, s);
    }
    await ingestPaths(store, engine, [half2]);
    second = updateCorpus(store, defaultCorpusResources());
  }, 120_000);

  it('adds each article once, incrementally', () => {
    expect(first.added + second.added).toBe(17);
    expect(second.added).toBe(store.articleIds().length - first.added);
    expect(second.lost).toEqual([]);
    const again = updateCorpus(store, defaultCorpusResources());
    expect(again.added).toBe(0);
  });

  it('places every article in a story, and stories keep their ids as they grow', () => {
    const kb = new SqliteKnowledge(store.db);
    let kept = 0;
    for (const id of store.articleIds()) {
      const s = kb.articleCorpus(id)?.storyId;
      expect(s, `article ${id}`).toBeTruthy();
      if (firstStories.get(id) === s) kept++;
    }
    // Repair may merge a story into another; most first-run placements must survive.
    expect(kept).toBeGreaterThanOrEqual(Math.ceil(firstStories.size * 0.75));
  });

  it('groups the articles into the key\'s stories (pairwise F1 ≥ 0.8)', () => {
    const kb = new SqliteKnowledge(store.db);
    const gold: [string, string][] = [];
    const pred: [string, string][] = [];
    for (const a of store.iterateArticles()) {
      const name = recordName(a.raw.source, a.raw.member);
      const want = key.records[name]?.story;
      expect(want, name).toBeDefined();
      gold.push([name, want as string]);
      pred.push([name, kb.articleCorpus(a.id)?.storyId ?? `none-${a.id}`]);
    }
    const scores = clusterScores(gold, pred);
    console.log(`sample stories: pairwise P/R/F1 ${(scores.pairwise.p * 100).toFixed(1)}/${(scores.pairwise.r * 100).toFixed(1)}/${(scores.pairwise.f1 * 100).toFixed(1)}, BCubed F1 ${(scores.bcubed.f1 * 100).toFixed(1)}`);
    expect(scores.pairwise.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('links stories into storylines without mixing the key\'s storylines (pairwise precision over articles ≥ 0.9)', () => {
    const kb = new SqliteKnowledge(store.db);
    const lineOf = new Map(key.stories.map((s) => [s.id, s.storyline]));
    const gold: [string, string][] = [];
    const pred: [string, string][] = [];
    for (const a of store.iterateArticles()) {
      const name = recordName(a.raw.source, a.raw.member);
      const story = kb.articleCorpus(a.id)?.storyId;
      const line = story ? kb.getStory(story)?.storylineId : undefined;
      gold.push([name, lineOf.get(key.records[name]?.story ?? '') ?? '']);
      pred.push([name, line ?? `alone-${story ?? a.id}`]);
    }
    const scores = clusterScores(gold, pred);
    console.log(`sample storylines: pairwise P/R/F1 ${(scores.pairwise.p * 100).toFixed(1)}/${(scores.pairwise.r * 100).toFixed(1)}/${(scores.pairwise.f1 * 100).toFixed(1)}`);
    // Known weakness: recall (the drought story shares only generic places with the forum's
    // storyline, so it is not linked); the hard negative (football vs water in the same city and
    // weeks) must never be merged.
    expect(scores.pairwise.p).toBeGreaterThanOrEqual(0.9);
    expect(scores.pairwise.r).toBeGreaterThan(0.3);
  });

  it('merges spelling variants of a name into one entity, and keeps different people apart', () => {
    const kb = new SqliteKnowledge(store.db);
    const entityOf = (name: string): string[] => kb.findEntities(name).map((e) => e.id);
    let merged = 0;
    let groups = 0;
    for (const group of key.variants) {
      const ids = group.map(entityOf).filter((x) => x.length > 0);
      if (ids.length < 2) continue;
      groups++;
      const first = new Set(ids[0]);
      if (ids.every((x) => x.some((id) => first.has(id)))) merged++;
    }
    console.log(`sample variants: ${merged}/${groups} variant groups resolved to one entity`);
    expect(groups).toBeGreaterThan(0);
    expect(merged / groups).toBeGreaterThanOrEqual(0.5);
    for (const d of key.distinct) {
      const ids = d.names.map(entityOf);
      const [a, b] = ids;
      if (!a?.length || !b?.length) continue;
      expect(a.some((x) => b.includes(x)), d.names.join(' / ')).toBe(false);
    }
  });

  it('reads stories with cited summary spans, sources, events and a timeline', () => {
    const kb = new SqliteKnowledge(store.db);
    const list = kb.listStories({ limit: 50 });
    expect(list.total).toBeGreaterThanOrEqual(4);
    const big = [...list.items].sort((a, b) => b.articleCount - a.articleCount)[0];
    const s = kb.getStory(big?.id ?? '');
    expect(s).toBeDefined();
    if (!s) return;
    expect(s.summary.length).toBeGreaterThanOrEqual(1);
    for (const x of s.summary) {
      const a = store.getArticle(x.articleId);
      expect(a).toBeDefined();
      const span = (a?.text ?? '').slice(x.start, x.end).replace(/\s+/g, ' ').trim();
      expect(span).toBe(x.text.replace(/\s+/g, ' ').trim());
    }
    expect(s.articles.length).toBe(s.articleCount);
    expect(s.sourceCount).toBeGreaterThanOrEqual(2);
    expect(s.events.length).toBeGreaterThan(0);
    for (const e of s.events) for (const src of e.sources) expect(src.end).toBeGreaterThan(src.start);
    const times = s.timeline.map((t) => t.earliest);
    expect([...times].sort()).toEqual(times);
    expect(kb.getStory('no-such-story')).toBeUndefined();
    expect(kb.getEntity('no-such-entity')).toBeUndefined();
  });

  it('finds an entity by any spelling and lists its aliases, articles and companions', () => {
    const kb = new SqliteKnowledge(store.db);
    const top = kb.listEntities({ type: 'PER', limit: 1 }).items[0];
    expect(top).toBeDefined();
    const e = kb.getEntity(top?.id ?? '');
    expect(e?.aliases.length).toBeGreaterThanOrEqual(1);
    expect(e?.articles.length).toBeGreaterThanOrEqual(1);
    expect(e?.mentions.every((m) => store.getArticle(m.articleId)?.text.slice(m.start, m.end) === m.text)).toBe(true);
    for (const alias of e?.aliases ?? []) expect(kb.findEntities(alias.text).map((x) => x.id)).toContain(e?.id);
  });

  it('records a near-duplicate against its canonical copy, and skips an empty article with a reason', async () => {
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    const src = readFileSync(join(sample, 'jisr-vietnam-delegation-amman.txt'), 'utf8');
    // A republished copy with a different header line and one word changed.
    writeFileSync(join(extra, 'republished.txt'), `موقع آخر ينقل الخبر\n${src.replace('رفيع', 'رفيع المستوى')}`);
    writeFileSync(join(extra, 'empty.json'), JSON.stringify({ title: 'عنوان بلا نص', text: '' }));
    await ingestPaths(store, createDefaultEngine(), [extra]);
    const r = updateCorpus(store, defaultCorpusResources());
    expect(r.duplicates).toBe(1);
    const kb = new SqliteKnowledge(store.db);
    const dup = store.listArticles().find((a) => a.source.endsWith('republished.txt'));
    const info = kb.articleCorpus(dup?.id ?? -1);
    const canonical = store.listArticles().find((a) => a.source.endsWith('jisr-vietnam-delegation-amman.txt'));
    expect(info?.duplicateOf).toBe(canonical?.id);
    expect(info?.storyId).toBe(kb.articleCorpus(canonical?.id ?? -1)?.storyId);
    expect(kb.articleCorpus(canonical?.id ?? -1)?.duplicates).toContain(dup?.id);
    const empty = store.listArticles().find((a) => a.source.endsWith('empty.json'));
    if (empty) expect(r.skipped.map((s) => s.articleId)).toContain(empty.id);
  });

  it('exports entities, stories, storylines, events, timeline, claims and disagreements', async () => {
    const chunks: string[] = [];
    const { Writable } = await import('node:stream');
    const w = new Writable({
      write(c: Buffer, _e, cb) {
        chunks.push(c.toString('utf8'));
        cb();
      },
    });
    await writeExport(store, w);
    const doc = JSON.parse(chunks.join('')) as Record<string, unknown[]>;
    for (const k of ['articles', 'entities', 'stories', 'storylines', 'events', 'timeline', 'quotes', 'claims', 'disagreements']) expect(Array.isArray(doc[k]), k).toBe(true);
    expect(doc['entities']?.length).toBeGreaterThan(10);
    const art = doc['articles']?.[0] as { duplicateOf?: unknown; storyId?: unknown };
    expect('duplicateOf' in art && 'storyId' in art).toBe(true);
    const story = doc['stories']?.[0] as { summary: unknown[]; articleIds: unknown[]; eventIds: unknown[] };
    expect(story.articleIds.length).toBeGreaterThan(0);
  });
});
