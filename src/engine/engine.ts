import type { Article, RawInput } from '../core/article.js';
import type { Message } from '../core/message.js';
import { buildPipeline, type Pipeline, type Services, type Stage } from '../core/pipeline.js';
import type { Span } from '../core/span.js';
import { cleanArticle, type Cleaned } from '../clean/cleanArticle.js';
import type { OffsetSegment } from '../clean/offsetMap.js';
import { toArticle } from '../clean/prepare.js';
import { TemplateModel } from '../clean/templateModel.js';

/** The version of the analysis stored with each article; bump when the pipeline's output changes. */
export const ANALYSIS_VERSION = '0.2.0';

/** The key under which the boilerplate template model is kept in the store's state. */
export const TEMPLATE_STATE_KEY = 'clean.templates';

/** What cleaning records about an article, kept as its `clean` annotation. */
export interface CleanAnnotation {
  /** Spans of the body paragraphs in the clean text. */
  readonly paragraphs: readonly Span[];
  /** Stretches of the decoded input that were removed, with the reason. */
  readonly removed: readonly { start: number; end: number; reason: string }[];
  /** Clean-text offsets → decoded-input offsets, as segments. */
  readonly offsets: readonly OffsetSegment[];
}

declare module '../core/annotations.js' {
  interface AnnotationMap {
    /** What cleaning removed and where the clean text came from (see {@link CleanAnnotation}). */
    clean: CleanAnnotation;
  }
}

/** Options for {@link createEngine}. */
export interface EngineOptions {
  /** Annotation stages to run after cleaning (default: none). */
  readonly stages?: readonly Stage[];
  /** Injected services (language resources, models). */
  readonly services?: Partial<Services>;
  /** The boilerplate template model (default: a new, empty one). */
  readonly templates?: TemplateModel;
}

/** The template lines an analysed article offers to the cross-document learner. */
export interface TemplateObservation {
  readonly key: string;
  readonly lines: string[];
}

/**
 * The composition root: cleaning (with the corpus-level boilerplate template model) plus the
 * annotation pipeline, with its injected services. `analyze` is pure given the engine's state;
 * the template model changes only through {@link Engine.learn}.
 */
export class Engine {
  readonly pipeline: Pipeline;
  readonly services: Partial<Services>;
  readonly version = ANALYSIS_VERSION;
  /** Lines that recur across a publisher's articles are template (site chrome). */
  templates: TemplateModel;

  constructor(options: EngineOptions = {}) {
    this.pipeline = buildPipeline(options.stages ?? [], { given: ['clean'] });
    this.services = options.services ?? {};
    this.templates = options.templates ?? new TemplateModel();
  }

  private clean(raw: RawInput, readMessages: readonly Message[]): { article: Article; cleaned: Cleaned } {
    const cleaned = cleanArticle(raw, { templates: this.templates });
    const base = toArticle(raw, cleaned, readMessages);
    const clean: CleanAnnotation = {
      paragraphs: cleaned.paragraphs,
      removed: cleaned.removed.map((r) => ({ start: r.start, end: r.end, reason: r.reason })),
      offsets: cleaned.offsets.toJSON(),
    };
    return { article: { ...base, annotations: { ...base.annotations, clean } }, cleaned };
  }

  /** Clean and annotate one raw input. Never throws for bad data: problems become messages. */
  analyze(raw: RawInput, readMessages: readonly Message[] = []): Article {
    return this.analyzeFull(raw, readMessages).article;
  }

  /** Like {@link analyze}, also returning what the template learner should observe. */
  analyzeFull(raw: RawInput, readMessages: readonly Message[] = []): { article: Article; template: TemplateObservation } {
    const { article, cleaned } = this.clean(raw, readMessages);
    return { article: this.pipeline.run(article, this.services).article, template: cleaned.template };
  }

  /** Like {@link analyze}, also returning per-stage timings (ms). */
  analyzeTimed(raw: RawInput, readMessages: readonly Message[] = []): { article: Article; timings: Record<string, number> } {
    const t0 = performance.now();
    const { article } = this.clean(raw, readMessages);
    const t1 = performance.now();
    const run = this.pipeline.run(article, this.services, true);
    return { article: run.article, timings: { clean: t1 - t0, ...run.timings } };
  }

  /** Feed a newly stored article's lines to the template learner (call once per new content). */
  learn(observation: TemplateObservation): void {
    this.templates.observe(observation.key, observation.lines);
  }

  /** Serialise the corpus-level state (the template model). */
  saveState(): string {
    return JSON.stringify(this.templates.toJSON());
  }

  /** Restore corpus-level state saved by {@link saveState}; bad data gives an empty model. */
  loadState(state: string | undefined): void {
    if (state === undefined) return;
    try {
      this.templates = TemplateModel.fromJSON(JSON.parse(state));
    } catch {
      this.templates = new TemplateModel();
    }
  }
}

/** Create an engine. */
export function createEngine(options: EngineOptions = {}): Engine {
  return new Engine(options);
}
