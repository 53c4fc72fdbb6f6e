import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LIVE_ROOT } from '../../src/domain/live/live-documents';
import { emptyCriterionScores, type CriterionScores } from '../../src/domain/schema/scorecard';
import {
  startLiveServer,
  type LiveServer,
  type LiveServerOptions,
} from '../../server/live/live-server';

export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'clarte-live-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function startTestServer(
  dataDir: string,
  options: Partial<LiveServerOptions> = {},
): Promise<LiveServer> {
  return startLiveServer({ host: '127.0.0.1', port: 0, dataDir, debounceMs: 50, ...options });
}

export interface OpenedSession {
  sessionId: string;
  facilitatorToken: string;
  passcode: string;
  joinOrigins: string[];
}

export async function postJson(origin: string, path: string, body: unknown, headers = {}) {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export async function openSession(
  origin: string,
  useCaseIds: string[] = ['uc-1', 'uc-2'],
  roster: string[] = ['Alice', 'Bruno'],
): Promise<OpenedSession> {
  const res = await postJson(origin, '/live/api/sessions', { useCaseIds, roster });
  if (res.status !== 201) throw new Error(`open session: ${res.status}`);
  return (await res.json()) as OpenedSession;
}

export async function joinAs(origin: string, session: OpenedSession, name: string) {
  const res = await postJson(origin, '/live/api/join', {
    sessionId: session.sessionId,
    passcode: session.passcode,
    name,
  });
  if (res.status !== 200) throw new Error(`join: ${res.status}`);
  return (await res.json()) as { participantId: string; token: string; name: string };
}

export interface TestProvider {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  root: Y.Map<unknown>;
  /** Resolves true once synced, false when authentication failed. */
  ready: Promise<boolean>;
  /** Resolves with the first close code other than 1000 (a refusal closes the socket). */
  closed(): Promise<number>;
  destroy(): void;
}

/** A provider in Node (WebSocket from `ws`), as a participant's or the facilitator's browser. */
export function connect(origin: string, name: string, token: string): TestProvider {
  const doc = new Y.Doc();
  const codes: number[] = [];
  let resolveReady: (ok: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((r) => (resolveReady = r));
  // The socket's options (WebSocketPolyfill) pass through the provider's to its socket.
  const configuration = {
    url: `${origin.replace('http', 'ws')}/live`,
    name,
    token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    onSynced: () => resolveReady(true),
    onAuthenticationFailed: () => resolveReady(false),
    onClose: ({ event }: { event: { code: number } }) => void codes.push(event.code),
  };
  const provider = new HocuspocusProvider(configuration);
  return {
    provider,
    doc,
    root: doc.getMap(LIVE_ROOT),
    ready,
    closed: () =>
      until(() => codes.some((c) => c !== 1000), 5000, 'a close').then(
        () => codes.find((c) => c !== 1000) ?? 1000,
      ),
    destroy: () => provider.destroy(),
  };
}

/** Waits until a condition holds (polling), or fails after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until every change of the provider is acknowledged by the server. */
export async function acknowledged(p: TestProvider): Promise<void> {
  await until(() => !p.provider.hasUnsyncedChanges, 5000, 'acknowledgement');
}

export function scores(values: Partial<Record<keyof CriterionScores, number>>): CriterionScores {
  const out = emptyCriterionScores();
  for (const [key, score] of Object.entries(values))
    out[key as keyof CriterionScores] = { score, rationale: '' };
  return out;
}
