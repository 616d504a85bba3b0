import { resolve } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../store/sqliteStore.js';
import { dbPath } from './args.js';
import type { CliContext } from './context.js';

/** Open the command's database (`--db`, `$MARSAD_DB` or `./marsad.db`), run `fn`, and always close it. */
export async function withStore<T>(
  values: { db?: string | undefined },
  ctx: CliContext,
  fn: (s: SqliteStore) => T | Promise<T>,
): Promise<T> {
  const store = openSqliteStore(resolve(ctx.cwd, dbPath(values)));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
