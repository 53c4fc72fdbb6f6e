import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import {
  parseDocumentName,
  participantDocumentName,
  sharedDocumentName,
  type LiveDocumentName,
} from '../../src/domain/live/live-documents';
import { CheckedCopies } from './checked-copies';
import { addsNothing, decodeMessage, RefusedUpdate } from './document-guard';
import { joinOrigins } from './lan-addresses';
import { liveApi } from './live-api';
import { LiveStore, redisRegistryStore } from './live-store';
import { SessionRegistry, type Role } from './session-registry';

export interface LiveSessionsOptions {
  /** Folder of the LevelDB database (created if missing), e.g. `.live-data`. */
  dataDir: string;
  /** Largest WebSocket message accepted, in bytes (default 2 MiB). */
  maxMessageBytes?: number;
  /** Share sessions with other instances through Redis. */
  redis?: { host: string; port: number };
  failuresPerIp?: number;
  failuresPerSession?: number;
  remoteFacilitators?: boolean;
  /** Seconds the server waits before writing a document's whole state (the log is written at once). */
  debounceMs?: number;
}

export interface LiveSessions {
  /** Adds the live endpoints to an HTTP server (after its own request handler is set). */
  attach(httpServer: HttpServer): void;
  hocuspocus: Hocuspocus;
  registry: SessionRegistry;
  store: LiveStore;
  endSession(sessionId: string): Promise<void>;
  close(): Promise<void>;
}

interface ConnectionContext {
  role: Role;
  document: LiveDocumentName;
  useCaseIds: ReadonlySet<string>;
}

const LIVE_PATH = '/live';
/** The reason a participant's connections close with when their name is freed. */
const RELEASED = 'released';
/** How long a session read as open is taken as open (an end on another instance waits this). */
const OPEN_STATE_MS = 1000;

function isContext(value: unknown): value is ConnectionContext {
  return typeof value === 'object' && value !== null && 'role' in value && 'document' in value;
}

/**
 * Hosts live sessions on an HTTP server: WebSocket upgrades on /live (Hocuspocus) and the HTTP
 * endpoints under /live/api. The server enforces the rules: per-role tokens, participants
 * read-only on the shared document and alone (with the facilitator) on their own, every update
 * checked against the schemas and written to disk before it is acknowledged.
 */
export async function attachLiveSessions(
  httpServer: HttpServer,
  options: LiveSessionsOptions,
): Promise<LiveSessions> {
  const live = await createLiveSessions(options);
  live.attach(httpServer);
  return live;
}

