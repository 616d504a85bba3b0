import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/models/paths.js';
import { tempDir } from './helpers.js';

const bin = join(packageRoot(), 'dist', 'src', 'cli', 'bin.js');
const built = existsSync(bin);
if (!built) console.warn(`crash test skipped: ${bin} is not built (npm test builds it first)`);

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return c.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
}

describe.skipIf(!built)('ingest killed mid-way', () => {
  it('leaves a consistent database, and a re-run completes it without duplicates', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const files = 6;
    const perFile = 200;
    const words = ['الوزير', 'زيارة', 'العاصمة', 'اتفاق', 'محادثات', 'الاقتصاد', 'المياه', 'الطاقة', 'الحكومة', 'البرلمان'];
    for (let f = 0; f < files; f++) {
      const lines: string[] = [];
      for (let i = 0; i < perFile; i++) {
        const body = Array.from({ length: 60 }, (_, k) => words[(f * 7 + i * 3 + k) % words.length]).join(' ');
        lines.push(JSON.stringify({ title: `خبر ${f}-${i}`, content: `${body} رقم ${f}-${i}`, url: `https://example.org/${f}/${i}` }));
      }
      writeFileSync(join(corpus, `part-${String(f).padStart(2, '0')}.jsonl`), lines.join('\n'));
    }
    const db = join(dir, 'crash.db');
    const child = spawn(process.execPath, [bin, 'ingest', corpus, '--db', db], { stdio: 'ignore' });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let killed = false;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const n = count(db);
      if (n > 0) {
        killed = child.kill('SIGKILL');
        break;
      }
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await exited;
    const partial = count(db);
    expect(killed, 'the ingest was killed while running').toBe(true);
    expect(partial).toBeLessThan(files * perFile);
    const c = new Database(db);
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    c.close();
    // re-run completes without duplicates
    const rerun = spawn(process.execPath, [bin, 'ingest', corpus, '--db', db], { stdio: 'ignore' });
    const code = await new Promise<number | null>((res) => rerun.on('exit', (x) => res(x)));
    expect(code).toBe(0);
    const d = new Database(db, { readonly: true });
    expect(d.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(files * perFile);
    expect(d.prepare('SELECT count(DISTINCT raw_id) FROM articles').pluck().get()).toBe(files * perFile);
    expect(d.prepare('SELECT count(*) FROM raw_inputs').pluck().get()).toBe(files * perFile);
    d.close();
  }, 180_000);
});
