import { IncomingMessage, MessageType } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { ZodError } from 'zod';

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

export function describe(error: ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}
