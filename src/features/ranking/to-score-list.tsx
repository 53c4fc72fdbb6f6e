import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnscoredUseCase } from '../../domain/ranking/rank-use-cases';
import { useFormatters } from '../../ui/format';
import { VirtualTable } from '../../ui/virtual-table';
import styles from './ranking.module.css';

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
    <section className={styles.toScore} aria-labelledby="to-score-title">
      <h2 id="to-score-title">{t('ranking.toScoreTitle', { count: items.length })}</h2>
      <p className={styles.hint}>{t('ranking.toScoreLead')}</p>
      <VirtualTable
        label={t('ranking.toScoreTitle', { count: items.length })}
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
            id: 'missing',
            header: t('ranking.missing'),
            cell: (u) => (
              <span title={f.list(u.missing.map((c) => t(`criteria.${c}.label`)))}>
                {f.list(u.missing.map((c) => t(`criteria.${c}.label`)))}
              </span>
            ),
          },
        ]}
      />
    </section>
  );
}
