import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../models/paths.js';
import { createArabicResources } from '../arabic/resources.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { StoryClusterer } from './storyClusterer.js';
import { storyDocFromText } from './storyDoc.js';

const dir = sharedPath('seeds');
if (!existsSync(dir)) console.log(`seeds not found at ${dir}; skipping the stories seed test`);

/** Title: the first line of at least four words (seed files start with dates and bylines). */
function titleOf(text: string): string {
  return text.split('\n').map((l) => l.trim()).find((l) => l.split(/\s+/).length >= 5) ?? '';
}

describe.skipIf(!existsSync(dir))('stories on the seeds', () => {
  // Known failure (recorded with it.fails so it turns red once fixed): from title+lead terms alone the
  // three visits share too much vocabulary (best cross-event similarity ≈ 0.32 vs ≈ 0.30 for the
  // Lavrov pair); separating them needs the entities stage's persons (Belousov/Lavrov/Putin) and
  // event dates, which StoryDoc accepts (entities, eventDates) once those stages exist.
  it.fails('forms three stories: 000+001, 002+003, 004', () => {
    const res = createArabicResources(loadArabicLexicon());
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const c = new StoryClusterer();
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const title = titleOf(text);
      c.add(storyDocFromText(f.slice(0, 3), title, text.slice(text.indexOf(title) + title.length), res));
    }
    c.repair();
    const s = (id: string): string | undefined => c.storyOf(id);
    expect(s('000')).toBe(s('001'));
    expect(s('002')).toBe(s('003'));
    expect(new Set([s('000'), s('002'), s('004')]).size).toBe(3);
    expect(c.allStories()).toHaveLength(3);
  });
});
