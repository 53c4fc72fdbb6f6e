import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { participantDocumentName, sharedDocumentName } from '../../src/domain/live/live-documents';
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
} from './live-support';

let folder: ReturnType<typeof temporaryFolder>;
let server: LiveServer;
let session: OpenedSession;
const providers: TestProvider[] = [];

function track(p: TestProvider): TestProvider {
  providers.push(p);
  return p;
}

beforeEach(async () => {
  folder = temporaryFolder();
  server = await startTestServer(folder.path, { failuresPerIp: 5, failuresPerSession: 30 });
  session = await openSession(server.origin);
});

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  await server.close();
  folder.remove();
});

async function facilitatorOn(name: string) {
  const f = track(connect(server.origin, name, session.facilitatorToken));
  expect(await f.ready).toBe(true);
  return f;
}

async function participant(name: string) {
  const joined = await joinAs(server.origin, session, name);
  const docName = participantDocumentName(session.sessionId, joined.participantId);
  const p = track(connect(server.origin, docName, joined.token));
  expect(await p.ready).toBe(true);
  return { ...joined, docName, p };
}

describe('joining a live session', () => {
  it('gives the names still free after the right passcode, and a token with a name', async () => {
    const roster = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: session.passcode,
    });
    expect(await roster.json()).toEqual({ names: ['Alice', 'Bruno'] });
    await joinAs(server.origin, session, 'Alice');
    const after = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: session.passcode,
    });
    expect(await after.json()).toEqual({ names: ['Bruno'] });
  });

  it('refuses a wrong passcode', async () => {
    const wrong = session.passcode === '000000' ? '000001' : '000000';
    const res = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: wrong,
      name: 'Alice',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ problem: 'wrong-passcode' });
  });

  it('refuses a name that already joined (nobody takes over someone else)', async () => {
    await joinAs(server.origin, session, 'Alice');
    const res = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: session.passcode,
      name: 'alice',
    });
    expect(res.status).toBe(409);
  });

  it('rate-limits failed attempts per IP address: the 6th attempt in a minute waits, even right', async () => {
    const wrong = session.passcode === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await postJson(server.origin, '/live/api/join', {
        sessionId: session.sessionId,
        passcode: wrong,
      });
      expect(res.status).toBe(401);
    }
    const res = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: session.passcode,
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rate-limits failed attempts per session, whatever the address', async () => {
    await server.close();
    server = await startTestServer(folder.path, { failuresPerIp: 1000, failuresPerSession: 3 });
    const other = await openSession(server.origin);
    session = await openSession(server.origin);
    const wrong = session.passcode === '000000' ? '000001' : '000000';
    for (let i = 0; i < 3; i++)
      await postJson(server.origin, '/live/api/join', {
        sessionId: session.sessionId,
        passcode: wrong,
      });
    const locked = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: session.passcode,
    });
    expect(locked.status).toBe(429);
    // Another session of the same server is not locked.
    const res = await postJson(server.origin, '/live/api/join', {
      sessionId: other.sessionId,
      passcode: other.passcode,
    });
    expect(res.status).toBe(200);
  });

  it('says whether an address is a session, an ended one or nothing', async () => {
    const state = async (id: string) =>
      (await (await fetch(`${server.origin}/live/api/sessions/${id}`)).json()) as unknown;
    expect(await state(session.sessionId)).toEqual({ state: 'open' });
    expect(await state('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ state: 'unknown' });
    const bad = await fetch(`${server.origin}/live/api/sessions/not%20an%20id`);
    expect(bad.status).toBe(404);
  });
});

