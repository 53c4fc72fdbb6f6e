import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  participantDocumentName,
  participantEntriesSchema,
  sharedDocumentName,
  sharedEntriesSchema,
  type ParticipantEntries,
  type SharedEntries,
} from '../../domain/live/live-documents';
import type { CriterionScores } from '../../domain/schema/scorecard';
import { openLiveDocument, openLiveSocket, type LiveDocument } from './live-connection';

/** What a participant keeps on their device to come back to the session (this browser only). */
export interface ParticipantPass {
  participantId: string;
  token: string;
  name: string;
}

const passKey = (sessionId: string) => `clarte-live:${sessionId}`;

export function readPass(sessionId: string): ParticipantPass | null {
  try {
    const text = window.localStorage.getItem(passKey(sessionId));
    return text ? (JSON.parse(text) as ParticipantPass) : null;
  } catch {
    return null;
  }
}

export function keepPass(sessionId: string, pass: ParticipantPass | null): void {
  if (pass) window.localStorage.setItem(passKey(sessionId), JSON.stringify(pass));
  else window.localStorage.removeItem(passKey(sessionId));
}

/** Forgets a participant's pass and the scores this device kept for them (their name was freed). */
export function forgetPass(sessionId: string, pass: ParticipantPass): void {
  keepPass(sessionId, null);
  window.indexedDB.deleteDatabase(participantDocumentName(sessionId, pass.participantId));
}

export type Delivery = 'saved' | 'pending' | 'offline';

/**
 * A participant's side: the shared document (read only: use cases, scales, reveal, agreements)
 * and their own document, kept on the device (y-indexeddb) so that scoring goes on offline and
 * reaches the server when the network is back.
 */
export function useParticipantSession(sessionId: string, pass: ParticipantPass) {
  const [shared, setShared] = useState<SharedEntries>({});
  const [mine, setMine] = useState<ParticipantEntries>({});
  const [delivery, setDelivery] = useState<Delivery>('pending');
  const [refused, setRefused] = useState(false);
  const own = useRef<LiveDocument | null>(null);

  useEffect(() => {
    const socket = openLiveSocket();
    const sharedDoc = openLiveDocument(socket, sharedDocumentName(sessionId), pass.token, {
      onRefused: () => setRefused(true),
    });
    const onShared = () => {
      const parsed = sharedEntriesSchema.safeParse(sharedDoc.root.toJSON());
      if (parsed.success) setShared(parsed.data);
    };
    sharedDoc.root.observe(onShared);

    const name = participantDocumentName(sessionId, pass.participantId);
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(name, doc);
    const mineDoc = openLiveDocument(socket, name, pass.token, {
      doc,
      onRefused: () => setRefused(true),
      // The facilitator freed this name (the server's reason, server/live RELEASED).
      onClosedByServer: (reason) => {
        if (reason === 'released') setRefused(true);
      },
    });
    own.current = mineDoc;
    const onMine = () => {
      const parsed = participantEntriesSchema.safeParse(mineDoc.root.toJSON());
      if (parsed.success) setMine(parsed.data);
    };
    mineDoc.root.observe(onMine);
    void local.whenSynced.then(onMine);

    const updateDelivery = () => {
      if (!navigator.onLine) setDelivery('offline');
      else setDelivery(mineDoc.provider.hasUnsyncedChanges ? 'pending' : 'saved');
    };
    mineDoc.provider.on('unsyncedChanges', updateDelivery);
    mineDoc.provider.on('synced', updateDelivery);
    window.addEventListener('online', updateDelivery);
    window.addEventListener('offline', updateDelivery);
    const timer = window.setInterval(updateDelivery, 1000);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', updateDelivery);
      window.removeEventListener('offline', updateDelivery);
      sharedDoc.root.unobserve(onShared);
      mineDoc.root.unobserve(onMine);
      sharedDoc.destroy();
      mineDoc.destroy();
      void local.destroy();
      doc.destroy();
      socket.destroy();
      own.current = null;
    };
  }, [sessionId, pass.token, pass.participantId]);

  const score = useCallback((useCaseId: string, scores: CriterionScores) => {
    own.current?.root.set(useCaseId, scores);
  }, []);

  return { shared, mine, delivery, refused, score };
}
