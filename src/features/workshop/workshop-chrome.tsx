import { useEffect } from 'react';
import type { Workshop } from '../../domain/schema/workshop';
import { loadable, useLoaded } from '../../ui/loadable';
import { isShortcut, toggleProjector } from '../../ui/projector';
import './projector.css';

// The guided mode's bar (its dialogs and forms) is loaded once a workshop's timer runs: every
// screen of a workspace loads this chrome, most of them with no workshop running.
const WORKSHOP_BAR = loadable(() => import('./workshop-bar'));

function RunningWorkshopBar({
  workspaceId,
  workshop,
}: {
  workspaceId: string;
  workshop: Workshop;
}) {
  const bar = useLoaded(WORKSHOP_BAR);
  return bar ? <bar.WorkshopBar workspaceId={workspaceId} workshop={workshop} /> : null;
}

/**
 * What the workshop adds around every screen of a workspace: the key "p" that switches the
 * projector view, and the guided mode's bar while a workshop's timer runs.
 */
export default function WorkshopChrome({
  workspaceId,
  running,
}: {
  workspaceId: string;
  running: Workshop | null;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event) || event.key.toLowerCase() !== 'p' || event.shiftKey) return;
      event.preventDefault();
      toggleProjector();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return running ? <RunningWorkshopBar workspaceId={workspaceId} workshop={running} /> : null;
}
