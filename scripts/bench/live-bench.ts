/**
 * `npm run bench:live`: 60 participants each scoring 100 use cases of one live session, on
 * loopback only, bounded in count and time (2 minutes at most). Reports the median and 95th
 * percentile time from a participant's score to the facilitator's provider receiving it, and the
 * server's memory (it runs in this process). Target (issue 18): p95 under 500 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LIVE_ROOT, participantDocumentName } from '../../src/domain/live/live-documents';
import { CRITERION_IDS } from '../../src/domain/schema/criterion';
import { startLiveServer } from '../../server/live/live-server';

const PARTICIPANTS = 60;
const USE_CASES = 100;
const DEADLINE_MS = 120_000;

function provider(origin: string, name: string, token: string) {
  const doc = new Y.Doc();
  const configuration = {
    url: `${origin.replace('http', 'ws')}/live`,
    name,
    token,
    document: doc,
    WebSocketPolyfill: WebSocket,
  };
  const p = new HocuspocusProvider(configuration);
  const synced = new Promise<void>((resolve) => p.on('synced', () => resolve()));
  return { p, doc, root: doc.getMap(LIVE_ROOT), synced };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const folder = mkdtempSync(path.join(tmpdir(), 'clarte-live-bench-'));
const server = await startLiveServer({
  host: '127.0.0.1',
  port: 0,
  dataDir: folder,
  failuresPerIp: 1000,
});
const origin = server.origin;
const useCaseIds = Array.from({ length: USE_CASES }, (_, i) => `uc-${i}`);
const post = async (p: string, body: unknown) =>
  (await fetch(`${origin}${p}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json())) as Record<string, string>;
const session = await post('/live/api/sessions', { useCaseIds, roster: [] });
const latencies: number[] = [];
const pairs = [];
for (let i = 0; i < PARTICIPANTS; i++) {
  const joined = await post('/live/api/join', {
    sessionId: session.sessionId,
    passcode: session.passcode,
    name: `Participant ${i + 1}`,
  });
  const name = participantDocumentName(session.sessionId!, joined.participantId!);
  const participant = provider(origin, name, joined.token!);
  const facilitator = provider(origin, name, session.facilitatorToken!);
  facilitator.root.observe((event) => {
    const now = performance.now();
    for (const key of [...event.keysChanged].map(String)) {
      const card = facilitator.root.get(key) as Record<string, { rationale: string }> | undefined;
      const sent = Number(card?.strategicValue?.rationale ?? Number.NaN);
      if (Number.isFinite(sent)) latencies.push(now - sent);
    }
  });
  pairs.push({ participant, facilitator });
}
await Promise.all(pairs.flatMap((x) => [x.participant.synced, x.facilitator.synced]));
const memoryBefore = process.memoryUsage();
const started = performance.now();
for (let u = 0; u < USE_CASES && performance.now() - started < DEADLINE_MS; u++) {
  for (const [i, { participant }] of pairs.entries()) {
    const scores = Object.fromEntries(
      CRITERION_IDS.map((id, c) => [
        id,
        {
          score: ((i + u + c) % 5) + 1,
          rationale: id === 'strategicValue' ? String(performance.now()) : '',
        },
      ]),
    );
    participant.root.set(useCaseIds[u]!, scores);
  }
  // Every participant scores a use case every 250 ms: 240 scores a second, far above a room.
  await new Promise((r) => setTimeout(r, 250));
}
const expected = PARTICIPANTS * USE_CASES;
while (latencies.length < expected && performance.now() - started < DEADLINE_MS)
  await new Promise((r) => setTimeout(r, 100));
const sorted = [...latencies].sort((a, b) => a - b);
const memory = process.memoryUsage();
const result = {
  participants: PARTICIPANTS,
  useCases: USE_CASES,
  received: `${latencies.length} of ${expected}`,
  medianMs: Math.round(percentile(sorted, 0.5)),
  p95Ms: Math.round(percentile(sorted, 0.95)),
  totalSeconds: Math.round((performance.now() - started) / 100) / 10,
  serverRssMB: Math.round(memory.rss / 1e6),
  heapUsedMB: Math.round(memory.heapUsed / 1e6),
  heapBeforeScoringMB: Math.round(memoryBefore.heapUsed / 1e6),
  note: 'server and the 120 providers share this process: memory is an upper bound',
};
console.log(JSON.stringify(result, null, 2));
for (const { participant, facilitator } of pairs) {
  participant.p.destroy();
  facilitator.p.destroy();
}
await server.close();
rmSync(folder, { recursive: true, force: true });
process.exit(result.p95Ms < 500 && latencies.length === expected ? 0 : 1);
