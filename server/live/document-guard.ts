import { IncomingMessage, MessageType } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { ZodError } from 'zod';
import {
  LIVE_ROOT,
  participantEntriesSchema,
  sharedEntriesSchema,
  type LiveDocumentName,
} from '../../src/domain/live/live-documents';

/** Why the server refused a message; the connection is then closed with this code. */
export class RefusedUpdate extends Error {
  readonly code = 4400;
  constructor(readonly reason: string) {
    super(reason);
  }
}

const SYNC_STEP_1 = 0;

/** What a message carries, as far as the guard is concerned. */
export type DecodedMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'harmless' }
  | { kind: 'forbidden'; type: number };

/** Reads a Hocuspocus message: a Yjs update (sync step 2 or update), or something else. */
export function decodeMessage(data: Uint8Array): DecodedMessage {
  const message = new IncomingMessage(data);
  message.readVarString();
  const type = message.readVarUint();
  if (type === Number(MessageType.Sync) || type === Number(MessageType.SyncReply)) {
    const syncType = message.readVarUint();
    if (syncType === SYNC_STEP_1) return { kind: 'harmless' };
    return { kind: 'update', update: message.readVarUint8Array() };
  }
  if (
    type === Number(MessageType.Awareness) ||
    type === Number(MessageType.QueryAwareness) ||
    type === Number(MessageType.CLOSE) ||
    type === Number(MessageType.Auth)
  )
    return { kind: 'harmless' };
  return { kind: 'forbidden', type };
}

/** True when the update adds nothing the document does not have already. */
export function addsNothing(document: Y.Doc, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(Y.snapshot(document), update);
}

function describe(error: ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

function hasContent(type: { _start: unknown; _map: Map<string, unknown> }): boolean {
  return type._start !== null || type._map.size > 0;
}

/**
 * The document as it would be once the update is applied, checked against the live session's
 * schemas: one root map of JSON entries, known use cases only, scores 1..5 on the eight
 * criteria, bounded texts. Throws RefusedUpdate with what is wrong and where.
 */
export function checkUpdate(
  document: Y.Doc,
  update: Uint8Array,
  name: LiveDocumentName,
  knownUseCaseIds: ReadonlySet<string>,
): void {
  const next = new Y.Doc({ gc: true });
  let entries: unknown;
  try {
    Y.applyUpdate(next, Y.encodeStateAsUpdate(document));
    Y.applyUpdate(next, update);
    for (const [key, type] of next.share) {
      if (key !== LIVE_ROOT && hasContent(type)) throw new RefusedUpdate(`unknown root "${key}"`);
    }
    entries = next.getMap(LIVE_ROOT).toJSON();
  } catch (error) {
    if (error instanceof RefusedUpdate) throw error;
    throw new RefusedUpdate('malformed update');
  } finally {
    next.destroy();
  }
  if (name.kind === 'shared') {
    const parsed = sharedEntriesSchema.safeParse(entries);
    if (!parsed.success) throw new RefusedUpdate(describe(parsed.error));
    const unknown = (parsed.data.useCases ?? []).find((u) => !knownUseCaseIds.has(u.id));
    if (unknown) throw new RefusedUpdate(`useCases: unknown use case ${unknown.id}`);
    return;
  }
  const parsed = participantEntriesSchema.safeParse(entries);
  if (!parsed.success) throw new RefusedUpdate(describe(parsed.error));
  const unknown = Object.keys(parsed.data).find((id) => !knownUseCaseIds.has(id));
  if (unknown !== undefined) throw new RefusedUpdate(`${unknown}: unknown use case`);
}
