/**
 * Throughput of the Arabic text core (tokenise + match-normalise + clitics + Snowball per token)
 * over SaudiNewsNet contents. Run: `npx tsx scripts/bench-arabic-core.ts [days] [--mapped]` (default: all days).
 * CPU time is reported besides wall-clock time because the machine may be shared.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { benchArabicCore } from '../src/arabic/benchArabicCore.js';
import { createArabicResources } from '../src/arabic/resources.js';
import { loadArabicLexicon } from '../src/models/arabicLexicon.js';
import { sharedPath } from '../src/models/paths.js';

const dir = sharedPath('data', 'saudinewsnet');
const days = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 99);
const texts: string[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.zip')).sort().slice(0, days)) {
  for (const m of Object.values(unzipSync(readFileSync(join(dir, f))))) {
    for (const a of JSON.parse(strFromU8(m)) as { content?: string }[]) if (a.content) texts.push(a.content);
  }
}
const lex = loadArabicLexicon();
/** Run one measurement, reporting wall-clock and this process's CPU time (the machine may be shared). */
function run(label: string, f: () => { bytes: number; ms: number; tokens: number }): void {
  const cpu0 = process.cpuUsage();
  const r = f();
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${label}: ${(r.bytes / 1e6).toFixed(1)} MB, ${r.tokens} tokens; wall ${(r.ms / 1000).toFixed(2)} s = ${(r.bytes / 1e3 / r.ms).toFixed(1)} MB/s; CPU ${(cpuMs / 1000).toFixed(2)} s = ${(r.bytes / 1e3 / cpuMs).toFixed(1)} MB/s per core`,
  );
}
console.log(`${texts.length} SaudiNewsNet contents`);
run('cold memo, one pass', () => benchArabicCore(texts, createArabicResources(lex)));
const warm = createArabicResources(lex);
benchArabicCore(texts, warm);
run('second pass (same resources)', () => benchArabicCore(texts, warm));
run('no term memo (first 3000 texts)', () => benchArabicCore(texts.slice(0, 3000), createArabicResources(lex, { termCacheSize: 0 })));
if (process.argv.includes('--mapped'))
  run('cold memo + mapped match normalisation of each text', () => benchArabicCore(texts, createArabicResources(lex), { mappedNormalize: true }));
