import { statSync } from 'node:fs';
import type { Article } from '../../src/core/article.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { toArticle } from '../../src/clean/prepare.js';
import { readFile } from '../../src/ingest/readFile.js';
import { timeStage } from '../../src/time/timeStage.js';
import { peakRssMb, saudiNewsNetZips, type BenchSuite } from '../harness.js';

/** The time stage alone over cleaned SaudiNewsNet articles (all undated: window inference + resolution). */
export const timeSuite: BenchSuite = {
  name: 'time',
  description: 'time stage in isolation: tagging, window inference for undated articles, resolution',
  async run({ limit }) {
    const articles: Article[] = [];
    let bytes = 0;
    for (const z of saudiNewsNetZips()) {
      for (const item of readFile({ path: z, size: statSync(z).size })) {
        if (item.type !== 'record') continue;
        const a = toArticle(item.raw, cleanArticle(item.raw), item.messages);
        articles.push(a);
        bytes += Buffer.byteLength(a.text);
        if (limit && articles.length >= limit) break;
      }
    }
    const stage = timeStage({});
    const ctx = { services: {}, report: () => undefined };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let timexes = 0;
    for (const a of articles) timexes += stage.run(a, ctx).timexes.length;
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const undated = articles.filter((a) => !a.meta.published).length;
    return [
      {
        suite: 'stage',
        stage: 'time (isolated)',
        items: articles.length,
        unit: 'articles',
        bytes,
        ms,
        cpuS: (c.user + c.system) / 1e6,
        peakRssMb: peakRssMb(),
        notes: [`${timexes.toLocaleString('en')} temporal expressions; ${undated.toLocaleString('en')} of the articles are undated (window inference + resolution)`],
      },
    ];
  },
};
