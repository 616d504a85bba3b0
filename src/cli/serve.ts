import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApi } from '../api/createApi.js';
import { MarsadError } from '../core/errors.js';
import { defaultArabicResources } from '../engine/defaultEngine.js';
import { search } from '../search/search.js';
import { SqliteKnowledge } from '../store/sqliteKnowledge.js';
import { openSqliteStore, type SqliteStore } from '../store/sqliteStore.js';
import { dbPath, intOption, parse } from './args.js';
import type { CliContext, Command } from './context.js';
import { refreshKnowledge } from './refresh.js';

/** Shortest bearer token `marsad serve` accepts. */
export const MIN_TOKEN_LENGTH = 12;

/** A listening server. */
export interface RunningServer {
  readonly url: string;
  readonly server: ServerType;
  /** Stop accepting connections and wait for open ones to finish. */
  close(): Promise<void>;
}

/** Listen with the app on host:port (port 0: any free port). */
export function listen(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((done, fail) => {
    // 64 KiB of headers: an over-long query (10 KB of Arabic is ~60 KB percent-encoded) reaches
    // the API and gets its clear 400 instead of Node's bare 431.
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions: { maxHeaderSize: 64 * 1024 } }, (info: AddressInfo) => {
      const h = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      done({
        url: `http://${h}:${info.port}/`,
        server,
        close: () =>
          new Promise<void>((ok) => {
            server.close(() => ok());
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.on('error', fail);
  });
}

/** The knowledge-base refresh after an API ingest, as `marsad ingest` does it (corpus step, then search index). */
export function afterIngest(store: SqliteStore, ctx: Pick<CliContext, 'corpus'>): (ids: number[]) => void {
  return (ids) => {
    refreshKnowledge(store, ctx, ids);
  };
}

/** `marsad serve`: the HTTP API and the web UI. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (/api) and the web UI (/)',
  usage: 'marsad serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--token T | $MARSAD_API_TOKEN] [--allow-private-fetch] [--web-root DIR]',
  async run(argv, ctx) {
    const { values } = parse(
      argv,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        'allow-private-fetch': { type: 'boolean', default: false },
        'web-root': { type: 'string' },
      },
      false,
    );
    const port = intOption('port', values.port, 8080, 0);
    if (port > 65535) throw new MarsadError('USAGE', `--port must be at most 65535, got ${port}`);
    const host = values.host ?? '127.0.0.1';
    const token = values.token ?? process.env['MARSAD_API_TOKEN'];
    if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
      throw new MarsadError('USAGE', `the API token must be at least ${MIN_TOKEN_LENGTH} characters`);
    }
    const store = openSqliteStore(resolve(ctx.cwd, dbPath(values)));
    const res = defaultArabicResources();
    const app = createApi({
      store,
      kb: new SqliteKnowledge(store.db),
      search: (q) => search(store.db, q, res),
      engine: () => Promise.resolve(ctx.engine()),
      allowPrivateFetch: values['allow-private-fetch'],
      onIngested: afterIngest(store, ctx),
      ...(token !== undefined ? { token } : {}),
      ...(values['web-root'] !== undefined ? { webRoot: resolve(ctx.cwd, values['web-root']) } : {}),
    });
    let running: RunningServer;
    try {
      running = await listen(app, host, port);
    } catch (e) {
      store.close();
      ctx.io.err(`marsad serve: cannot listen on ${host}:${port}: ${(e as Error).message}`);
      return 1;
    }
    ctx.io.out(`marsad: serving ${dbPath(values)} at ${running.url} (API under ${running.url}api/, OpenAPI at ${running.url}api/openapi.json)`);
    ctx.io.out(token !== undefined ? 'ingest: POST /api/ingest with "Authorization: Bearer <token>"' : 'ingest: off (set --token or MARSAD_API_TOKEN to enable POST /api/ingest)');
    if (values['allow-private-fetch']) ctx.io.out('warning: --allow-private-fetch: ingest may fetch loopback and private-network URLs');
    ctx.io.out('press Ctrl+C to stop');
    await new Promise<void>((stop) => {
      const onSignal = (): void => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        stop();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    });
    ctx.io.err('marsad: stopping');
    await running.close();
    store.close();
    return 0;
  },
};
