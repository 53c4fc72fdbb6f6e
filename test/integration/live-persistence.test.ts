import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { participantDocumentName, sharedDocumentName } from '../../src/domain/live/live-documents';
import {
  acknowledged,
  connect,
  joinAs,
  openSession,
  scores,
  temporaryFolder,
  type TestProvider,
} from './live-support';

const children: ChildProcess[] = [];
const providers: TestProvider[] = [];
const folder = temporaryFolder();

/** The live server in a process of its own, which the test can kill hard. */
async function startProcess(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/live/live-server-cli.ts'], {
    // The whole state is written only after ten minutes: what survives comes from the log.
    env: { ...process.env, LIVE_DATA_DIR: dataDir, PORT: '0', LIVE_DEBOUNCE_MS: '600000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { child, origin: `http://127.0.0.1:${port}` };
}

afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe('a live session survives kill -9', () => {
  it('keeps every acknowledged score and the shared document after the server is killed hard', async () => {
    const first = await startProcess(folder.path);
    const session = await openSession(first.origin, ['uc-1', 'uc-2', 'uc-3']);
    const alice = await joinAs(first.origin, session, 'Alice');
    const aliceDoc = participantDocumentName(session.sessionId, alice.participantId);
    const facilitator = connect(
      first.origin,
      sharedDocumentName(session.sessionId),
      session.facilitatorToken,
    );
    const participant = connect(first.origin, aliceDoc, alice.token);
    providers.push(facilitator, participant);
    expect(await facilitator.ready).toBe(true);
    expect(await participant.ready).toBe(true);
    facilitator.root.set('revealed', false);
    participant.root.set('uc-1', scores({ strategicValue: 4, dataMaturity: 2 }));
    participant.root.set('uc-2', scores({ customerImpact: 5 }));
    await acknowledged(participant);
    participant.root.set('uc-3', scores({ complianceRisk: 1 }));
    await acknowledged(participant);
    await acknowledged(facilitator);

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    for (const p of providers.splice(0)) p.destroy();

    const second = await startProcess(folder.path);
    const reread = connect(second.origin, aliceDoc, session.facilitatorToken);
    const shared = connect(second.origin, sharedDocumentName(session.sessionId), alice.token);
    providers.push(reread, shared);
    expect(await reread.ready).toBe(true);
    expect(reread.root.toJSON()).toEqual({
      'uc-1': scores({ strategicValue: 4, dataMaturity: 2 }),
      'uc-2': scores({ customerImpact: 5 }),
      'uc-3': scores({ complianceRisk: 1 }),
    });
    // The participant's token still opens the session after the restart.
    expect(await shared.ready).toBe(true);
    expect(shared.root.get('revealed')).toBe(false);
  }, 60_000);
});

afterAll(() => folder.remove());
