import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupScoringData } from '../../data/use-group-scoring';
import type { WorkspaceDecision } from '../../domain/decision/decide-workspace';
import { divergenceKey, listDivergences } from '../../domain/scoring/divergences';
import type { CriterionId } from '../../domain/schema/criterion';
import { EmptyState } from '../../ui/page-header';
import { CheckField } from '../../ui/check-field';
import { DivergenceItem } from './divergence-item';
import styles from './group-scoring.module.css';

/**
 * The workshop view: every criterion flagged "to discuss" across use cases, most divergent first,
 * with each participant's score and rationale side by side, and how the group resolved it.
 */
export function WorkshopView({
  data,
  decision,
}: {
  data: GroupScoringData;
  /** The workspace's decision: the group's score of each criterion. */
  decision: WorkspaceDecision | undefined;
}) {
  const { t } = useTranslation();
  const [showResolved, setShowResolved] = useState(true);
  const divergences = useMemo(() => {
    // Agreements stay listed (to revise or withdraw) even if the scores moved closer since.
    const agreed = new Set(
      [...data.agreed.values()].flatMap((m) =>
        [...m.values()].map((a) => divergenceKey(a.useCaseId, a.criterion)),
      ),
    );
    return listDivergences(
      data.useCases,
      data.scorecards,
      data.participants.map((p) => p.id),
      data.workspace.language,
      agreed,
    );
  }, [data]);
  const isResolved = (useCaseId: string, criterion: CriterionId) =>
    data.agreed.get(useCaseId)?.has(criterion) ?? false;
  const resolvedCount = divergences.filter((d) => isResolved(d.useCaseId, d.criterion)).length;
  const shown = showResolved
    ? divergences
    : divergences.filter((d) => !isResolved(d.useCaseId, d.criterion));

  return (
    <section aria-labelledby="workshop-heading">
      <h2 id="workshop-heading">{t('groupScoring.workshopTitle')}</h2>
      <div className={styles.toolbar}>
        <p className={styles.summary} aria-live="polite">
          {t('groupScoring.workshopSummary', {
            count: divergences.length - resolvedCount,
            resolved: resolvedCount,
          })}
        </p>
        <CheckField className={styles.check} checked={showResolved} onChange={setShowResolved}>
          {t('groupScoring.showResolved')}
        </CheckField>
      </div>
      {divergences.length === 0 ? (
        <EmptyState>{t('groupScoring.noDivergence')}</EmptyState>
      ) : (
        <ol className={styles.divergences}>
          {shown.map((d) => (
            <DivergenceItem
              key={`${d.useCaseId}/${d.criterion}`}
              divergence={d}
              data={data}
              agreed={data.agreed.get(d.useCaseId)?.get(d.criterion)}
              groupScore={decision?.byId.get(d.useCaseId)?.scores[d.criterion]}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
