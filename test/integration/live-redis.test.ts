import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantDocumentName, sharedDocumentName } from '../../src/domain/live/live-documents';
import type { LiveServer } from '../../server/live/live-server';
import {
  connect,
  joinAs,
  openSession,
  scores,
  startTestServer,
  temporaryFolder,
  until,
  type TestProvider,
} from './live-support';

/*
 * Scale-out (docs/live-sessions.md): two server instances share sessions through a real Redis.
 * A participant connected to one and the facilitator connected to the other see each other.
 */
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis)
  console.log('live-redis: skipped, redis-server is not installed (apt-get install redis-server)');

const port = 20_000 + Math.floor(Math.random() * 20_000);
let redis: ChildProcess | null = null;
const folders = [temporaryFolder(), temporaryFolder()];
const servers: LiveServer[] = [];
const providers: TestProvider[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((r) => setTimeout(r, 300));
  for (const folder of folders)
    servers.push(await startTestServer(folder.path, { redis: { host: '127.0.0.1', port } }));
});

afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const s of servers) await s.close();
  redis?.kill('SIGKILL');
  for (const f of folders) f.remove();
});

describe.runIf(hasRedis)('two instances sharing sessions through Redis', () => {
  it('lets a participant on one instance and the facilitator on the other see each other', async () => {
    const [a, b] = servers as [LiveServer, LiveServer];
    const session = await openSession(a.origin, ['uc-1', 'uc-2']);
    // The passcode and tokens of a session opened on A are known to B.
    const alice = await joinAs(b.origin, session, 'Alice');
    const aliceDoc = participantDocumentName(session.sessionId, alice.participantId);
    const shared = sharedDocumentName(session.sessionId);

    const facilitatorShared = connect(a.origin, shared, session.facilitatorToken);
    const facilitatorAlice = connect(a.origin, aliceDoc, session.facilitatorToken);
    const participantShared = connect(b.origin, shared, alice.token);
    const participantOwn = connect(b.origin, aliceDoc, alice.token);
    providers.push(facilitatorShared, facilitatorAlice, participantShared, participantOwn);
    for (const p of providers) expect(await p.ready).toBe(true);

    participantOwn.root.set('uc-1', scores({ strategicValue: 4 }));
    await until(() => facilitatorAlice.root.has('uc-1'), 10_000, 'the score on instance A');
    expect(facilitatorAlice.root.toJSON()).toEqual({ 'uc-1': scores({ strategicValue: 4 }) });

    facilitatorShared.root.set('revealed', true);
    await until(() => participantShared.root.get('revealed') === true, 10_000, 'the reveal on B');
  }, 30_000);
});