/** Opens the store and prepares the sessions; `attach` then adds them to an HTTP server. */
export async function createLiveSessions(options: LiveSessionsOptions): Promise<LiveSessions> {
  const store = new LiveStore(options.dataDir);
  await store.open();
  const redis = options.redis
    ? new Redis({ host: options.redis.host, port: options.redis.port })
    : null;
  const registry = new SessionRegistry(redis ? redisRegistryStore(redis.pub) : store);
  const chains = new Map<string, Promise<void>>();
  const copies = new CheckedCopies();

  // Sessions known open a moment ago: every message checks that its session is still open,
  // without reading the registry each time (an end on this instance forgets them at once).
  const openUntil = new Map<string, number>();
  // Documents of participants who left: nothing of theirs is written again.
  const released = new Set<string>();
  async function ended(documentName: string): Promise<boolean> {
    const name = parseDocumentName(documentName);
    if (!name || released.has(documentName)) return true;
    if ((openUntil.get(name.sessionId) ?? 0) > Date.now()) return false;
    const open = (await registry.state(name.sessionId)) === 'open';
    if (open) openUntil.set(name.sessionId, Date.now() + OPEN_STATE_MS);
    else openUntil.delete(name.sessionId);
    return !open;
  }

  const database = new Database({
    fetch: async ({ documentName }) => store.loadDocument(documentName),
    store: async ({ documentName, state }) => {
      if (await ended(documentName)) return;
      await store.storeDocument(documentName, state);
      if (await ended(documentName)) await store.deleteDocuments(documentName);
    },
  });
  const extensions: Extension[] = [database];
  if (redis) extensions.push(redis);

  const hocuspocus = new Hocuspocus({
    name: 'clarte-live',
    extensions,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: 10_000,
    async onAuthenticate({ documentName, token, connectionConfig }): Promise<ConnectionContext> {
      const document = parseDocumentName(documentName);
      if (!document) throw new Error('unknown document');
      const role = await registry.roleOf(document.sessionId, token);
      if (!role) throw new Error('invalid token');
      if (
        role.kind === 'participant' &&
        document.kind === 'participant' &&
        document.participantId !== role.participantId
      )
        throw new Error("another participant's document");
      const session = await registry.session(document.sessionId);
      if (!session) throw new Error('session ended');
      connectionConfig.readOnly = role.kind === 'participant' && document.kind === 'shared';
      return { role, document, useCaseIds: new Set(session.useCaseIds) };
    },
    afterUnloadDocument({ documentName }) {
      copies.forget(documentName);
      return Promise.resolve();
    },
    async beforeHandleMessage({ context, document, documentName, update, connection }) {
      const refuse = (error: RefusedUpdate): never => {
        setTimeout(() => connection.webSocket.close(error.code, error.reason.slice(0, 120)), 0);
        throw error;
      };
      if (!isContext(context)) return refuse(new RefusedUpdate('not authenticated'));
      const decoded = decodeMessage(update);
      if (decoded.kind === 'forbidden') return refuse(new RefusedUpdate('message type refused'));
      if (decoded.kind === 'harmless') return;
      if (context.role.kind === 'participant' && context.document.kind === 'shared') {
        if (addsNothing(document, decoded.update)) return;
        return refuse(new RefusedUpdate('participants do not write the shared document'));
      }
      // One message at a time per document: checked, then written to disk, in arrival order.
      const previous = chains.get(documentName) ?? Promise.resolve();
      const current = previous.then(async () => {
        const checked = copies.check(
          documentName,
          document,
          decoded.update,
          context.document,
          context.useCaseIds,
        );
        if (!checked.addsSomething) return;
        try {
          if (await ended(documentName)) throw new RefusedUpdate('session ended');
          await store.appendUpdate(documentName, decoded.update);
        } catch (error) {
          // The copy holds an update the document will not get: it is rebuilt next time.
          copies.forget(documentName);
          throw error;
        }
      });
      const settled = current.catch(() => undefined);
      chains.set(documentName, settled);
      void settled.then(() => {
        if (chains.get(documentName) === settled) chains.delete(documentName);
      });
      try {
        await current;
      } catch (error) {
        refuse(error instanceof RefusedUpdate ? error : new RefusedUpdate('not stored'));
      }
    },
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? 2 * 1024 * 1024,
  });

  let attached: HttpServer | null = null;

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path !== LIVE_PATH) return;
    wss.handleUpgrade(request, socket, head, (ws) => {
      // An oversize message closes the socket (1009); the error needs no other handling.
      ws.on('error', () => undefined);
      hocuspocus.handleConnection(ws, request);
    });
  }

  async function endSession(sessionId: string): Promise<void> {
    openUntil.delete(sessionId);
    await registry.end(sessionId);
    openUntil.delete(sessionId);
    const prefix = `session:${sessionId}`;
    for (const name of [...hocuspocus.documents.keys()]) {
      if (name === prefix || name.startsWith(`${prefix}:`)) hocuspocus.closeConnections(name);
    }
    copies.forgetAll(prefix);
    await store.deleteDocuments(`${prefix}:`);
  }

  async function releaseParticipant(sessionId: string, participantId: string): Promise<boolean> {
    const participant = await registry.release(sessionId, participantId);
    if (!participant) return false;
    const own = participantDocumentName(sessionId, participantId);
    released.add(own);
    // Their connections close with the reason "released" (their page then says so).
    const theirs = (name: string) =>
      (hocuspocus.documents.get(name)?.getConnections() ?? []).filter((connection) => {
        const context: unknown = connection.context;
        return (
          name === own ||
          (isContext(context) &&
            context.role.kind === 'participant' &&
            context.role.participantId === participantId)
        );
      });
    for (const connection of [...theirs(own), ...theirs(sharedDocumentName(sessionId))])
      connection.close({ code: 4401, reason: RELEASED });
    copies.forget(own);
    await store.deleteDocuments(`${own}:`);
    return true;
  }

  function listening(): { host: string; port: number } {
    const address = attached?.address();
    return typeof address === 'object' && address
      ? { host: address.address, port: address.port }
      : { host: '127.0.0.1', port: 0 };
  }

  const api = liveApi({
    registry,
    endSession,
    releaseParticipant,
    joinOrigins: () => joinOrigins(listening().host, listening().port),
    failuresPerIp: options.failuresPerIp,
    failuresPerSession: options.failuresPerSession,
    remoteFacilitators: options.remoteFacilitators,
  });

  function attach(httpServer: HttpServer): void {
    attached = httpServer;
    httpServer.on('upgrade', onUpgrade);
    // The live endpoints answer first; every other request goes to the server's own handlers.
    const others = httpServer.listeners('request') as ((...args: unknown[]) => void)[];
    httpServer.removeAllListeners('request');
    httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
      void api(req, res).then((handled) => {
        if (!handled) for (const listener of others) listener.call(httpServer, req, res);
      });
    });
  }

  return {
    attach,
    hocuspocus,
    registry,
    store,
    endSession,
    async close() {
      attached?.off('upgrade', onUpgrade);
      hocuspocus.closeConnections();
      for (const client of wss.clients) client.terminate();
      wss.close();
      // The documents are written and unloaded once their last connection closes: wait for it.
      for (let waited = 0; hocuspocus.documents.size > 0 && waited < 3000; waited += 50)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 50));
      if (redis) await redis.onDestroy();
      await store.close();
    },
  };
}
