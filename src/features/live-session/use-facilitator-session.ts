import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as z from 'zod';
import { changeContext } from '../../db/change-context';
import { database } from '../../db/database';
import { resolveDivergence } from '../../db/repositories/group-scoring';
import {
  markLiveSessionEnded,
  revealLiveSession,
  saveLiveSessionScores,
} from '../../db/repositories/live-sessions';
import {
  participantDocumentName,
  participantEntriesSchema,
  sharedDocumentName,
  type LiveAgreement,
  type ParticipantEntries,
  type SharedEntries,
} from '../../domain/live/live-documents';
import { divergencesOf, progressOf } from '../../domain/live/live-progress';
import type { LiveSession } from '../../domain/schema/live-session';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import {
  callLiveApi,
  openLiveDocument,
  openLiveSocket,
  type LiveDocument,
} from './live-connection';

export interface ParticipantProgress {
  id: string;
  name: string;
  scored: number;
  total: number;
}

export type FacilitatorStatus = 'connecting' | 'live' | 'ended';

const participantsAnswer = z.object({
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
});

/**
 * The facilitator's side of a live session: writes the shared document (use cases, scales,
 * reveal, agreements), follows each participant's document and writes their scorecards into
 * this machine's database through the repositories, as they arrive. Never shows their scores.
 */
