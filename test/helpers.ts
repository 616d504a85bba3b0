import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureOutput } from '../src/cli/output.js';
import { sharedPath } from '../src/models/paths.js';

/** A fresh temporary directory. */
export function tempDir(prefix = 'marsad-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Run the CLI in-process; returns exit code and captured output. */
export async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureOutput();
  const code = await main(args, { io, cwd });
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** The seeds folder, or undefined (with a console note) when ../shared is missing. */
export function seedsDir(): string | undefined {
  const dir = sharedPath('seeds');
  if (!existsSync(dir)) {
    console.warn(`shared seeds not found at ${dir}: set MARSAD_SHARED; skipping seed tests`);
    return undefined;
  }
  return dir;
}

/** Encode a string in a single-byte legacy code page (e.g. windows-1256) by inverting TextDecoder. */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`cannot encode ${JSON.stringify(ch)} in ${encoding}`);
    out.push(b);
  }
  return new Uint8Array(out);
}
