import { startLiveServer } from './live-server';

/**
 * Starts the standalone live server from the environment (used by the persistence test, which
 * kills it hard): HOST, PORT, LIVE_DATA_DIR, ROOT, REDIS_PORT. Prints "listening <port>".
 */
const server = await startLiveServer({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 0),
  dataDir: process.env.LIVE_DATA_DIR ?? '.live-data',
  root: process.env.ROOT,
  debounceMs: Number(process.env.LIVE_DEBOUNCE_MS ?? 2000),
  redis: process.env.REDIS_PORT
    ? { host: '127.0.0.1', port: Number(process.env.REDIS_PORT) }
    : undefined,
});
console.log(`listening ${server.port}`);
