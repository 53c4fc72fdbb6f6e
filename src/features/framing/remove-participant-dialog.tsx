import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { removeParticipant, type ScorecardsOnRemoval } from '../../db/repositories/participants';
import type { Participant } from '../../domain/schema/participant';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import styles from './framing.module.css';

/**
 * Removing a participant asks first; when they scored, the person chooses explicitly whether
 * their scorecards are kept (they still count) or deleted.
 */
export function RemoveParticipantDialog({
  participant,
  scoredCount,
  onClose,
}: {
  participant: Participant;
  scoredCount: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const [choice, setChoice] = useState<ScorecardsOnRemoval | null>(scoredCount > 0 ? null : 'keep');
  const remove = async () => {
    if (choice === null) return;
    await removeParticipant(database(), change(), participant.id, choice);
    toast({ message: t('participants.removed', { name: participant.name }) });
    onClose();
  };
  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('participants.removeTitle', { name: participant.name })}
      role="alertdialog"
    >
      {scoredCount > 0 ? (
        <fieldset className={styles.choicesBlock}>
          <legend>
            {t('participants.removeScored', { count: scoredCount, name: participant.name })}
          </legend>
          {(['keep', 'delete'] as const).map((c) => (
            <label key={c} className={styles.check}>
              <input
                type="radio"
                name="scorecards"
                value={c}
                checked={choice === c}
                onChange={() => setChoice(c)}
              />
              {t(`participants.scorecards.${c}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>{t('participants.removeUnscored', { name: participant.name })}</p>
      )}
      <DialogActions>
        <Button autoFocus onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" isDisabled={choice === null} onPress={() => void remove()}>
          {t('participants.remove')}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
