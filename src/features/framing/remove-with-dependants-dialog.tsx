import { useTranslation } from 'react-i18next';
import { useDependantRecords, useRemovalWrites } from '../../data/use-dependants';
import type { Participant } from '../../domain/schema/participant';
import { DependantsDialog } from '../../ui/dependants-dialog';

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
  const records = useDependantRecords(participant.workspaceId);
  const writes = useRemovalWrites(participant.workspaceId);
  if (!records) return null;
  const target = { kind: 'participant', id: participant.id } as const;
  return (
    <DependantsDialog
      title={t('participants.removeTitle', { name: participant.name })}
      name={participant.name}
      target={target}
      records={records}
      onRemove={(choice) => writes.remove(target, choice)}
      onUndo={writes.undo}
      onClose={onClose}
    />
  );
}
