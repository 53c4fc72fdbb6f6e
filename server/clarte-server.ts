import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler } from './static';

export interface ClarteServerOptions {
  /** The built app (Vite's output folder). */
  root: string;
  /** Address to listen on: 127.0.0.1 (this machine only) by default; 0.0.0.0 for a room's network. */
  host?: string;
  /** 0 lets the system choose a free port. */
  port?: number;
  /** Called with the HTTP server before it listens: the live sessions attach their WebSocket here. */
  attach?: (httpServer: Server) => void;
}

export interface ClarteServer {
  httpServer: Server;
  host: string;
  port: number;
  /** http://<host>:<port>/ as a browser on this machine opens it. */
  url: string;
  close: () => Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

/** The production server: the built app with its security headers, and whatever `attach` adds. */
export async function createClarteServer(options: ClarteServerOptions): Promise<ClarteServer> {
  const host = options.host ?? DEFAULT_HOST;
  const handler = createStaticHandler(options.root);
  const httpServer = createServer(handler);
  options.attach?.(httpServer);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? DEFAULT_PORT, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const urlHost = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
  return {
    httpServer,
    host,
    port,
    url: `http://${urlHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        httpServer.closeAllConnections();
        httpServer.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
