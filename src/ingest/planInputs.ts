import { accessSync, constants, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSION_KINDS, extensionOf } from './sniff.js';
import type { IngestFailure, IngestOptions, PlannedFile } from './types.js';

/** The result of {@link planInputs}. */
export interface InputPlan {
  /** Files to read, in order (duplicates removed). */
  files: PlannedFile[];
  /** Paths that cannot be read at all (nonexistent, no match, empty directory…). */
  failures: IngestFailure[];
  /** Files found in directories but skipped because their extension is not a readable kind. */
  skipped: string[];
}

/**
 * True for a name found while walking a directory that is read: a known extension
 * ({@link EXTENSION_KINDS}) or no extension at all (sniffed). Other files (`.md`, `.png`,
 * `.csv`…) are skipped, so that a corpus folder's README or images are not ingested.
 */
export function isReadableName(name: string): boolean {
  const ext = extensionOf(name);
  return ext === '' || EXTENSION_KINDS[ext] !== undefined;
}

const isHidden = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Codepoint order, so that plans are the same on every machine. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface Walk {
  files: PlannedFile[];
  failures: IngestFailure[];
  skipped: string[];
  /** Real paths of directories on the current walk (symlink loops). */
  visiting: Set<string>;
}

/** Walk a directory recursively, sorted, skipping hidden entries and `node_modules`. */
function walk(dir: string, w: Walk): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    if (w.visiting.has(real)) return;
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    w.failures.push({ source: dir, code: 'UNREADABLE', text: `${dir}: cannot read directory: ${errText(e)}` });
    return;
  }
  w.visiting.add(real);
  entries.sort(byName);
  for (const ent of entries) {
    if (isHidden(ent.name)) continue;
    const path = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = statSync(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) walk(path, w);
    else if (isFile) {
      if (!isReadableName(ent.name)) {
        w.skipped.push(path);
        continue;
      }
      addFile(path, w);
    }
  }
  w.visiting.delete(real);
}

/** Add a file after checking it can be opened for reading. */
function addFile(path: string, w: Walk, size?: number): void {
  try {
    accessSync(path, constants.R_OK);
    w.files.push({ path, size: size ?? statSync(path).size });
  } catch (e) {
    w.failures.push({ source: path, code: 'UNREADABLE', text: `${path}: cannot read file: ${errText(e)}` });
  }
}

/**
 * Turn command-line arguments into the files to read. Each argument is a file (read whatever
 * its extension), a directory (walked recursively in sorted order, skipping hidden entries,
 * `node_modules` and files whose extension is not a readable kind) or a glob (tinyglobby;
 * used only when no file of that exact name exists). A nonexistent path (`NOT_FOUND`), a glob
 * matching nothing (`GLOB_NO_MATCH`) and a directory with no readable files
 * (`NO_READABLE_FILES`, naming the directory) are failures; the other arguments are still
 * planned. A file reached twice is planned once. Paths keep the form given (a directory's
 * files are the directory joined with the relative path).
 */
export async function planInputs(args: string[], _options: IngestOptions = {}): Promise<InputPlan> {
  const w: Walk = { files: [], failures: [], skipped: [], visiting: new Set() };
  for (const arg of args) {
    let st: Stats | undefined;
    try {
      st = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        w.failures.push({ source: arg, code: 'UNREADABLE', text: `${arg}: cannot read: ${errText(e)}` });
        continue;
      }
    }
    if (st === undefined) {
      if (isDynamicPattern(arg)) {
        const found = await glob(arg, { absolute: isAbsolute(arg), onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: false });
        const matches = found.filter((m) => !m.split(/[\\/]/).includes('node_modules')).sort();
        if (matches.length === 0) {
          w.failures.push({ source: arg, code: 'GLOB_NO_MATCH', text: `${arg}: no file matches this pattern` });
        }
        for (const m of matches) addFile(m, w);
      } else {
        w.failures.push({ source: arg, code: 'NOT_FOUND', text: `${arg}: no such file or directory` });
      }
      continue;
    }
    if (st.isDirectory()) {
      const before = w.files.length;
      const skippedBefore = w.skipped.length;
      walk(arg, w);
      if (w.files.length === before) {
        const skipped = w.skipped.length - skippedBefore;
        const why = skipped > 0 ? `${skipped} file${skipped === 1 ? '' : 's'} of other kinds skipped` : 'it holds no (visible) files';
        w.failures.push({
          source: arg,
          code: 'NO_READABLE_FILES',
          text: `${arg}: directory has no readable files (${why}; readable: ${Object.keys(EXTENSION_KINDS).join(' ')} or no extension)`,
        });
      }
    } else if (st.isFile()) addFile(arg, w, st.size);
    else w.failures.push({ source: arg, code: 'NOT_A_FILE', text: `${arg}: not a regular file or directory` });
  }
  // A file reached twice (a directory and a file in it, overlapping globs) is read once.
  const seen = new Set<string>();
  const files = w.files.filter((f) => {
    let key: string;
    try {
      key = realpathSync(f.path);
    } catch {
      key = resolve(f.path);
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files, failures: w.failures, skipped: w.skipped };
}
