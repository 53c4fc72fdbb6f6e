import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { revealAllScores } from '../../db/repositories/group-scoring';
import type { UseCaseDecision } from '../../domain/decision/decide-workspace';
import { Button } from '../../ui/button';
import { VirtualTable } from '../../ui/virtual-table';
import styles from './ranking.module.css';

/**
 * Blind scoring (SCORING.md section 9): use cases whose scores wait for the facilitator's reveal.
 * Not ranked, not on the matrix nor the roadmap; only how many participants scored them shows.
 */
export function AwaitingRevealList({
  workspaceId,
  items,
  participants,
}: {
  workspaceId: string;
  items: readonly UseCaseDecision[];
  participants: number;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  if (items.length === 0) return null;
  const title = t('decision.awaitingTitle', { count: items.length });
  return (
    <section className={styles.toScore} aria-labelledby="awaiting-reveal-title">
      <h2 id="awaiting-reveal-title">{title}</h2>
      <p className={styles.hint}>{t('decision.awaitingLead')}</p>
      <p>
        <Button onPress={() => void revealAllScores(database(), change(), workspaceId)}>
          {t('decision.revealAll')}
        </Button>
      </p>
      <VirtualTable
        label={title}
        rows={items}
        rowKey={(u) => u.id}
        maxHeight="40vh"
        columns={[
          {
            id: 'title',
            header: t('useCase.title'),
            cell: (u) => <Link to={`/w/${workspaceId}/use-cases/${u.id}/scores`}>{u.title}</Link>,
          },
          {
            id: 'scored',
            header: t('decision.scoredColumn'),
            cell: (u) => t('decision.scoredOf', { scored: u.raters, of: participants }),
          },
        ]}
      />
    </section>
  );
}
