import { useTranslation } from 'react-i18next';
import type { WorkspaceDecision } from '../../domain/decision/decide-workspace';
import { useFormatters } from '../../ui/format';
import styles from './live-session.module.css';
import { ColumnHeads } from '../../ui/column-heads';

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
  const ranked = decision.decided.filter((u) => inSession.has(u.id));
  const others = useCaseIds
    .map((id) => decision.byId.get(id))
    .filter((u) => u !== undefined && u.standing !== 'ranked');
  return (
    <>
      <h2>{t('liveSession.ranking')}</h2>
      <table className={styles.table} data-testid="session-ranking">
        <ColumnHeads
          columns={[t('liveSession.rank'), t('liveSession.useCase'), t('liveSession.overall')]}
        />
        <tbody>
          {ranked.map((u) => (
            <tr key={u.id} data-use-case={u.id}>
              <td>{u.decidedRank}</td>
              <td>{u.title}</td>
              <td>{u.overall === null ? '' : f.score(u.overall)}</td>
            </tr>
          ))}
          {others.map((u) => (
            <tr key={u?.id}>
              <td />
              <td>{u?.title}</td>
              <td>
                {u?.standing === 'awaitingReveal'
                  ? t('liveSession.awaiting')
                  : t('liveSession.toScore')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
