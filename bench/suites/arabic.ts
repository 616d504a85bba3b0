import { statSync } from 'node:fs';
import { benchArabicCore } from '../../src/arabic/benchArabicCore.js';
import { createArabicResources } from '../../src/arabic/resources.js';
import { readFile } from '../../src/ingest/readFile.js';
import { loadArabicLexicon } from '../../src/models/arabicLexicon.js';
import { peakRssMb, saudiNewsNetZips, type BenchSuite } from '../harness.js';

/** normalise + tokenise + clitics + stem over the SaudiNewsNet contents (issue 3's throughput figure). */
export const arabicSuite: BenchSuite = {
  name: 'arabic',
  description: 'Arabic core: tokenise, match-normalise, clitic-segment and stem every token (term memo as in production)',
  async run({ limit }) {
    const texts: string[] = [];
    for (const z of saudiNewsNetZips()) {
      for (const item of readFile({ path: z, size: statSync(z).size })) {
        if (item.type === 'record' && item.raw.decoded) texts.push(item.raw.decoded);
        if (limit && texts.length >= limit) break;
      }
    }
    const t0 = performance.now();
    const lexicon = loadArabicLexicon();
    const loadMs = performance.now() - t0;
    const cpu0 = process.cpuUsage();
    const r = benchArabicCore(texts, createArabicResources(lexicon));
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    return [
      {
        suite: 'arabic',
        stage: 'norm+tok+clitics+stem',
        items: texts.length,
        unit: 'articles',
        bytes: r.bytes,
        ms: r.ms,
        cpuS,
        peakRssMb: peakRssMb(),
        notes: [
          `${r.tokens.toLocaleString('en')} tokens; CPU ${cpuS.toFixed(2)} s = ${(r.bytes / 1024 / 1024 / cpuS).toFixed(1)} MB/s per core (wall figure above is affected by other load); lexicon load ${loadMs.toFixed(0)} ms`,
        ],
      },
    ];
  },
};
