import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionBoard } from '../../data/use-decisions';
import type { WorkspaceRanking } from '../../data/use-ranking';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { Pager, usePage } from '../../ui/pager';
import { describeOverride, type Names } from './decision-texts';
import styles from './exceptions.module.css';
import { DataTable } from '../../ui/data-table';

/** "Where the model and people disagree": every override in force, computed and decided side by side. */
export function OverridesList({
  data,
  board,
  names,
}: {
  data: WorkspaceRanking;
  board: DecisionBoard;
  names: Names;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { date } = f;
  const ws = data.workspace.id;
  const rankOf = (id: string) => data.decision.byId.get(id)?.rank;
  const paging = usePage(board.overrides, 50);
  return (
    <Card>
      <h2>{t('exceptions.overridesTitle')}</h2>
      <p className={styles.hint} data-testid="overrides-count">
        {t('exceptions.overridesLead', { count: board.overrides.length })}{' '}
        {board.withdrawnOverrides.length > 0
          ? t('exceptions.withdrawnCount', { count: board.withdrawnOverrides.length })
          : null}
      </p>
      {board.overrides.length === 0 ? (
        <p>{t('exceptions.noOverride')}</p>
      ) : (
        <>
          <Pager paging={paging} label={t('exceptions.overridesTable')} />
          <DataTable
            className={styles.table}
            label={t('exceptions.overridesTable')}
            scroll={t('exceptions.overridesTable')}
            rows={paging.items}
            rowKey={(o) => o.id}
            columns={[
              {
                label: t('exceptions.useCase'),
                cell: (o) => (
                  <Link to={`/w/${ws}/use-cases/${o.useCaseId}/explanation`}>
                    {names.useCase(o.useCaseId)}
                  </Link>
                ),
              },
              {
                label: t('exceptions.decision'),
                cell: (o) => describeOverride(o, t, data.workspace.topK, board.waves),
              },
              {
                label: t('exceptions.computed'),
                cellClassName: styles.number,
                cell: (o) => rankOf(o.useCaseId) ?? t('common.none'),
              },
              {
                label: t('exceptions.decided'),
                cellClassName: styles.number,
                cell: (o) => board.decided.get(o.useCaseId)?.decidedRank ?? t('common.none'),
              },
              { label: t('exceptions.reason'), cell: (o) => o.reason },
              {
                label: t('exceptions.author'),
                cell: (o) => (
                  <>
                    {o.author}
                    <br />
                    <span className={styles.meta}>
                      {o.owner
                        ? t('exceptions.ownerIs', { owner: o.owner })
                        : t('exceptions.noOwner')}
                    </span>
                  </>
                ),
              },
              {
                label: t('exceptions.reviewDateColumn'),
                cell: (o) => (o.reviewDate ? date(o.reviewDate) : t('exceptions.noReviewDate')),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
