import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { LIVE_ROOT } from '../../domain/live/live-documents';

/** The live sessions' WebSocket, on the server that serves this page (ws: or wss:). */
function liveSocketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/live`;
}

export interface LiveDocument {
  doc: Y.Doc;
  root: Y.Map<unknown>;
  provider: HocuspocusProvider;
  destroy(): void;
}

/** Opens one document of a session over a shared socket, with its token. */
export function openLiveDocument(
  socket: HocuspocusProviderWebsocket,
  name: string,
  token: string,
  handlers: {
    onSynced?: () => void;
    onRefused?: () => void;
    /** The server closed this document's connection, with its reason. */
    onClosedByServer?: (reason: string) => void;
    doc?: Y.Doc;
  } = {},
): LiveDocument {
  const doc = handlers.doc ?? new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    // No awareness: nobody learns anything about the others but what the facilitator shares.
    awareness: null,
    onSynced: () => handlers.onSynced?.(),
    onAuthenticationFailed: () => handlers.onRefused?.(),
    onClose: ({ event }) => handlers.onClosedByServer?.(event.reason),
  });
  provider.attach();
  return {
    doc,
    root: doc.getMap(LIVE_ROOT),
    provider,
    destroy: () => {
      provider.destroy();
      if (!handlers.doc) doc.destroy();
    },
  };
}

export function openLiveSocket(): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url: liveSocketUrl() });
}

/** The answers of the live sessions' HTTP endpoints, as `{ status, body }`. */
export async function callLiveApi(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  try {
    const res = await fetch(`/live/api/${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  } catch {
    return { status: 0, body: null };
  }
}
