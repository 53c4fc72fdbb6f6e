import path from 'node:path';
import type { LiveSessionsOptions } from './attach-live-sessions';

/**
 * The live sessions' settings from the environment: LIVE_DATA_DIR (default `.live-data` in the
 * project), REDIS_URL (redis://host:port, to share sessions between instances) and
 * LIVE_REMOTE_FACILITATORS=1 (behind a reverse proxy: sessions may be opened from other machines).
 */
export function liveOptionsFromEnvironment(
  projectRoot: string,
  env: Record<string, string | undefined>,
): LiveSessionsOptions {
  const redisUrl = env.REDIS_URL ? new URL(env.REDIS_URL) : null;
  return {
    dataDir: env.LIVE_DATA_DIR || path.join(projectRoot, '.live-data'),
    redis: redisUrl ? { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) } : undefined,
    remoteFacilitators: env.LIVE_REMOTE_FACILITATORS === '1',
  };
}
