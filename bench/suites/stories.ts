import { createArabicResources } from '../../src/arabic/resources.js';
import { loadArabicLexicon } from '../../src/models/arabicLexicon.js';
import { DuplicateIndex } from '../../src/stories/duplicateIndex.js';
import { StoryClusterer, type StoryDoc } from '../../src/stories/storyClusterer.js';
import { storyDocFromText } from '../../src/stories/storyDoc.js';
import { loadSaudiNewsNet, type CorpusArticle } from '../../scripts/lib/saudiNewsNet.js';
import { peakRssMb, type BenchResult, type BenchSuite } from '../harness.js';

/** Sizes of the scale curve (the last is the whole corpus). */
const SIZES = [5000, 10000, 20000];

/**
 * Stories at scale: near-duplicate detection (DuplicateIndex) plus online clustering
 * (StoryClusterer, repair every 1,000 articles) over the first 5k, 10k, 20k and all SaudiNewsNet
 * articles in extraction order. StoryDocs are built from title + text with `storyDocFromText`
 * (no entities or events: the engine's stages are benchmarked elsewhere), once, untimed. Each size
 * starts from empty indexes; peak RSS is the process's maximum so far (corpus and docs included).
 */
export const storiesSuite: BenchSuite = {
  name: 'stories',
  description: 'near-duplicates + story clustering over 5k/10k/20k/all SaudiNewsNet articles (StoryDocs from text)',
  async run({ limit }) {
    const articles: CorpusArticle[] = loadSaudiNewsNet(limit ? { limit } : {}).sort((a, b) => (a.extracted < b.extracted ? -1 : a.extracted > b.extracted ? 1 : 0));
    const res = createArabicResources(loadArabicLexicon());
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const docs: StoryDoc[] = articles.map((a) => storyDocFromText(a.id, a.title, a.content, res, { published: a.extracted }));
    const prepMs = performance.now() - t0;
    const prepCpu = process.cpuUsage(c0);
    const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.content), 0);
    const out: BenchResult[] = [
      {
        suite: 'stories',
        stage: 'StoryDocs from text',
        items: docs.length,
        unit: 'articles',
        bytes,
        ms: prepMs,
        cpuS: (prepCpu.user + prepCpu.system) / 1e6,
        peakRssMb: peakRssMb(),
        notes: ['tokenise + index terms of title and lead (untimed in the rows below)'],
      },
    ];
    const sizes = [...SIZES.filter((n) => n < docs.length), docs.length];
    for (const n of sizes) {
      (globalThis as { gc?: () => void }).gc?.();
      const dups = new DuplicateIndex();
      const c = new StoryClusterer();
      let dupMs = 0;
      let nearDups = 0;
      const s0 = process.cpuUsage();
      const w0 = performance.now();
      for (let i = 0; i < n; i++) {
        const a = articles[i];
        const d = docs[i];
        if (!a || !d) continue;
        const t = performance.now();
        const r = dups.add(a.id, a.content, a.extracted);
        dupMs += performance.now() - t;
        if (r.duplicateOf !== undefined) nearDups++;
        c.add(r.duplicateOf !== undefined ? { ...d, duplicateOf: r.duplicateOf } : d);
        if ((i + 1) % 1000 === 0) c.repair();
      }
      c.repair();
      const ms = performance.now() - w0;
      const cpu = process.cpuUsage(s0);
      const st = c.stats;
      out.push({
        suite: 'stories',
        stage: `dups + clustering ${n >= 1000 ? `${Math.round(n / 1000)}k` : n}`,
        items: n,
        unit: 'articles',
        bytes: articles.slice(0, n).reduce((s, a) => s + Buffer.byteLength(a.content), 0),
        ms,
        cpuS: (cpu.user + cpu.system) / 1e6,
        peakRssMb: peakRssMb(),
        notes: [
          `${(ms / n).toFixed(3)} ms/article (duplicates ${(dupMs / n).toFixed(3)}, clustering ${((ms - dupMs) / n).toFixed(3)}); ${c.allStories().length.toLocaleString('en')} stories; ${nearDups.toLocaleString('en')} duplicates; per article ${(st.comparisons / n).toFixed(1)} cosines, ${(st.postingsScanned / n).toFixed(0)} postings, ${(dups.comparisons / n).toFixed(1)} Jaccards`,
        ],
      });
    }
    return out;
  },
};
