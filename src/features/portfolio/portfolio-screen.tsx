import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { usePortfolio } from '../../data/use-portfolio';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { database } from '../../db/database';
import { adoptPortfolioAsRoadmap, saveChosenPortfolio } from '../../db/repositories/portfolios';
import {
  portfolioInstanceOf,
  type PortfolioInstance,
} from '../../domain/portfolio/portfolio-instance';
import type { PortfolioResult } from '../../domain/portfolio/solve-portfolio';
import type { Portfolio, PortfolioConstraints } from '../../domain/schema/portfolio';
import { Button } from '../../ui/button';
import { buttonClass } from '../../ui/button-class';
import { Card } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { useToast } from '../../ui/toast';
import { ConstraintsForm } from './constraints-form';
import { PortfolioResultView } from './portfolio-result';
import { solveOffThread, type SolveRun } from './solve-off-thread';
import { UseCaseRules, type RuleRow, type Rules } from './use-case-rules';
import styles from './portfolio.module.css';

type Solved = { result: PortfolioResult; instance: PortfolioInstance; settings: Portfolio };

/**
 * The portfolio under constraints (issue 20): budgets, people per wave, dependencies, use cases in
 * or out; the exact best set (HiGHS in a worker) next to the greedy pick, why each use case is in
 * or out, the efficient frontier; the chosen set saved as a decision and usable as the roadmap.
 */
export default function PortfolioScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const ranking = useWorkspaceRanking(workspaceId);
  const stored = usePortfolio(workspaceId);
  const context = useChangeContext();
  const toast = useToast();
  const [rules, setRules] = useState<Rules | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [solved, setSolved] = useState<Solved | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useRef<SolveRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);

  const rows = useMemo((): RuleRow[] => {
    if (!ranking) return [];
    const active = ranking.useCases.filter((u) => u.status !== 'done' && u.status !== 'abandoned');
    const rank = new Map(ranking.decision.decided.map((d) => [d.id, d.decidedRank]));
    return active
      .map((u) => ({
        id: u.id,
        title: u.title,
        rank: rank.get(u.id) ?? null,
        oneOff: u.financialEstimate.oneOffCost,
        yearly: u.financialEstimate.yearlyRunningCost,
      }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  }, [ranking]);

  if (ranking === null) return null;
  if (!ranking || !stored) return <Loading />;
  const current: Rules = rules ?? stored;
  const title = (id: string) => ranking.useCasesById.get(id)?.title ?? id;

  const solve = (constraints: PortfolioConstraints) => {
    run.current?.cancel();
    const settings: Portfolio = { ...stored, ...current, ...constraints };
    const instance = portfolioInstanceOf(ranking.decision, ranking.useCases, settings);
    setFailure(null);
    setProgress({ done: 0, total: 1 });
    const started = solveOffThread(instance, (done, total) => setProgress({ done, total }));
    run.current = started;
    started.result.then(
      (result) => {
        if (run.current !== started) return;
        setSolved({ result, instance, settings });
        if (result.status === 'failed') setFailure(t('portfolio.failed', { reason: '' }));
        setProgress(null);
      },
      (error: unknown) => {
        if (run.current !== started) return;
        setFailure(t('portfolio.failed', { reason: error instanceof Error ? error.message : '' }));
        setProgress(null);
      },
    );
  };
  const cancel = () => {
    run.current?.cancel();
    run.current = null;
    setProgress(null);
  };

  const save = async () => {
    if (!solved?.result.optimum) return;
    const { settings } = solved;
    await saveChosenPortfolio(
      database(),
      context(),
      workspaceId,
      settings,
      solved.result.optimum.chosen,
    );
    toast({ message: t('portfolio.saved') });
  };
  const adopt = async (used: boolean) => {
    await adoptPortfolioAsRoadmap(database(), context(), workspaceId, used);
    toast({ message: used ? t('portfolio.usedAsRoadmap') : t('portfolio.stopUsing') });
  };
  const objective = solved?.settings.objective ?? stored.objective;
  const figure = objective === 'yearlyBenefit' ? f.integer : f.score;

  return (
    <ScreenPage title={t('nav.portfolio')} lead={t('portfolio.lead')} className={styles.screen}>
      <Card>
        <ConstraintsForm initial={stored} busy={progress !== null} onSolve={solve} />
        {progress ? (
          <div className={styles.progress} role="status">
            <progress max={progress.total} value={progress.done} />
            <span>{t('portfolio.solving', progress)}</span>
            <Button small onPress={cancel}>
              {t('portfolio.cancel')}
            </Button>
          </div>
        ) : null}
        {failure ? <p role="alert">{failure}</p> : null}
      </Card>
      {solved ? (
        <>
          <PortfolioResultView
            result={solved.result}
            instance={solved.instance}
            title={title}
            figure={figure}
          />
          {solved.result.optimum ? (
            <div className={styles.row}>
              <Button variant="primary" onPress={() => void save()}>
                {t('portfolio.save')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
      {stored.chosenAt ? (
        <Card>
          <p data-testid="saved-portfolio">
            {t('portfolio.savedSummary', {
              count: stored.chosen.length,
              at: f.dateTime(stored.chosenAt),
            })}
          </p>
          {stored.usedAsRoadmap ? <p>{t('portfolio.usedAsRoadmap')}</p> : null}
          <div className={styles.row}>
            <Button onPress={() => void adopt(!stored.usedAsRoadmap)}>
              {stored.usedAsRoadmap ? t('portfolio.stopUsing') : t('portfolio.useAsRoadmap')}
            </Button>
            <Link className={buttonClass('quiet')} to={`/w/${workspaceId}/roadmap`}>
              {t('portfolio.openRoadmap')}
            </Link>
          </div>
        </Card>
      ) : null}
      <Card>
        <UseCaseRules rows={rows} rules={current} onChange={setRules} />
      </Card>
    </ScreenPage>
  );
}
