import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build';
import { createClarteServer, DEFAULT_HOST, DEFAULT_PORT } from './clarte-server';
import { createLiveSessions } from './live/attach-live-sessions';
import { liveOptionsFromEnvironment } from './live/live-environment';

/**
 * `npm start`: builds the app when dist/ is missing or stale, then serves it on 127.0.0.1
 * (HOST=0.0.0.0 to reach it from other devices of the network, PORT to change the port).
 */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(projectRoot, 'dist');

await ensureBuild(projectRoot, outDir);
// Live sessions (docs/live-sessions.md): kept in .live-data/ (LIVE_DATA_DIR), Redis with REDIS_URL.
const live = await createLiveSessions(liveOptionsFromEnvironment(projectRoot, process.env));
const server = await createClarteServer({
  attach: (httpServer) => live.attach(httpServer),
  root: outDir,
  host: process.env.HOST || DEFAULT_HOST,
  port: process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT,
});
console.log(`Clarté is served on ${server.url}  (Ctrl+C to stop)`);
if (server.host !== '127.0.0.1' && server.host !== 'localhost') {
  console.log(`Listening on ${server.host}: other devices of the network can reach it too.`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(
    signal,
    () =>
      void live
        .close()
        .then(server.close)
        .then(() => process.exit(0)),
  );
}
