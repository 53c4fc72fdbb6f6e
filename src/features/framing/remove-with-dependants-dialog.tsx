import { useTranslation } from 'react-i18next';
import { useDependantRecords, useRemovalWrites } from '../../data/use-dependants';
import type { DependantTarget } from '../../domain/dependants/dependants';
import type { Participant } from '../../domain/schema/participant';
import { DependantsDialog } from '../../ui/dependants-dialog';

interface Props {
  workspaceId: string;
  /** A department, KPI or participant of the workspace. */
  target: DependantTarget;
  name: string;
  title: string;
  onClose: () => void;
}

/**
 * Removing a department, a KPI or a participant of Framing: says what depends on it, lets the
 * person move them to another one or remove them (a person's scores: keep or delete), and offers
 * Undo from the notice.
 */
export function RemoveWithDependantsDialog({ workspaceId, target, ...props }: Props) {
  const records = useDependantRecords(workspaceId);
  const writes = useRemovalWrites(workspaceId);
  if (!records) return null;
  return (
    <DependantsDialog
      {...props}
      target={target}
      records={records}
      onRemove={(choice) => writes.remove(target, choice)}
      onUndo={writes.undo}
    />
  );
}

/**
 * Removing a participant says which use cases they scored; the person chooses explicitly whether
 * their scorecards are kept (they still count) or deleted, and may undo it from the notice.
 */
export function RemoveParticipantDialog({
  participant,
  onClose,
}: {
  participant: Participant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <RemoveWithDependantsDialog
      workspaceId={participant.workspaceId}
      target={{ kind: 'participant', id: participant.id }}
      name={participant.name}
      title={t('participants.removeTitle', { name: participant.name })}
      onClose={onClose}
    />
  );
}
