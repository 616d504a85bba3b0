/**
 * A throwaway PostgreSQL 15 cluster for the search benchmark: initdb in a temp directory, a
 * loopback port, the `pg` client; the articles loaded with `to_tsvector('arabic', …)` (title
 * weighted A, body B) and ranked with `ts_rank`. Stopped and removed by `stop()`.
 * Not a CLI: imported by `bench/suites/search.ts` and `scripts/search-judge.ts`.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Where Debian puts the PostgreSQL 15 server binaries. */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A running throwaway cluster with a connected client. */
export interface PgCluster {
  readonly port: number;
  readonly client: pg.Client;
  /** Stop the server and delete its directory. */
  stop(): Promise<void>;
}

/** True when the PostgreSQL 15 binaries are installed. */
export function pgAvailable(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

function asPostgres(cmd: string, args: string[]): void {
  // The server refuses to run as root: run its tools as the `postgres` system user then.
  if (process.getuid?.() === 0) execFileSync('/usr/sbin/runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' });
  else execFileSync(cmd, args, { stdio: 'pipe' });
}

/** Start a cluster on `port` (default 55432 + pid % 1000) in a new temp directory. */
export async function startPgCluster(port = 55432 + (process.pid % 1000)): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  asPostgres(join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'marsad', '-E', 'UTF8', '--locale=C.UTF-8']);
  asPostgres(join(PG_BIN, 'pg_ctl'), [
    '-D', data, '-w', '-l', join(dir, 'log'),
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=128MB`,
    'start',
  ]);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'marsad', database: 'postgres' });
  await client.connect();
  return {
    port,
    client,
    async stop() {
      await client.end().catch(() => undefined);
      try {
        asPostgres(join(PG_BIN, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** One article to load. */
export interface PgDoc {
  readonly id: number;
  readonly title: string;
  readonly body: string;
}

/** Load articles into `docs` with an `arabic` tsvector (title A, body B) and a GIN index. */
export async function loadPgDocs(client: pg.Client, docs: Iterable<PgDoc>): Promise<number> {
  await client.query('DROP TABLE IF EXISTS docs');
  await client.query('CREATE TABLE docs (id integer PRIMARY KEY, title text NOT NULL, body text NOT NULL, tsv tsvector)');
  let batch: PgDoc[] = [];
  let n = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const rows = batch.map((d, i) => {
      params.push(d.id, d.title, d.body);
      return `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`;
    });
    await client.query(`INSERT INTO docs (id, title, body) VALUES ${rows.join(',')}`, params);
    n += batch.length;
    batch = [];
  };
  for (const d of docs) {
    batch.push(d);
    if (batch.length >= 500) await flush();
  }
  await flush();
  await client.query(
    "UPDATE docs SET tsv = setweight(to_tsvector('arabic', title), 'A') || setweight(to_tsvector('arabic', body), 'B')",
  );
  await client.query('CREATE INDEX docs_tsv ON docs USING gin (tsv)');
  await client.query('ANALYZE docs');
  return n;
}

/** The ids of the best `limit` articles for a query (`plainto_tsquery('arabic', q)`: words ANDed), by `ts_rank`. */
export async function pgSearch(client: pg.Client, q: string, limit = 100): Promise<number[]> {
  const r = await client.query<{ id: number }>(
    `SELECT id FROM docs, plainto_tsquery('arabic', $1) AS query WHERE tsv @@ query
     ORDER BY ts_rank(tsv, query) DESC, id LIMIT $2`,
    [q, limit],
  );
  return r.rows.map((x) => x.id);
}
