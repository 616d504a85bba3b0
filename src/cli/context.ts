import type { CorpusResources } from '../corpus/corpus.js';
import type { Engine } from '../engine/engine.js';
import type { Output } from './output.js';

/** What a command gets: where to write and how to build the engine (injected for tests). */
export interface CliContext {
  readonly io: Output;
  /** Build the analysis engine (loads models lazily, only for commands that analyse). */
  readonly engine: () => Engine;
  /** Resources of the corpus step (entity resolution, clustering); loaded lazily. */
  readonly corpus: () => CorpusResources;
  /** Working directory for relative paths. */
  readonly cwd: string;
  /** Standard input (injected for tests). */
  readonly stdin: () => AsyncIterable<Buffer | string>;
}

/** A CLI command: returns the process exit code (0 ok, 1 some inputs failed, 2 usage). */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: string[], ctx: CliContext): Promise<number>;
}
