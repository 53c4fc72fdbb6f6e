import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { usePlacedInWave } from '../../data/use-placed-in-wave';
import { database } from '../../db/database';
import { setUseCaseStatus } from '../../db/repositories/use-cases';
import type { UseCaseDecision } from '../../domain/decision/decide-workspace';
import { suggestStatus } from '../../domain/qualification/status-transitions';
import type { UseCase } from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { useToast } from '../../ui/toast';
import styles from './use-cases.module.css';

/** Where a dismissed suggestion is remembered (on this device): one per use case and status. */
const dismissedKey = (useCaseId: string, status: string) =>
  `clarte.statusSuggestion.dismissed.${useCaseId}.${status}`;

function isDismissed(useCaseId: string, status: string): boolean {
  try {
    return window.localStorage.getItem(dismissedKey(useCaseId, status)) === '1';
  } catch {
    return false;
  }
}

/**
 * Issue 16 item 5: a quiet suggestion when the work implies the next status ("Move to Scored?"
 * and why), to accept or dismiss; a person may still set any status by hand.
 */
export function StatusSuggestion({
  workspaceId,
  useCase,
  decision,
}: {
  workspaceId: string;
  useCase: UseCase;
  decision: UseCaseDecision | undefined;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const inWave = usePlacedInWave(workspaceId, useCase.id);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  if (!decision || inWave === undefined) return null;
  const suggestion = suggestStatus({
    status: useCase.status,
    standing: decision.standing,
    clear: decision.clarity.clear,
    inWave,
  });
  if (!suggestion) return null;
  const key = dismissedKey(useCase.id, suggestion.status);
  if (dismissed.includes(key) || isDismissed(useCase.id, suggestion.status)) return null;
  const status = t(`status.${suggestion.status}`);
  return (
    <section
      className={styles.statusSuggestion}
      aria-label={t('statusSuggestion.label')}
      data-editing-chrome=""
    >
      <p>
        <strong>{t('statusSuggestion.question', { status })}</strong>{' '}
        {t(`statusSuggestion.why.${suggestion.reason}`)}
      </p>
      <Button
        small
        variant="primary"
        onPress={() => {
          void setUseCaseStatus(database(), change(), useCase.id, suggestion.status).then(() =>
            toast({ message: t('statusSuggestion.moved', { status }) }),
          );
        }}
      >
        {t('statusSuggestion.accept', { status })}
      </Button>
      <Button
        small
        variant="quiet"
        onPress={() => {
          try {
            window.localStorage.setItem(key, '1');
          } catch {
            // Not remembered beyond this page (storage refused): dismissed for now all the same.
          }
          setDismissed((d) => [...d, key]);
        }}
      >
        {t('statusSuggestion.dismiss')}
      </Button>
    </section>
  );
}
