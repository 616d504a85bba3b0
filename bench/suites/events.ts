import { statSync } from 'node:fs';
import { numbersStage } from '../../src/arabic/numbersStage.js';
import { tokensStage } from '../../src/arabic/tokensStage.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { toArticle } from '../../src/clean/prepare.js';
import type { Article } from '../../src/core/article.js';
import { buildPipeline } from '../../src/core/pipeline.js';
import { defaultArabicResources } from '../../src/engine/defaultEngine.js';
import { entitiesStage } from '../../src/entities/entitiesStage.js';
import { eventsStage } from '../../src/events/eventsStage.js';
import type { EventsAnnotation } from '../../src/events/types.js';
import { readFile } from '../../src/ingest/readFile.js';
import { loadGazetteer } from '../../src/models/gazetteer.js';
import { loadNer } from '../../src/models/ner.js';
import { timeStage } from '../../src/time/timeStage.js';
import { peakRssMb, saudiNewsNetZips, type BenchResult, type BenchSuite } from '../harness.js';

/** Run the events stage over prepared articles; returns wall ms, CPU s and what it found. */
function timeEvents(articles: readonly Article[], services: Record<string, unknown>): { ms: number; cpuS: number; events: number; quotes: number; claims: number; background: number } {
  const stage = eventsStage();
  const ctx = { services, report: () => undefined };
  for (const a of articles.slice(0, Math.min(200, articles.length))) stage.run(a, ctx); // warm-up (JIT, lexicon memos)
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let events = 0;
  let quotes = 0;
  let claims = 0;
  let background = 0;
  for (const a of articles) {
    const r: EventsAnnotation = stage.run(a, ctx);
    events += r.events.length;
    quotes += r.quotes.length;
    claims += r.claims.length;
    for (const e of r.events) if (e.background) background++;
  }
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuS: (c.user + c.system) / 1e6, events, quotes, claims, background };
}

/**
 * The events stage alone over cleaned SaudiNewsNet articles: tokens, numbers and time (and, for
 * the second row, the entity stage with the shipped NER model) run beforehand, outside the timing.
 */
export const eventsSuite: BenchSuite = {
  name: 'events',
  description: 'events stage in isolation (events, quotes, numeric claims), prerequisites excluded from the timing',
  async run({ limit }) {
    const raw: Article[] = [];
    let bytes = 0;
    for (const z of saudiNewsNetZips()) {
      for (const item of readFile({ path: z, size: statSync(z).size })) {
        if (item.type !== 'record') continue;
        const a = toArticle(item.raw, cleanArticle(item.raw), item.messages);
        raw.push(a);
        bytes += Buffer.byteLength(a.text);
        if (limit && raw.length >= limit) break;
      }
      if (limit && raw.length >= limit) break;
    }
    const arabic = defaultArabicResources();
    const pre = buildPipeline([tokensStage(), numbersStage(), timeStage({})]);
    const services: Record<string, unknown> = { arabic };
    const prepared = raw.map((a) => pre.run(a, services as never).article);
    const results: BenchResult[] = [];
    const r1 = timeEvents(prepared, services);
    results.push({
      suite: 'stage',
      stage: 'events (isolated)',
      items: prepared.length,
      unit: 'articles',
      bytes,
      ms: r1.ms,
      cpuS: r1.cpuS,
      peakRssMb: peakRssMb(),
      notes: [
        `${r1.events.toLocaleString('en')} events (${r1.background.toLocaleString('en')} background), ${r1.quotes.toLocaleString('en')} quotes, ${r1.claims.toLocaleString('en')} claims; heuristic mentions only (no entity stage); first pass (each article seen once, as in ingest); ${Math.round(prepared.length / r1.cpuS).toLocaleString('en')} articles per CPU-second`,
      ],
    });
    // The same articles again: the form-lexicon memo is warm (as in a long-running process).
    const warm = timeEvents(prepared, services);
    results.push({
      suite: 'stage',
      stage: 'events (isolated, warm)',
      items: prepared.length,
      unit: 'articles',
      bytes,
      ms: warm.ms,
      cpuS: warm.cpuS,
      peakRssMb: peakRssMb(),
      notes: [`second pass over the same articles (lexicon look-up memo warm); ${Math.round(prepared.length / warm.cpuS).toLocaleString('en')} articles per CPU-second`],
    });
    // With the entity stage's mentions, as the engine runs it (memo warm).

    const ner = loadNer({ arabic });
    if (ner) {
      const nerServices: Record<string, unknown> = { arabic, ner, gazetteer: loadGazetteer() };
      const ents = entitiesStage();
      const ectx = { services: nerServices, report: () => undefined };
      const withEntities = prepared.map((a): Article => ({ ...a, annotations: { ...a.annotations, entities: ents.run(a, ectx as never) } }));
      const r2 = timeEvents(withEntities, nerServices);
      results.push({
        suite: 'stage',
        stage: 'events (entities, warm)',
        items: withEntities.length,
        unit: 'articles',
        bytes,
        ms: r2.ms,
        cpuS: r2.cpuS,
        peakRssMb: peakRssMb(),
        notes: [
          `${r2.events.toLocaleString('en')} events (${r2.background.toLocaleString('en')} background), ${r2.quotes.toLocaleString('en')} quotes, ${r2.claims.toLocaleString('en')} claims; reading the entity stage's mentions (memo warm); ${Math.round(withEntities.length / r2.cpuS).toLocaleString('en')} articles per CPU-second`,
        ],
      });
    }
    return results;
  },
};
