import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { setScoresRevealed } from '../../db/repositories/group-scoring';
import type { UseCase } from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import styles from './scoring.module.css';

/** Blind scoring: the facilitator reveals the participants' scores of this use case, or hides them again. */
export function RevealBar({ useCase, scoredCount }: { useCase: UseCase; scoredCount: number }) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const f = useFormatters();
  const revealed = useCase.scoresRevealedAt !== null;
  return (
    <div className={styles.revealBar} role="region" aria-label={t('groupScoring.blindRegion')}>
      <p>
        {revealed
          ? t('groupScoring.revealedAt', { at: f.dateTime(useCase.scoresRevealedAt ?? '') })
          : t('groupScoring.hiddenLead', { count: scoredCount })}
      </p>
      <Button
        variant={revealed ? 'default' : 'primary'}
        onPress={() => void setScoresRevealed(database(), change(), useCase.id, !revealed)}
      >
        {revealed ? t('groupScoring.hideAgain') : t('groupScoring.reveal')}
      </Button>
    </div>
  );
}
