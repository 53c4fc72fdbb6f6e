import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CheckedCopies } from '../../server/live/checked-copies';
import { RefusedUpdate } from '../../server/live/document-guard';
import { LiveStore } from '../../server/live/live-store';
import { LIVE_ROOT } from '../../src/domain/live/live-documents';
import { emptyCriterionScores } from '../../src/domain/schema/scorecard';
import { temporaryFolder } from '../integration/live-support';

const NAME = 'session:AAAAAAAAAAAAAAAAAAAAAA:p:BBBBBBBBBBBBBBBBBBBBBB';
const DOC = {
  kind: 'participant',
  sessionId: 'AAAAAAAAAAAAAAAAAAAAAA',
  participantId: 'BBBBBBBBBBBBBBBBBBBBBB',
} as const;
const KNOWN = new Set(['uc-1', 'uc-2']);

function card(strategicValue: number) {
  return { ...emptyCriterionScores(), strategicValue: { score: strategicValue, rationale: '' } };
}

/** A client's edit as the update it sends, starting from what the client already has. */
function edit(client: Y.Doc, change: (root: Y.Map<unknown>) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  change(client.getMap(LIVE_ROOT));
  return Y.encodeStateAsUpdate(client, before);
}

/** A client that starts from what the server has. */
function clientOf(server: Y.Doc): Y.Doc {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return client;
}

/** The server's document after the update was accepted (Hocuspocus applies it after the check). */
function accept(
  copies: CheckedCopies,
  server: Y.Doc,
  update: Uint8Array,
): { addsSomething: boolean } {
  const checked = copies.check(NAME, server, update, DOC, KNOWN);
  Y.applyUpdate(server, update);
  return checked;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RefusedUpdate) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('checks on a copy of the document', () => {
  it('accepts scores 1..5 of known use cases, and says when an update adds nothing', () => {
    const copies = new CheckedCopies();
    const server = new Y.Doc();
    const client = new Y.Doc();
    const first = edit(client, (root) => root.set('uc-1', card(4)));
    expect(accept(copies, server, first)).toEqual({ addsSomething: true });
    expect(accept(copies, server, first)).toEqual({ addsSomething: false });
    expect(
      accept(
        copies,
        server,
        edit(client, (root) => root.set('uc-1', card(5))),
      ),
    ).toEqual({
      addsSomething: true,
    });
    expect(server.getMap(LIVE_ROOT).toJSON()).toEqual({ 'uc-1': card(5) });
  });

  it('refuses a bad entry arriving after good ones, and checks the next update from the document again', () => {
    const copies = new CheckedCopies();
    const server = new Y.Doc();
    accept(
      copies,
      server,
      edit(new Y.Doc(), (root) => root.set('uc-1', card(2))),
    );
    expect(
      refusal(() =>
        accept(
          copies,
          server,
          edit(clientOf(server), (r) => r.set('uc-2', card(7))),
        ),
      ),
    ).toBe('uc-2.strategicValue.score: errors.scoreRange');
    expect(
      refusal(() =>
        accept(
          copies,
          server,
          edit(clientOf(server), (r) => r.set('uc-9', card(3))),
        ),
      ),
    ).toBe('uc-9: unknown use case');
    expect(
      refusal(() =>
        accept(
          copies,
          server,
          edit(clientOf(server), (r) => r.set('uc-2', card(3))),
        ),
      ),
    ).toBe('accepted');
    expect(server.getMap(LIVE_ROOT).toJSON()).toEqual({ 'uc-1': card(2), 'uc-2': card(3) });
  });

  it('checks values nested in shared types and refuses other roots', () => {
    const copies = new CheckedCopies();
    const server = new Y.Doc();
    const nested = new Y.Doc();
    const update = edit(nested, (root) => {
      const map = new Y.Map<unknown>();
      root.set('uc-1', map);
      map.set('speed', { score: 3, rationale: '' });
    });
    expect(refusal(() => accept(copies, server, update))).toMatch(/^uc-1/);
    const other = new Y.Doc();
    const before = Y.encodeStateVector(other);
    other.getMap('elsewhere').set('x', 1);
    expect(refusal(() => accept(copies, server, Y.encodeStateAsUpdate(other, before)))).toBe(
      'unknown root "elsewhere"',
    );
  });

  it('refuses an update that depends on content the server never received', () => {
    const copies = new CheckedCopies();
    const server = new Y.Doc();
    const client = new Y.Doc();
    edit(client, (root) => root.set('uc-1', card(2)));
    const second = edit(client, (root) => root.set('uc-1', card(9)));
    expect(refusal(() => accept(copies, new Y.Doc(), second))).toBe(
      'update depends on content the server does not have',
    );
    expect(server.getMap(LIVE_ROOT).size).toBe(0);
  });
});

describe('the log on disk (group commit)', () => {
  const folder = temporaryFolder();
  afterEach(() => folder.remove());

  it('stores every update appended at once, in order, each acknowledged after its write', async () => {
    const store = new LiveStore(folder.path);
    await store.open();
    const client = new Y.Doc();
    const updates: Uint8Array[] = [];
    for (let i = 1; i <= 200; i++)
      updates.push(edit(client, (root) => root.set('uc-1', card((i % 5) + 1))));
    await Promise.all(updates.map((u) => store.appendUpdate('session:x:p:y', u)));
    await store.close();
    const reopened = new LiveStore(folder.path);
    await reopened.open();
    const state = await reopened.loadDocument('session:x:p:y');
    await reopened.close();
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, state ?? new Uint8Array());
    // The 200th update sets the score (200 % 5) + 1 = 1.
    expect(loaded.getMap(LIVE_ROOT).toJSON()).toEqual({ 'uc-1': card(1) });
  });
});
