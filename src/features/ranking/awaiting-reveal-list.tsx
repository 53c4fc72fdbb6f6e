import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { revealAllScores } from '../../db/repositories/group-scoring';
import type { UseCaseDecision } from '../../domain/decision/decide-workspace';
import { Button } from '../../ui/button';
import { UnrankedList } from './unranked-list';

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
  return (
    <UnrankedList
      id="awaiting-reveal-title"
      workspaceId={workspaceId}
      title={t('decision.awaitingTitle', { count: items.length })}
      lead={t('decision.awaitingLead')}
      action={
        <p>
          <Button onPress={() => void revealAllScores(database(), change(), workspaceId)}>
            {t('decision.revealAll')}
          </Button>
        </p>
      }
      rows={items}
      column={{
        id: 'scored',
        header: t('decision.scoredColumn'),
        cell: (u) => t('decision.scoredOf', { scored: u.raters, of: participants }),
      }}
    />
  );
}