describe('the documents of a live session', () => {
  it('refuses a token that is not the session’s', async () => {
    const p = track(connect(server.origin, sharedDocumentName(session.sessionId), 'forged-token'));
    expect(await p.ready).toBe(false);
  });

  it('brings a participant’s scores to the facilitator', async () => {
    const alice = await participant('Alice');
    alice.p.root.set('uc-1', scores({ strategicValue: 4 }));
    await acknowledged(alice.p);
    const f = await facilitatorOn(alice.docName);
    expect(f.root.toJSON()).toEqual({ 'uc-1': scores({ strategicValue: 4 }) });
  });

  it('keeps the shared document read-only for participants: a write is refused and the socket closed', async () => {
    const shared = sharedDocumentName(session.sessionId);
    const f = await facilitatorOn(shared);
    f.root.set('revealed', false);
    await acknowledged(f);
    const alice = await participant('Alice');
    const onShared = track(connect(server.origin, shared, alice.token));
    expect(await onShared.ready).toBe(true);
    onShared.root.set('revealed', true);
    expect(await onShared.closed()).toBe(4400);
    await new Promise((r) => setTimeout(r, 100));
    expect(f.root.get('revealed')).toBe(false);
    expect(server.live.hocuspocus.documents.get(shared)?.getMap('live').get('revealed')).toBe(
      false,
    );
  });

  it('refuses a participant opening another participant’s document', async () => {
    const alice = await participant('Alice');
    const bruno = await participant('Bruno');
    const spy = track(connect(server.origin, bruno.docName, alice.token));
    expect(await spy.ready).toBe(false);
    expect(spy.root.size).toBe(0);
  });

  it.each([
    ['a score of 7', { ...scores({}), strategicValue: { score: 7, rationale: '' } }],
    ['a score of 2.5', { ...scores({}), strategicValue: { score: 2.5, rationale: '' } }],
    ['an unknown criterion', { ...scores({}), speed: { score: 3, rationale: '' } }],
    [
      'a rationale over 5,000 characters',
      { ...scores({}), brandImpact: { score: 3, rationale: 'x'.repeat(5001) } },
    ],
  ])('refuses %s and keeps what was stored', async (_what, card) => {
    const alice = await participant('Alice');
    alice.p.root.set('uc-1', scores({ strategicValue: 2 }));
    await acknowledged(alice.p);
    alice.p.root.set('uc-2', card);
    expect(await alice.p.closed()).toBe(4400);
    alice.p.destroy();
    const f = await facilitatorOn(alice.docName);
    expect(f.root.toJSON()).toEqual({ 'uc-1': scores({ strategicValue: 2 }) });
  });

  it('refuses scores of a use case that is not in the session', async () => {
    const alice = await participant('Alice');
    alice.p.root.set('uc-999', scores({ strategicValue: 3 }));
    expect(await alice.p.closed()).toBe(4400);
    alice.p.destroy();
    const f = await facilitatorOn(alice.docName);
    expect(f.root.toJSON()).toEqual({});
  });

  it('refuses a use case the facilitator did not open the session with', async () => {
    const f = await facilitatorOn(sharedDocumentName(session.sessionId));
    f.root.set('useCases', [{ id: 'uc-other', title: 'Other workspace', description: '' }]);
    expect(await f.closed()).toBe(4400);
  });

  it('closes the socket of a message over the size cap (2 MiB)', async () => {
    const ws = new WebSocket(`${server.origin.replace('http', 'ws')}/live`);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send(Buffer.alloc(2 * 1024 * 1024 + 1));
    expect(await closed).toBe(1009);
  });
});

describe('ending a live session', () => {
  it('deletes its documents; its address then says "ended" and nothing opens again', async () => {
    const alice = await participant('Alice');
    alice.p.root.set('uc-1', scores({ strategicValue: 5 }));
    await acknowledged(alice.p);
    expect(
      await server.live.store.countDocumentRecords(`session:${session.sessionId}:`),
    ).toBeGreaterThan(0);
    const notFacilitator = await fetch(`${server.origin}/live/api/sessions/${session.sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(notFacilitator.status).toBe(401);
    const end = await fetch(`${server.origin}/live/api/sessions/${session.sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${session.facilitatorToken}` },
    });
    expect(end.status).toBe(204);
    await new Promise((r) => setTimeout(r, 200));
    expect(await server.live.store.countDocumentRecords(`session:${session.sessionId}:`)).toBe(0);
    const state = await fetch(`${server.origin}/live/api/sessions/${session.sessionId}`);
    expect(await state.json()).toEqual({ state: 'ended' });
    const join = await postJson(server.origin, '/live/api/join', {
      sessionId: session.sessionId,
      passcode: session.passcode,
      name: 'Bruno',
    });
    expect(join.status).toBe(410);
    const again = track(connect(server.origin, alice.docName, alice.token));
    expect(await again.ready).toBe(false);
    const facilitator = track(
      connect(server.origin, sharedDocumentName(session.sessionId), session.facilitatorToken),
    );
    expect(await facilitator.ready).toBe(false);
  });

  it('opens sessions only from the facilitator’s own machine, and not from another site', async () => {
    const res = await postJson(
      server.origin,
      '/live/api/sessions',
      { useCaseIds: ['uc-1'], roster: [] },
      { origin: 'http://evil.example' },
    );
    expect(res.status).toBe(403);
  });
});
