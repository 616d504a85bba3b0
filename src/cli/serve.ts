import { MarsadError } from '../core/errors.js';
import type { Command } from './context.js';

/** `marsad serve`: the HTTP API and web UI (being written). */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web UI',
  usage: 'marsad serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--token T] [--allow-private-fetch]',
  run() {
    return Promise.reject(new MarsadError('USAGE', 'serve is not available yet'));
  },
};
