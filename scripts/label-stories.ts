/**
 * Helper for building the labelled story set: dumps the articles of some SaudiNewsNet days
 * whose title or lead matches a pattern (with the current clustering's story id as a hint) to
 * /tmp for reading by hand. Nothing is written into the repository; labels are typed into
 * `test/fixtures/stories/labels.json` as URLs and story names only.
 *
 *   npx tsx scripts/label-stories.ts --days 2015-08-06,2015-08-07 --match 'عسير|أبها' > /tmp/cands.txt
 */
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { loadSaudiNewsNet } from './lib/saudiNewsNet.js';
import { StoryClusterer } from '../src/stories/storyClusterer.js';
import { storyDocFromText } from '../src/stories/storyDoc.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const days = (arg('days') ?? '2015-08-06,2015-08-07').split(',');
const re = new RegExp(arg('match') ?? '.', 'u');
const res = createArabicResources(loadArabicLexicon());
const arts = loadSaudiNewsNet({ days }).sort((a, b) => (a.extracted < b.extracted ? -1 : 1));
const c = new StoryClusterer();
for (const a of arts) c.add(storyDocFromText(a.id, a.title, a.content, res, { published: a.extracted }));
const hits = arts.filter((a) => re.test(a.title) || re.test(a.content.slice(0, 300)));
hits.sort((a, b) => (c.storyOf(a.id) ?? '').localeCompare(c.storyOf(b.id) ?? ''));
for (const a of hits) {
  console.log(`${c.storyOf(a.id)}\t${a.url}\n   ${a.source} ${a.extracted} | ${a.title}\n   ${a.content.replace(/\s+/g, ' ').slice(0, 220)}`);
}
console.error(`${hits.length} of ${arts.length} articles matched`);
