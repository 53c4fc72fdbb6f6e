import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { secondOpinion } from '../../domain/ranking/topsis';
import type { Workspace } from '../../domain/schema/workspace';
import { useFormatters } from '../../ui/format';
import styles from './second-opinion.module.css';
import { DataTable } from '../../ui/data-table';

/** The TOPSIS second opinion on the decision of this workspace, as it is now. */
function useSecondOpinion(workspace: Workspace) {
  // The workspace's one decision, as every screen reads it; TOPSIS only re-orders its scores.
  const data = useWorkspaceRanking(workspace.id);
  const decision = data?.decision;
  return useMemo(() => (decision ? secondOpinion(decision) : undefined), [decision]);
}

/** TOPSIS next to the weighted sum, on the same scores and weights (docs/decision-model.md). */
export function SecondOpinionPanel({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const opinion = useSecondOpinion(workspace);
  if (opinion === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (opinion.order.length < 2) return <p>{t('secondOpinion.tooFew')}</p>;
  return (
    <section aria-labelledby="second-opinion-title">
      <h2 id="second-opinion-title">{t('secondOpinion.title')}</h2>
      <p>{t('secondOpinion.lead')}</p>
      <p data-testid="second-opinion-tau">
        {t('secondOpinion.tau', { tau: format.decimal(opinion.tau) })}
      </p>
      <h3>{t('secondOpinion.moversTitle')}</h3>
      {opinion.movers.length === 0 ? (
        <p>{t('secondOpinion.noMover')}</p>
      ) : (
        <ul data-testid="second-opinion-movers">
          {opinion.movers.map((m) => (
            <li key={m.id}>
              {t(m.shift > 0 ? 'secondOpinion.rises' : 'secondOpinion.drops', {
                title: m.title,
                from: m.weightedRank,
                to: m.topsisRank,
                criterion: t(`criteria.${m.criterion}.label`),
              })}
            </li>
          ))}
        </ul>
      )}
      <DataTable
        className={styles.table}
        caption={t('secondOpinion.tableCaption')}
        rows={opinion.order}
        rowKey={(s) => s.id}
        columns={[
          { label: t('secondOpinion.topsisRank'), cell: (s) => format.integer(s.rank) },
          { label: t('secondOpinion.useCase'), rowHeader: true, cell: (s) => s.title },
          { label: t('secondOpinion.closeness'), cell: (s) => format.decimal(s.closeness) },
          { label: t('secondOpinion.weightedRank'), cell: (s) => format.integer(s.weightedRank) },
        ]}
      />
    </section>
  );
}
