import { useEffect } from 'react';
import type { Workshop } from '../../domain/schema/workshop';
import { isShortcut, toggleProjector } from '../../ui/projector';
import { WorkshopBar } from './workshop-bar';
import './projector.css';

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
  return running ? <WorkshopBar workspaceId={workspaceId} workshop={running} /> : null;
}
