import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import type { RoadmapView } from '../../data/use-roadmap';
import { database } from '../../db/database';
import { moveCard } from '../../db/repositories/roadmap-moves';
import { overrideGroundsOf } from '../../domain/roadmap/move-card';
import type { OverrideReason } from '../../domain/roadmap/roadmap-inputs';
import { suggestedLocationOf } from '../../domain/roadmap/suggest-roadmap';
import { useToast } from '../../ui/toast';
import type { OverrideRequest } from './override-dialog';
import type { MoveTarget } from './roadmap-card';

/**
 * After a move (menu, drag and drop, or a reason given), the focus stays on the moved card: its
 * "Move to…" button in its new column, once the board shows it there (the old card is gone). It
 * is held there for a few frames: a closing menu or dialog gives the focus back to where it was
 * opened, the old card's button, which the board then removes.
 */
function focusMovedCard(useCaseId: string, waveId: string | null): void {
  let frames = 0;
  let held = 0;
  const inColumn = (button: HTMLElement) => {
    const column = button.closest<HTMLElement>('[data-column]')?.dataset.column;
    return waveId === null ? column === 'backlog' || column === 'out' : column === waveId;
  };
  const look = () => {
    const buttons = document.querySelectorAll<HTMLElement>(
      `[data-card="${CSS.escape(useCaseId)}"] [data-move]`,
    );
    const button = [...buttons].find(inColumn);
    if (button && document.activeElement !== button) button.focus();
    if (button) held++;
    if (held < HOLD_FRAMES && frames++ < 240) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const HOLD_FRAMES = 30;

interface Pending {
  useCaseId: string;
  target: MoveTarget;
  request: OverrideRequest;
}

/**
 * Moves cards: a plain move is written at once; a move that needs a reason (move-card.ts)
 * waits for the override dialog, and a cancel leaves the card where it was.
 */
export function useCardMoves(data: RoadmapView | null | undefined) {
  const { t } = useTranslation();
  const context = useChangeContext();
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);
  const backlog = t('roadmap.backlog');

  const nameOf = (waveId: string | null) =>
    waveId === null ? backlog : (data?.waves.find((w) => w.id === waveId)?.name ?? '');

  async function write(useCaseId: string, target: MoveTarget, answer?: OverrideReason) {
    const title = data?.useCasesById.get(useCaseId)?.title ?? '';
    await moveCard(
      database(),
      context(),
      {
        useCaseId,
        toWaveId: target.waveId,
        position: target.position,
        reason: answer?.reason ?? '',
        owner: answer?.owner ?? '',
      },
      backlog,
      data ?? undefined,
    );
    focusMovedCard(useCaseId, target.waveId);
    toast({
      message: t(answer ? 'roadmap.overridden' : 'roadmap.moved', {
        title,
        destination: nameOf(target.waveId),
      }),
    });
  }

  function move(useCaseId: string, wanted: MoveTarget) {
    if (!data) return;
    // "To the end of a wave" (AT_THE_END) is resolved here, against the waves as they are now.
    const destination = data.waves.find((w) => w.id === wanted.waveId);
    const end = destination ? destination.useCaseIds.filter((id) => id !== useCaseId).length : 0;
    const target = { ...wanted, position: Math.min(wanted.position, end) };
    const from = data.waves.find((w) => w.useCaseIds.includes(useCaseId))?.id ?? null;
    if (from === null && target.waveId === null) return;
    const suggested = suggestedLocationOf(data.suggestion, useCaseId);
    const clarity = data.facts.clarity.get(useCaseId);
    const grounds = overrideGroundsOf({
      fromWaveId: from,
      toWaveId: target.waveId,
      firstWaveId: data.waves[0]?.id ?? null,
      suggested,
      clear: clarity?.clear ?? false,
    });
    if (grounds.length === 0) {
      void write(useCaseId, target).catch(() => toast({ message: t('roadmap.moveFailed') }));
      return;
    }
    setPending({
      useCaseId,
      target,
      request: {
        title: data.useCasesById.get(useCaseId)?.title ?? '',
        destination: nameOf(target.waveId),
        suggested:
          suggested.kind === 'wave'
            ? nameOf(suggested.waveId)
            : t(suggested.kind === 'none' ? 'roadmap.nowhere' : `roadmap.${suggested.kind}`),
        clarity: clarity?.filled ?? 0,
        grounds,
      },
    });
  }

  async function confirm(answer: OverrideReason) {
    if (!pending) return;
    await write(pending.useCaseId, pending.target, answer);
    setPending(null);
  }

  // The board's cards keep one `move` whatever the data (they are not drawn again on each move):
  // it calls the latest one.
  const latest = useRef(move);
  useLayoutEffect(() => {
    latest.current = move;
  });
  const stableMove = useCallback(
    (useCaseId: string, target: MoveTarget) => latest.current(useCaseId, target),
    [],
  );

  return {
    move: stableMove,
    pending: pending?.request ?? null,
    cancel: () => setPending(null),
    confirm,
  };
}
