import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupScoringData } from '../../data/use-group-scoring';
import type { WorkspaceDecision } from '../../domain/decision/decide-workspace';
import { divergenceKey, listDivergences, type Divergence } from '../../domain/scoring/divergences';
import { EmptyState } from '../../ui/page-header';
import { CheckField } from '../../ui/check-field';
import { Pager, usePage } from '../../ui/pager';
import { DivergenceItem } from './divergence-item';
import styles from './group-scoring.module.css';

/** Flagged criteria shown at once: a large workspace has thousands. */
export const DIVERGENCES_PER_PAGE = 50;

/** The divergences of one group-scoring data (shared while its records last), listed once. */
const listed = new WeakMap<GroupScoringData, Divergence[]>();

function divergencesOf(data: GroupScoringData): Divergence[] {
  const known = listed.get(data);
  if (known) return known;
  // Agreements stay listed (to revise or withdraw) even if the scores moved closer since.
  const agreed = new Set(
    [...data.agreed.values()].flatMap((m) =>
      [...m.values()].map((a) => divergenceKey(a.useCaseId, a.criterion)),
    ),
  );
  const divergences = listDivergences(
    data.useCases,
    data.scorecards,
    data.participants.map((p) => p.id),
    data.workspace.language,
    agreed,
  );
  listed.set(data, divergences);
  return divergences;
}

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
  const divergences = divergencesOf(data);
  const resolvedCount = useMemo(
    () => divergences.filter((d) => data.agreed.get(d.useCaseId)?.has(d.criterion)).length,
    [divergences, data],
  );
  const shown = useMemo(
    () =>
      showResolved
        ? divergences
        : divergences.filter((d) => !data.agreed.get(d.useCaseId)?.has(d.criterion)),
    [divergences, data, showResolved],
  );
  const paging = usePage(shown, DIVERGENCES_PER_PAGE);
  const pager = <Pager paging={paging} label={t('groupScoring.workshopTitle')} />;

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
        <>
          {pager}
          <ol className={styles.divergences} start={paging.from + 1}>
            {paging.items.map((d) => (
              <DivergenceItem
                key={`${d.useCaseId}/${d.criterion}`}
                divergence={d}
                data={data}
                agreed={data.agreed.get(d.useCaseId)?.get(d.criterion)}
                groupScore={decision?.byId.get(d.useCaseId)?.scores[d.criterion]}
              />
            ))}
          </ol>
          {pager}
        </>
      )}
    </section>
  );
}
