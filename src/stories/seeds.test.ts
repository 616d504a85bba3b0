import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/article.js';
import { createDefaultEngine, defaultArabicResources } from '../engine/defaultEngine.js';
import { EntityResolver } from '../entities/resolver.js';
import { readFile } from '../ingest/readFile.js';
import { loadGazetteer } from '../models/gazetteer.js';
import { NER_MODEL_FILE } from '../models/ner.js';
import { modelPath, sharedPath } from '../models/paths.js';
import { loadTranslit } from '../models/translit.js';
import { inferFromStoryMates } from './inferFromStoryMates.js';
import { StoryClusterer, dayNumber, type StoryDoc } from './storyClusterer.js';
import { storyDocFromArticle } from './storyDocFromArticle.js';
import { linkStorylines } from './storylines.js';

const dir = sharedPath('seeds');
const ready = existsSync(dir) && existsSync(modelPath(NER_MODEL_FILE));
if (!ready) console.log(`stories seed test skipped: needs ${dir} and models/${NER_MODEL_FILE}`);

describe.skipIf(!ready)('stories on the seeds (default engine, one EntityResolver, default clusterer)', () => {
  const engine = createDefaultEngine();
  const res = defaultArabicResources();
  const translit = loadTranslit();
  const resolver = new EntityResolver({ gazetteer: loadGazetteer(), ...(translit ? { nameKeyTable: translit.nameKey, romanizeTable: translit.romanize } : {}) });
  const articles = new Map<string, Article>();
  const docs: StoryDoc[] = [];
  for (const f of (existsSync(dir) ? readdirSync(dir) : []).filter((n) => n.endsWith('.txt')).sort()) {
    const p = join(dir, f);
    for (const item of readFile({ path: p, size: statSync(p).size })) {
      if (item.type !== 'record') continue;
      const id = f.slice(0, 3);
      const a = engine.analyze(item.raw, item.messages);
      articles.set(id, a);
      docs.push(storyDocFromArticle(id, a, res, { entityIds: resolver.add(id, a.annotations.entities?.mentions ?? []) }));
    }
  }
  const c = new StoryClusterer();
  for (const d of docs) c.add(d);
  c.repair();
  const s = (id: string): string | undefined => c.storyOf(id);

  it('forms three stories: the two retellings of each ministerial visit together, the presidential visit alone', () => {
    expect(docs).toHaveLength(5);
    expect(s('000')).toBe(s('001'));
    expect(s('002')).toBe(s('003'));
    expect(new Set([s('000'), s('002'), s('004')]).size).toBe(3);
    expect(c.allStories()).toHaveLength(3);
  });

  it('links the three stories into one storyline', () => {
    const lines = linkStorylines(c.allStories());
    expect(lines).toHaveLength(1);
    expect([...(lines[0]?.storyIds ?? [])].sort()).toEqual(c.allStories().map((x) => x.id).sort());
  });

  it('gives each undated seed a publication window consistent with its story-mates', () => {
    const undated = [...articles].filter(([, a]) => a.meta.published === undefined).map(([id]) => id);
    expect(undated.length).toBeGreaterThan(0);
    for (const story of c.allStories()) {
      const windows = inferFromStoryMates(
        story.articleIds.map((id) => {
          const a = articles.get(id);
          const w = a?.annotations.time?.publishedInferred;
          return { id, ...(a?.meta.published ? { published: a.meta.published.value } : {}), ...(w ? { window: { earliest: w.earliest, latest: w.latest } } : {}) };
        }),
      );
      for (const w of windows) {
        expect(undated).toContain(w.id);
        expect(w.conflict).toBe(false);
        // bounded on both sides, and every story-mate with a date or window lies within 3 days of it
        expect(w.earliest).not.toBeNull();
        expect(w.latest).not.toBeNull();
        for (const mateId of story.articleIds.filter((x) => x !== w.id)) {
          const a = articles.get(mateId);
          const mw = a?.annotations.time?.publishedInferred;
          const mLo = a?.meta.published ? dayNumber(a.meta.published.value) : dayNumber(mw?.earliest ?? undefined);
          const mHi = a?.meta.published ? dayNumber(a.meta.published.value) : dayNumber(mw?.latest ?? undefined);
          if (Number.isNaN(mLo) || Number.isNaN(mHi)) continue;
          expect(dayNumber(w.earliest ?? undefined)).toBeLessThanOrEqual(mHi + 3);
          expect(dayNumber(w.latest ?? undefined)).toBeGreaterThanOrEqual(mLo - 3);
        }
      }
      undated.splice(0, undated.length, ...undated.filter((id) => !windows.some((w) => w.id === id)));
    }
    // every undated seed got its window
    expect(undated).toEqual([]);
  });
});
