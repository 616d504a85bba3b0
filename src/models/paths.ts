import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package root (the folder holding Marsad's package.json), found by walking up from this
 * module, so that it works both from `src/` (tests) and from `dist/src/` (the built CLI).
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'models'))) {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the Marsad package root above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** Absolute path of a shipped model/lexicon file in `models/`. */
export function modelPath(name: string): string {
  return join(packageRoot(), 'models', name);
}

/**
 * Absolute path of the shared resources folder (`../shared` beside the repository), or of
 * `$MARSAD_SHARED` when set. Used by tests, benchmarks and build scripts only.
 */
export function sharedPath(...parts: string[]): string {
  const base = process.env['MARSAD_SHARED'] ?? join(packageRoot(), '..', 'shared');
  return join(base, ...parts);
}
