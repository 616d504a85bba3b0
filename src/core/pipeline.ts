import type { AnnotationKey, AnnotationMap } from './annotations.js';
import type { Article } from './article.js';
import { MarsadError } from './errors.js';
import { message, type Message } from './message.js';

/**
 * Services injected into stages (language resources, models, corpus-level state read-only).
 * Extended by declaration merging, like {@link AnnotationMap}.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Services {}

/** What a stage sees besides the article. */
export interface StageContext {
  /** Injected services (language resources, models). */
  readonly services: Partial<Services>;
  /** Record a data problem on the article. The runner adds the stage name. */
  report(m: Message): void;
}

/** The function a stage factory returns: pure and synchronous, returning only its own result. */
export type StageFn<K extends AnnotationKey> = (article: Article, ctx: StageContext) => AnnotationMap[K];

/** A configured pipeline stage. */
export interface Stage<K extends AnnotationKey = AnnotationKey> {
  /** Unique, human-readable name (used in messages and benchmarks). */
  readonly name: string;
  /** The annotation this stage provides. */
  readonly provides: K;
  /** Annotations this stage reads; they must be provided by earlier stages (or given). */
  readonly needs: readonly AnnotationKey[];
  readonly run: StageFn<K>;
}

/** The description {@link defineStage} turns into a stage factory. */
export interface StageSpec<K extends AnnotationKey, O> {
  readonly name: string;
  readonly provides: K;
  readonly needs?: readonly AnnotationKey[];
  /** Called once per pipeline with the options; returns the per-article function. */
  readonly create: (options: O) => StageFn<K>;
}

/**
 * Define a stage factory: `stage(options) → (article, ctx) → annotation`.
 *
 * @example
 * const tokens = defineStage({ name: 'tokens', provides: 'tokens', create: () => (a) => tokenize(a.text) });
 */
export function defineStage<K extends AnnotationKey, O = void>(spec: StageSpec<K, O>): (options: O) => Stage<K> {
  return (options: O) => ({
    name: spec.name,
    provides: spec.provides,
    needs: spec.needs ?? [],
    run: spec.create(options),
  });
}

/** Options for {@link buildPipeline}. */
export interface PipelineOptions {
  /** Annotations already present on every article before the first stage runs. */
  readonly given?: readonly AnnotationKey[];
}

/** The result of running a pipeline over one article. */
export interface PipelineRun {
  readonly article: Article;
  /** Milliseconds spent in each stage. */
  readonly timings: Readonly<Record<string, number>>;
}

/**
 * A validated, ordered list of stages. Build with {@link buildPipeline}.
 */
export class Pipeline {
  /** Stages in execution order (dependencies first). */
  readonly stages: readonly Stage[];

  /** @internal use {@link buildPipeline}. */
  constructor(stages: readonly Stage[]) {
    this.stages = stages;
  }

  /** The annotation names this pipeline provides. */
  get provides(): AnnotationKey[] {
    return this.stages.map((s) => s.provides);
  }

  /**
   * Run every stage over the article and return a new article with the annotations attached.
   * A stage that throws is a bug: the failure is recorded as an error message on the article
   * (code `STAGE_FAILED`) and the stages that need its output are skipped, so one bad article
   * never aborts a batch.
   */
  run(article: Article, services: Partial<Services> = {}, timed = false): PipelineRun {
    const annotations: Partial<AnnotationMap> = { ...article.annotations };
    const messages: Message[] = [...article.messages];
    const timings: Record<string, number> = {};
    const failed = new Set<AnnotationKey>();
    let current: Article = { ...article, annotations, messages };
    for (const stage of this.stages) {
      const blocked = stage.needs.find((n) => failed.has(n));
      if (blocked !== undefined) {
        failed.add(stage.provides);
        messages.push(
          message('STAGE_SKIPPED', 'warning', `stage "${stage.name}" skipped: it needs "${blocked}", which failed`, {
            stage: stage.name,
          }),
        );
        continue;
      }
      const ctx: StageContext = {
        services,
        report: (m) => messages.push(m.stage === undefined ? { ...m, stage: stage.name } : m),
      };
      const t0 = timed ? performance.now() : 0;
      try {
        const result = stage.run(current, ctx);
        if (result === undefined) throw new MarsadError('STAGE_RESULT_MISSING', `stage "${stage.name}"`);
        (annotations as Record<string, unknown>)[stage.provides] = result;
      } catch (e) {
        failed.add(stage.provides);
        const detail = e instanceof Error ? e.message : String(e);
        messages.push(message('STAGE_FAILED', 'error', `stage "${stage.name}" failed: ${detail}`, { stage: stage.name }));
      }
      if (timed) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
      current = { ...current, annotations, messages };
    }
    return { article: current, timings };
  }
}

/**
 * Validate and order stages. Stages are ordered so each runs after the stages providing what it
 * needs (stable: otherwise in the given order). Refuses to build — throwing a coded
 * {@link MarsadError} — when a need is unmet, two stages provide the same annotation, or
 * stages depend on each other in a cycle.
 */
export function buildPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const given = new Set<string>(options.given ?? []);
  const providers = new Map<string, Stage>();
  for (const s of stages) {
    const prev = providers.get(s.provides);
    if (prev !== undefined || given.has(s.provides)) {
      throw new MarsadError(
        'PIPELINE_DUPLICATE_PROVIDER',
        `"${s.provides}" is provided by "${prev?.name ?? 'the input'}" and "${s.name}"`,
      );
    }
    providers.set(s.provides, s);
  }
  for (const s of stages) {
    for (const n of s.needs) {
      if (!providers.has(n) && !given.has(n)) {
        throw new MarsadError('PIPELINE_UNMET_NEED', `stage "${s.name}" needs "${n}", which no stage provides`);
      }
    }
  }
  // Stable topological order (depth-first in given order).
  const ordered: Stage[] = [];
  const state = new Map<Stage, 'visiting' | 'done'>();
  const visit = (s: Stage, path: string[]): void => {
    const st = state.get(s);
    if (st === 'done') return;
    if (st === 'visiting') {
      throw new MarsadError('PIPELINE_CYCLE', [...path, s.name].join(' → '));
    }
    state.set(s, 'visiting');
    for (const n of s.needs) {
      const p = providers.get(n);
      if (p) visit(p, [...path, s.name]);
    }
    state.set(s, 'done');
    ordered.push(s);
  };
  for (const s of stages) visit(s, []);
  return new Pipeline(ordered);
}
