import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionBoard } from '../../data/use-decisions';
import type { WorkspaceRanking } from '../../data/use-ranking';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { Pager, usePage } from '../../ui/pager';
import { describeOverride, type Names } from './decision-texts';
import styles from './exceptions.module.css';
import { TableScroll } from '../../ui/table-scroll';
import { ColumnHeads } from '../../ui/column-heads';

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
  const rankOf = (id: string) => data.decision.ranked.find((r) => r.id === id)?.rank;
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
          <TableScroll label={t('exceptions.overridesTable')}>
            <table className={styles.table} aria-label={t('exceptions.overridesTable')}>
              <ColumnHeads
                columns={[
                  t('exceptions.useCase'),
                  t('exceptions.decision'),
                  t('exceptions.computed'),
                  t('exceptions.decided'),
                  t('exceptions.reason'),
                  t('exceptions.author'),
                  t('exceptions.reviewDateColumn'),
                ]}
              />
              <tbody>
                {paging.items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/w/${ws}/use-cases/${o.useCaseId}/explanation`}>
                        {names.useCase(o.useCaseId)}
                      </Link>
                    </td>
                    <td>{describeOverride(o, t, data.workspace.topK, board.waves)}</td>
                    <td className={styles.number}>{rankOf(o.useCaseId) ?? t('common.none')}</td>
                    <td className={styles.number}>
                      {board.decided.get(o.useCaseId)?.decidedRank ?? t('common.none')}
                    </td>
                    <td>{o.reason}</td>
                    <td>
                      {o.author}
                      <br />
                      <span className={styles.meta}>
                        {o.owner
                          ? t('exceptions.ownerIs', { owner: o.owner })
                          : t('exceptions.noOwner')}
                      </span>
                    </td>
                    <td>{o.reviewDate ? date(o.reviewDate) : t('exceptions.noReviewDate')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </Card>
  );
}
