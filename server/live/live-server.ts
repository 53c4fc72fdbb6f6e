import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import {
  attachLiveSessions,
  type LiveSessions,
  type LiveSessionsOptions,
} from './attach-live-sessions';

export interface LiveServerOptions extends LiveSessionsOptions {
  host: string;
  port: number;
  /** A built app to serve (single-page: unknown paths get index.html); none when absent. */
  root?: string;
}

export interface LiveServer {
  http: Server;
  live: LiveSessions;
  port: number;
  origin: string;
  close(): Promise<void>;
}

/**
 * A small standalone server for the tests, the e2e and the benchmark: the built app (when a
 * root is given) and the live sessions. `npm start` composes the same attachLiveSessions into
 * the production server.
 */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const serve = options.root ? sirv(options.root, { single: true, dev: false }) : null;
  const http = createServer((req, res) => {
    if (serve) serve(req, res, () => void res.writeHead(404).end());
    else res.writeHead(404).end();
  });
  const live = await attachLiveSessions(http, options);
  await new Promise<void>((resolve) => http.listen(options.port, options.host, resolve));
  const { port } = http.address() as AddressInfo;
  return {
    http,
    live,
    port,
    origin: `http://${options.host}:${port}`,
    async close() {
      await live.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
