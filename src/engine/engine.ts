import type { Article, RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';
import { buildPipeline, type Pipeline, type Services, type Stage } from '../core/pipeline.js';
import { prepareBasic, toArticle } from '../clean/prepare.js';

/** The version of the analysis stored with each article; bump when the pipeline's output changes. */
export const ANALYSIS_VERSION = '0.1.0';

/** Options for {@link createEngine}. */
export interface EngineOptions {
  /** Annotation stages to run after cleaning (default: the standard set). */
  readonly stages?: readonly Stage[];
  /** Injected services (language resources, models). */
  readonly services?: Partial<Services>;
}

/**
 * The composition root: cleaning plus the annotation pipeline, with its injected services.
 * `analyze` is pure given the engine (no I/O).
 */
export class Engine {
  readonly pipeline: Pipeline;
  readonly services: Partial<Services>;
  readonly version = ANALYSIS_VERSION;

  constructor(options: EngineOptions = {}) {
    this.pipeline = buildPipeline(options.stages ?? []);
    this.services = options.services ?? {};
  }

  /** Clean and annotate one raw input. Never throws for bad data: problems become messages. */
  analyze(raw: RawInput, readMessages: readonly Message[] = []): Article {
    const prepared = prepareBasic(raw);
    const article = toArticle(raw, prepared, readMessages);
    return this.pipeline.run(article, this.services).article;
  }

  /** Like {@link analyze}, also returning per-stage timings (ms). */
  analyzeTimed(raw: RawInput, readMessages: readonly Message[] = []): { article: Article; timings: Record<string, number> } {
    const t0 = performance.now();
    const prepared = prepareBasic(raw);
    const article = toArticle(raw, prepared, readMessages);
    const t1 = performance.now();
    const run = this.pipeline.run(article, this.services, true);
    return { article: run.article, timings: { clean: t1 - t0, ...run.timings } };
  }
}

/** Create the default engine. */
export function createEngine(options: EngineOptions = {}): Engine {
  return new Engine(options);
}
