import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMarsadError } from '../core/errors.js';
import { entitiesCommand, entityCommand, storiesCommand, storyCommand, timelineCommand } from './knowledge.js';
import { createDefaultEngine, defaultCorpusResources } from '../engine/defaultEngine.js';
import { packageRoot } from '../models/paths.js';
import type { CliContext, Command } from './context.js';
import { exportCommand, ingestCommand, listCommand, reanalyzeCommand, showCommand, statsCommand } from './commands.js';
import { demoCommand } from './demo.js';
import { claimsCommand, eventsCommand, quotesCommand } from './extractions.js';
import { annotateCommand, numbersCommand, timeCommand } from './language.js';
import { evalCommand, tagCommand } from './ner.js';
import { processOutput, type Output } from './output.js';
import { reindexCommand, searchCommand } from './search.js';
import { serveCommand } from './serve.js';

/** Every CLI command, in help order. */
export const COMMANDS: readonly Command[] = [
  ingestCommand,
  listCommand,
  showCommand,
  statsCommand,
  reanalyzeCommand,
  exportCommand,
  annotateCommand,
  numbersCommand,
  timeCommand,
  eventsCommand,
  quotesCommand,
  claimsCommand,
  tagCommand,
  evalCommand,
  entitiesCommand,
  entityCommand,
  storiesCommand,
  storyCommand,
  timelineCommand,
  demoCommand,
  serveCommand,
  searchCommand,
  reindexCommand,
];

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function help(io: Output): void {
  io.out('marsad — Arabic news intelligence, offline\n');
  io.out('usage: marsad <command> [options]\n');
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(11)} ${c.summary}`);
  io.out('\nglobal options: --db PATH (default ./marsad.db or $MARSAD_DB), --json, --help');
  io.out('exit codes: 0 ok, 1 some inputs failed (the good ones are stored), 2 usage error');
}

/** Run the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], ctx: Partial<CliContext> = {}): Promise<number> {
  const io = ctx.io ?? processOutput;
  const context: CliContext = {
    io,
    engine: ctx.engine ?? createDefaultEngine,
    corpus: ctx.corpus ?? defaultCorpusResources,
    cwd: ctx.cwd ?? process.cwd(),
    stdin: ctx.stdin ?? (() => process.stdin),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`marsad: unknown command "${name}" (see marsad --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${cmd.summary}\nusage: ${cmd.usage}`);
    return 0;
  }
  try {
    return await cmd.run(rest, context);
  } catch (e) {
    if (isMarsadError(e, 'USAGE')) {
      io.err(`marsad ${cmd.name}: ${e.message.replace(/^USAGE: /, '')}\nusage: ${cmd.usage}`);
      return 2;
    }
    throw e;
  }
}

