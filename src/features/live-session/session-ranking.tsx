import { useTranslation } from 'react-i18next';
import type { UseCaseDecision, WorkspaceDecision } from '../../domain/decision/decide-workspace';
import { useFormatters } from '../../ui/format';
import styles from './live-session.module.css';
import { DataTable } from '../../ui/data-table';

/**
 * The session's use cases as the decision function ranks them (decided order, overrides
 * applied); those still blind show "awaiting reveal", never a score.
 */
export function SessionRanking({
  decision,
  useCaseIds,
}: {
  decision: WorkspaceDecision;
  useCaseIds: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const inSession = new Set(useCaseIds);
  // The ranked first, in the decided order, then the others (still blind or to score).
  const rows: UseCaseDecision[] = [
    ...decision.decided.filter((u) => inSession.has(u.id)),
    ...useCaseIds.flatMap((id) => {
      const u = decision.byId.get(id);
      return u && u.standing !== 'ranked' ? [u] : [];
    }),
  ];
  const overall = (u: UseCaseDecision) => {
    if (u.standing === 'ranked') return u.overall === null ? '' : f.score(u.overall);
    return t(u.standing === 'awaitingReveal' ? 'liveSession.awaiting' : 'liveSession.toScore');
  };
  return (
    <>
      <h2>{t('liveSession.ranking')}</h2>
      <DataTable
        className={styles.table}
        testId="session-ranking"
        rows={rows}
        rowKey={(u) => u.id}
        rowProps={(u) => ({ 'data-use-case': u.standing === 'ranked' ? u.id : undefined })}
        columns={[
          { label: t('liveSession.rank'), cell: (u) => u.decidedRank },
          { label: t('liveSession.useCase'), cell: (u) => u.title },
          { label: t('liveSession.overall'), cell: overall },
        ]}
      />
    </>
  );
}
