import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { participantDocumentName } from '../../src/domain/live/live-documents';
import type { LiveServer } from '../../server/live/live-server';
import {
  acknowledged,
  connect,
  joinAs,
  openSession,
  postJson,
  scores,
  startTestServer,
  temporaryFolder,
  type OpenedSession,
  type TestProvider,
  until,
} from './live-support';

let folder: ReturnType<typeof temporaryFolder>;
let server: LiveServer;
let session: OpenedSession;
const providers: TestProvider[] = [];

beforeEach(async () => {
  folder = temporaryFolder();
  server = await startTestServer(folder.path);
  session = await openSession(server.origin);
});

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  await server.close();
  folder.remove();
});

function participantPath(participantId: string): string {
  return `/live/api/sessions/${session.sessionId}/participants/${participantId}`;
}

async function call(method: 'GET' | 'DELETE', participantId: string, token?: string) {
  return fetch(`${server.origin}${participantPath(participantId)}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function freeNames(): Promise<string[]> {
  const res = await postJson(server.origin, '/live/api/join', {
    sessionId: session.sessionId,
    passcode: session.passcode,
  });
  return ((await res.json()) as { names: string[] }).names;
}

/** Alice joins and scores one use case; her document is on the server's disk. */
async function aliceWhoScored() {
  const alice = await joinAs(server.origin, session, 'Alice');
  const docName = participantDocumentName(session.sessionId, alice.participantId);
  const p = connect(server.origin, docName, alice.token);
  providers.push(p);
  expect(await p.ready).toBe(true);
  p.root.set('uc-1', scores({ strategicValue: 4 }));
  await acknowledged(p);
  expect(await server.live.store.countDocumentRecords(`${docName}:`)).toBeGreaterThan(0);
  return { ...alice, docName, p };
}

describe('releasing a name in a live session', () => {
  it('lets a participant leave: their token stops working, their document goes, the name is free again', async () => {
    const alice = await aliceWhoScored();
    expect(await (await call('GET', alice.participantId, alice.token)).json()).toEqual({
      holds: true,
      name: 'Alice',
    });
    expect(await freeNames()).toEqual(['Bruno']);

    expect((await call('DELETE', alice.participantId, alice.token)).status).toBe(204);

    // The server closed her connection to her document (the provider is no longer in sync).
    await until(() => !alice.p.provider.isAuthenticated, 5000, 'her connection closed');
    expect(await (await call('GET', alice.participantId, alice.token)).json()).toEqual({
      holds: false,
    });
    expect(await server.live.store.countDocumentRecords(`${alice.docName}:`)).toBe(0);
    const again = connect(server.origin, alice.docName, alice.token);
    providers.push(again);
    expect(await again.ready).toBe(false);
    expect(await freeNames()).toEqual(['Alice', 'Bruno']);
    const someoneElse = await joinAs(server.origin, session, 'Alice');
    expect(someoneElse.participantId).not.toBe(alice.participantId);
  });

  it('lets the facilitator free a name', async () => {
    const alice = await aliceWhoScored();
    expect((await call('DELETE', alice.participantId, session.facilitatorToken)).status).toBe(204);
    expect(await (await call('GET', alice.participantId, alice.token)).json()).toEqual({
      holds: false,
    });
    expect(await freeNames()).toEqual(['Alice', 'Bruno']);
  });

  it("refuses another participant, no token and an unknown participant, and keeps everyone's place", async () => {
    const alice = await aliceWhoScored();
    const bruno = await joinAs(server.origin, session, 'Bruno');
    const byBruno = await call('DELETE', alice.participantId, bruno.token);
    expect(byBruno.status).toBe(401);
    expect(await byBruno.json()).toEqual({ problem: 'not-allowed' });
    expect((await call('DELETE', alice.participantId)).status).toBe(401);
    expect(await (await call('GET', alice.participantId, bruno.token)).json()).toEqual({
      holds: false,
    });
    const unknown = await call('DELETE', 'AAAAAAAAAAAAAAAAAAAAAA', session.facilitatorToken);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ problem: 'unknown-participant' });
    expect((await call('DELETE', 'not an id', session.facilitatorToken)).status).toBe(404);
    expect(await freeNames()).toEqual([]);
    expect(await (await call('GET', alice.participantId, alice.token)).json()).toEqual({
      holds: true,
      name: 'Alice',
    });
    expect(await server.live.store.countDocumentRecords(`${alice.docName}:`)).toBeGreaterThan(0);
  });
});
