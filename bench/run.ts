import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRow, saudiNewsNetZips, type BenchResult, type BenchSuite } from './harness.js';
import { apiSuite } from './suites/api.js';
import { arabicSuite } from './suites/arabic.js';
import { entitiesSuite } from './suites/entities.js';
import { eventsSuite } from './suites/events.js';
import { fullSuite } from './suites/full.js';
import { analyzeSuite, ingestSuite, readSuite } from './suites/ingest.js';
import { searchSuite } from './suites/search.js';
import { storiesSuite } from './suites/stories.js';
import { timeSuite } from './suites/time.js';

/** Every suite, in run order. Later issues add theirs here. */
export const SUITES: readonly BenchSuite[] = [readSuite, ingestSuite, arabicSuite, timeSuite, entitiesSuite, eventsSuite, analyzeSuite, apiSuite, searchSuite, storiesSuite, fullSuite];

async function child(name: string, limit: number, tmp: string): Promise<void> {
  const suite = SUITES.find((s) => s.name === name);
  if (!suite) throw new Error(`unknown suite ${name}`);
  const results = await suite.run({ limit, tmp });
  process.stdout.write(`@@RESULT ${JSON.stringify(results)}\n`);
}

async function parent(args: string[]): Promise<void> {
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? 0);
  if (saudiNewsNetZips().length === 0) {
    console.error('bench: ../shared/data/saudinewsnet is missing (set MARSAD_SHARED to the shared folder); nothing to measure');
    process.exitCode = 1;
    return;
  }
  const tmp = join(tmpdir(), `marsad-bench-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  const cpu = cpus();
  console.log(`machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), node ${process.version}`);
  console.log('each suite runs in its own process; peak RSS is that process\'s maximum resident set\n');
  const all: BenchResult[] = [];
  for (const s of SUITES) {
    if (only && !only.includes(s.name)) continue;
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), `--child=${s.name}`, `--limit=${limit}`, `--tmp=${tmp}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
    if (!line) {
      console.log(`${s.name}: failed (exit ${r.status})`);
      continue;
    }
    const results = JSON.parse(line.slice(9)) as BenchResult[];
    for (const x of results) {
      console.log(formatRow(x));
      for (const n of x.notes ?? []) console.log(`${' '.repeat(12)}${n}`);
    }
    all.push(...results);
  }
  const out = join(tmp, 'results.json');
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), cores: cpu.length, results: all }, null, 2));
  console.log(`\nresults: ${out}`);
}

const childArg = process.argv.find((a) => a.startsWith('--child='));
if (childArg) {
  const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? 0);
  const tmp = process.argv.find((a) => a.startsWith('--tmp='))?.slice(6) ?? tmpdir();
  await child(childArg.slice(8), limit, tmp);
} else {
  await parent(process.argv.slice(2));
}
