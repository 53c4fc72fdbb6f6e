import * as Y from 'yjs';
import {
  LIVE_LIMITS,
  LIVE_ROOT,
  participantEntriesSchema,
  sharedEntriesSchema,
  type LiveDocumentName,
} from '../../src/domain/live/live-documents';
import { describe, RefusedUpdate } from './document-guard';

/** What applying an update to the copy did. */
export interface CheckedUpdate {
  /** False when the update brought nothing the document does not have (already stored). */
  addsSomething: boolean;
}

function hasContent(type: { _start: unknown; _map: Map<string, unknown> }): boolean {
  return type._start !== null || type._map.size > 0;
}

function lagsBehind(copy: Y.Doc, document: Y.Doc): boolean {
  const ours = Y.decodeStateVector(Y.encodeStateVector(copy));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(document)))
    if ((ours.get(client) ?? 0) < clock) return true;
  return false;
}

/** The root key an event of the root map (or of a value nested in it) changed. */
function rootKeysOf(event: Y.YEvent<Y.AbstractType<unknown>>): string[] {
  const [first] = event.path;
  if (typeof first === 'string') return [first];
  return [...event.keys.keys()];
}

/**
 * One copy per document, kept one step ahead of it: every update is first applied to the copy
 * and checked there against the live session's schemas (one root map of JSON entries, known use
 * cases only, scores 1..5 on the eight criteria, bounded texts). Only the entries the update
 * changed are checked on a participant's document, so a check costs the size of the update, not
 * of the document. A refused update throws RefusedUpdate and the copy is dropped (rebuilt from
 * the document on the next update); a copy that lags the document (updates from another
 * instance through Redis) first takes what it lacks.
 */
export class CheckedCopies {
  private readonly copies = new Map<string, Y.Doc>();

  private copyOf(documentName: string, document: Y.Doc): Y.Doc {
    let copy = this.copies.get(documentName);
    if (!copy) {
      copy = new Y.Doc({ gc: true, guid: document.guid });
      this.copies.set(documentName, copy);
    }
    if (lagsBehind(copy, document))
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(document, Y.encodeStateVector(copy)));
    return copy;
  }

  /** Applies the update to the document's copy and checks the result; throws when refused. */
  check(
    documentName: string,
    document: Y.Doc,
    update: Uint8Array,
    name: LiveDocumentName,
    knownUseCaseIds: ReadonlySet<string>,
  ): CheckedUpdate {
    const copy = this.copyOf(documentName, document);
    try {
      return this.apply(copy, update, name, knownUseCaseIds);
    } catch (error) {
      this.forget(documentName);
      throw error instanceof RefusedUpdate ? error : new RefusedUpdate('malformed update');
    }
  }

  private apply(
    copy: Y.Doc,
    update: Uint8Array,
    name: LiveDocumentName,
    knownUseCaseIds: ReadonlySet<string>,
  ): CheckedUpdate {
    const root = copy.getMap(LIVE_ROOT);
    const changed = new Set<string>();
    let addsSomething = false;
    const onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) for (const key of rootKeysOf(event)) changed.add(key);
    };
    const onTransaction = (transaction: Y.Transaction) => {
      addsSomething =
        transaction.deleteSet.clients.size > 0 ||
        [...transaction.afterState].some(([c, clock]) => transaction.beforeState.get(c) !== clock);
    };
    root.observeDeep(onEvents);
    copy.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(copy, update);
    } finally {
      root.unobserveDeep(onEvents);
      copy.off('afterTransaction', onTransaction);
    }
    if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null)
      throw new RefusedUpdate('update depends on content the server does not have');
    for (const [key, type] of copy.share)
      if (key !== LIVE_ROOT && hasContent(type)) throw new RefusedUpdate(`unknown root "${key}"`);
    if (name.kind === 'shared') checkShared(root, knownUseCaseIds);
    else checkParticipant(root, changed, knownUseCaseIds);
    return { addsSomething };
  }

  forget(documentName: string): void {
    this.copies.get(documentName)?.destroy();
    this.copies.delete(documentName);
  }

  /** Forgets the copies of every document whose name starts with the prefix. */
  forgetAll(namePrefix = ''): void {
    for (const name of [...this.copies.keys()]) if (name.startsWith(namePrefix)) this.forget(name);
  }
}

function checkShared(root: Y.Map<unknown>, knownUseCaseIds: ReadonlySet<string>): void {
  const parsed = sharedEntriesSchema.safeParse(root.toJSON());
  if (!parsed.success) throw new RefusedUpdate(describe(parsed.error));
  const unknown = (parsed.data.useCases ?? []).find((u) => !knownUseCaseIds.has(u.id));
  if (unknown) throw new RefusedUpdate(`useCases: unknown use case ${unknown.id}`);
}

function checkParticipant(
  root: Y.Map<unknown>,
  changed: ReadonlySet<string>,
  knownUseCaseIds: ReadonlySet<string>,
): void {
  if (root.size > LIVE_LIMITS.useCases)
    throw new RefusedUpdate(`(root): at most ${LIVE_LIMITS.useCases} use cases`);
  for (const key of changed) {
    if (!root.has(key)) continue;
    const value: unknown = root.get(key);
    const entry = value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
    const parsed = participantEntriesSchema.safeParse({ [key]: entry });
    if (!parsed.success) throw new RefusedUpdate(describe(parsed.error));
    if (!knownUseCaseIds.has(key)) throw new RefusedUpdate(`${key}: unknown use case`);
  }
}
