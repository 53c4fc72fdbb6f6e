import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../../data/use-workspaces';
import { explainRank, type RankExplanation } from '../../domain/explanation/explain-rank';
import type { RankedUseCase, Ranking } from '../../domain/ranking/rank-use-cases';
import type { CriterionValues } from '../../domain/scoring/score-use-case';
import type { UseCase } from '../../domain/schema/use-case';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import styles from './decisions.module.css';

const SHOWN_SEPARATIONS = 3;

/** The raw score of every criterion of each ranked use case, as the ranking used them. */
function valuesOf(ranking: Ranking): Map<string, CriterionValues> {
  return new Map(ranking.ranked.map((r) => [r.id, r.values]));
}

interface NeighbourProps {
  side: 'above' | 'below';
  self: RankedUseCase;
  explanation: RankExplanation;
  workspaceId: string;
}

/** The neighbour on one side, what separates this use case from it, and the swap that would do. */
function sideOf({ side, explanation: e }: NeighbourProps) {
  return side === 'above'
    ? { other: e.above, separations: e.separatesFromAbove, swap: e.swapWithAbove }
    : { other: e.below, separations: e.separatesFromBelow, swap: e.swapWithBelow };
}

function Neighbour(props: NeighbourProps) {
  const { side, self, workspaceId } = props;
  const { other, separations, swap } = sideOf(props);
  const { t } = useTranslation();
  const f = useFormatters();
  const shown = separations.filter((s) => s.gap !== 0).slice(0, SHOWN_SEPARATIONS);
  return (
    <div className={styles.neighbour} data-testid={`why-here-${side}`}>
      <h3>{t(`whyHere.${side}`)}</h3>
      {other === null ? (
        <p>
          {t('whyHere.none', { place: t(side === 'above' ? 'whyHere.first' : 'whyHere.last') })}
        </p>
      ) : (
        <>
          <p>
            <Link to={`/w/${workspaceId}/use-cases/${other.id}/explanation`}>
              {t('whyHere.neighbour', {
                rank: other.rank,
                title: other.title,
                overall: f.score(other.overall),
              })}
            </Link>
          </p>
          {shown.length === 0 ? (
            <p>{t('whyHere.noGap')}</p>
          ) : (
            <>
              <p className={styles.hint}>{t('whyHere.separatedBy')}</p>
              <ul className={styles.separations}>
                {shown.map((s) => (
                  <li key={s.criterion}>
                    {t('whyHere.gapFor', {
                      criterion: t(`criteria.${s.criterion}.label`),
                      name: s.gap > 0 ? self.title : other.title,
                      gap: f.rawScore(Math.abs(s.gap)),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className={styles.swap} data-testid={`why-here-swap-${side}`}>
            {swap
              ? t(side === 'above' ? 'whyHere.swapAbove' : 'whyHere.swapBelow', {
                  criterion: t(`criteria.${swap.criterion}.label`),
                  from: f.rawScore(swap.from),
                  to: f.rawScore(swap.to),
                  other: other.title,
                })
              : t('whyHere.noSwap')}
          </p>
        </>
      )}
    </div>
  );
}

/** "Why here?" (SCORING.md section 7): the neighbours of a rank and what would swap them. */
export function WhyHere({
  ranking,
  useCase,
  workspaceId,
}: {
  ranking: Ranking;
  useCase: UseCase;
  workspaceId: string;
}) {
  const { t } = useTranslation();
  const workspace = useWorkspace(workspaceId);
  const values = useMemo(() => valuesOf(ranking), [ranking]);
  const explanation = useMemo(
    () =>
      workspace
        ? explainRank(ranking, values, workspace.weights, useCase.id, workspace.language)
        : null,
    [ranking, values, workspace, useCase.id],
  );
  const self = ranking.ranked.find((r) => r.id === useCase.id);
  if (!explanation || !self) return null;
  const both = { self, explanation, workspaceId };
  return (
    <Card>
      <h2>{t('whyHere.title')}</h2>
      <p className={styles.hint}>
        {t('whyHere.lead', { rank: explanation.rank, total: ranking.ranked.length })}
      </p>
      <div className={styles.neighbours}>
        {(['above', 'below'] as const).map((side) => (
          <Neighbour key={side} side={side} {...both} />
        ))}
      </div>
    </Card>
  );
}