export function useFacilitatorSession(
  session: LiveSession,
  workspace: Workspace,
  useCases: readonly UseCase[],
  actor: string,
) {
  const [status, setStatus] = useState<FacilitatorStatus>('connecting');
  const [progress, setProgress] = useState<ParticipantProgress[]>([]);
  const [revealed, setRevealed] = useState(false);
  const shared = useRef<LiveDocument | null>(null);
  const entries = useRef(new Map<string, { name: string; entries: ParticipantEntries }>());
  const refresh = useRef<() => void>(() => undefined);
  const poller = useRef<() => Promise<void>>(() => Promise.resolve());
  // The session record is read live: its identity changes on every read, its ids do not.
  const idsKey = session.useCaseIds.join('\n');
  const useCaseIds = useMemo(() => idsKey.split('\n'), [idsKey]);
  const { id: sessionId, facilitatorToken } = session;

  const sessionUseCases = useCases.filter((u) => useCaseIds.includes(u.id));
  const sharedContent: SharedEntries = {
    language: workspace.language,
    workspaceName: workspace.name,
    useCases: sessionUseCases.map((u) => ({
      id: u.id,
      title: u.title,
      description: u.description.slice(0, 5000),
    })),
    scales: workspace.criterionTexts,
  };
  const contentKey = JSON.stringify(sharedContent);

  const publishDivergences = useCallback(() => {
    const root = shared.current?.root;
    if (!root || root.get('revealed') !== true) return;
    const all = [...entries.current.values()].map((p) => p.entries);
    root.set('divergences', divergencesOf(all, useCaseIds));
  }, [useCaseIds]);

  useEffect(() => {
    const socket = openLiveSocket();
    const participantDocs = new Map<string, LiveDocument>();
    const imported = new Map<string, string>();
    let importing: Promise<void> = Promise.resolve();
    let stopped = false;

    refresh.current = () =>
      setProgress(
        [...entries.current.entries()].map(([id, p]) => ({
          id,
          name: p.name,
          ...progressOf(p.entries, useCaseIds),
        })),
      );

    shared.current = openLiveDocument(socket, sharedDocumentName(sessionId), facilitatorToken, {
      onSynced: () => setStatus('live'),
      onRefused: () => setStatus('ended'),
    });
    const sharedRoot = shared.current.root;
    const onShared = () => setRevealed(sharedRoot.get('revealed') === true);
    sharedRoot.observe(onShared);

    function follow(id: string, name: string) {
      const live = openLiveDocument(
        socket,
        participantDocumentName(sessionId, id),
        facilitatorToken,
      );
      participantDocs.set(id, live);
      entries.current.set(id, { name, entries: {} });
      live.root.observe(() => {
        const parsed = participantEntriesSchema.safeParse(live.root.toJSON());
        if (!parsed.success) return;
        entries.current.set(id, { name, entries: parsed.data });
        refresh.current();
        publishDivergences();
        for (const [useCaseId, scores] of Object.entries(parsed.data)) {
          const key = `${id}/${useCaseId}`;
          const text = JSON.stringify(scores);
          if (imported.get(key) === text) continue;
          imported.set(key, text);
          importing = importing.then(() =>
            saveLiveSessionScores(database(), changeContext(name), useCaseId, scores).catch(
              (error: unknown) => console.error('live session: scores not saved', error),
            ),
          );
        }
      });
      refresh.current();
    }

    async function poll() {
      const answer = await callLiveApi(`sessions/${sessionId}/participants`, {
        token: facilitatorToken,
      });
      if (stopped) return;
      if (answer.status === 401 || answer.status === 404) setStatus('ended');
      const parsed = participantsAnswer.safeParse(answer.body);
      if (!parsed.success) return;
      for (const p of parsed.data.participants)
        if (!participantDocs.has(p.id)) follow(p.id, p.name);
      // A participant who left (or whose name was freed) is no longer followed nor counted.
      const present = new Set(parsed.data.participants.map((p) => p.id));
      for (const [id, live] of participantDocs) {
        if (present.has(id)) continue;
        live.destroy();
        participantDocs.delete(id);
        entries.current.delete(id);
        refresh.current();
        publishDivergences();
      }
    }
    poller.current = poll;
    void poll();
    const timer = window.setInterval(() => void poll(), 1500);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      sharedRoot.unobserve(onShared);
      for (const d of participantDocs.values()) d.destroy();
      shared.current?.destroy();
      shared.current = null;
      socket.destroy();
    };
  }, [sessionId, facilitatorToken, useCaseIds, publishDivergences]);

  // The shared document follows the workspace: titles, descriptions and scales of the session.
  useEffect(() => {
    const root = shared.current?.root;
    if (status !== 'live' || !root) return;
    const content = JSON.parse(contentKey) as SharedEntries;
    root.doc?.transact(() => {
      for (const [key, value] of Object.entries(content)) root.set(key, value);
      if (root.get('revealed') === undefined) root.set('revealed', false);
    });
  }, [status, contentKey]);

  const reveal = useCallback(async () => {
    shared.current?.root.set('revealed', true);
    publishDivergences();
    await revealLiveSession(database(), changeContext(actor), useCaseIds);
  }, [actor, useCaseIds, publishDivergences]);

  const recordAgreement = useCallback(
    async (agreement: LiveAgreement) => {
      await resolveDivergence(database(), changeContext(actor), agreement.useCaseId, {
        criterion: agreement.criterion,
        agreedScore: agreement.agreedScore,
        note: agreement.note,
      });
      const root = shared.current?.root;
      const before = (root?.get('agreements') as LiveAgreement[] | undefined) ?? [];
      root?.set('agreements', [...before, agreement]);
    },
    [actor],
  );

  /** Frees a participant's name; false when the server could not be reached. */
  const release = useCallback(
    async (participantId: string) => {
      const answer = await callLiveApi(`sessions/${sessionId}/participants/${participantId}`, {
        method: 'DELETE',
        token: facilitatorToken,
      });
      if (answer.status !== 204 && answer.status !== 404) return false;
      await poller.current();
      return true;
    },
    [sessionId, facilitatorToken],
  );

  const end = useCallback(async () => {
    await callLiveApi(`sessions/${sessionId}`, { method: 'DELETE', token: facilitatorToken });
    await markLiveSessionEnded(database(), changeContext(actor), sessionId);
  }, [actor, sessionId, facilitatorToken]);

  return { status, progress, revealed, reveal, recordAgreement, release, end };
}
