import { useTranslation } from 'react-i18next';
import type { UnscoredUseCase } from '../../domain/ranking/rank-use-cases';
import { useFormatters } from '../../ui/format';
import { UnrankedList } from './unranked-list';

/** Use cases with an unset criterion: never ranked, each with what is missing. */
export function ToScoreList({
  workspaceId,
  items,
}: {
  workspaceId: string;
  items: readonly UnscoredUseCase[];
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (items.length === 0) return null;
  return (
    <UnrankedList
      id="to-score-title"
      workspaceId={workspaceId}
      title={t('ranking.toScoreTitle', { count: items.length })}
      lead={t('ranking.toScoreLead')}
      rows={items}
      column={{
        id: 'missing',
        header: t('ranking.missing'),
        cell: (u) => (
          <span title={f.list(u.missing.map((c) => t(`criteria.${c}.label`)))}>
            {f.list(u.missing.map((c) => t(`criteria.${c}.label`)))}
          </span>
        ),
      }}
    />
  );
}
