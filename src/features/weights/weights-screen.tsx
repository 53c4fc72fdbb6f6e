import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useWorkspaceRanking, type WorkspaceRanking } from '../../data/use-ranking';
import type { PairwiseJudgment } from '../../domain/weights/ahp';
import { PageHeader } from '../../ui/page-header';
import { answersOf, type Answers } from './pairwise-judgments';
import { PairwisePanel } from './pairwise-panel';
import { completeInputsOf } from './ranking-inputs';
import { SecondOpinionPanel } from './second-opinion-panel';
import { SensitivityPanel } from './sensitivity-panel';
import { useWeightDraft } from './use-weight-draft';
import { useWeightSets } from './use-weight-sets';
import { WeightEditor } from './weight-editor';
import { WeightSetsPanel } from './weight-sets-panel';
import styles from './weights.module.css';

/** Weights: typed, from pairwise comparisons, saved as sets, and how sensitive the ranking is. */
export default function WeightsScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const data = useWorkspaceRanking(workspaceId);
  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (data === null) return null;
  return <WeightsWorkbench data={data} />;
}

function WeightsWorkbench({ data }: { data: WorkspaceRanking }) {
  const { t } = useTranslation();
  const { workspace } = data;
  const draft = useWeightDraft(workspace.id, workspace.weights);
  const sets = useWeightSets(workspace.id) ?? [];
  // The pairwise answers the weights came from, when they did (kept with the workspace).
  const [answers, setAnswers] = useState<Answers>(() =>
    answersOf(workspace.pairwiseJudgments ?? []),
  );
  const [applied, setApplied] = useState<PairwiseJudgment[]>(
    () => workspace.pairwiseJudgments ?? [],
  );
  // The scores do not move with the weights: neither do these, nor what is computed from them.
  const inputs = useMemo(() => completeInputsOf(data.inputs), [data.inputs]);
  // The ranks when the screen opened: the mini-ranking shows how far each use case moves.
  const [reference] = useState(
    () => new Map(data.decision.ranked.map((r) => [r.id, r.rank] as const)),
  );
  const settings = useMemo(
    () => ({
      weights: draft.weights,
      thresholds: workspace.thresholds,
      locale: workspace.language,
    }),
    [draft.weights, workspace.thresholds, workspace.language],
  );

  return (
    <div>
      <PageHeader title={t('nav.weights')} lead={t('weights.lead')} />
      <Tabs className={styles.tabs}>
        <TabList aria-label={t('weights.tabsLabel')} className={styles.tabList}>
          <Tab id="weights" className={styles.tab}>
            {t('weights.tab.weights')}
          </Tab>
          <Tab id="pairwise" className={styles.tab}>
            {t('weights.tab.pairwise')}
          </Tab>
          <Tab id="sets" className={styles.tab}>
            {t('weights.tab.sets')}
          </Tab>
          <Tab id="sensitivity" className={styles.tab}>
            {t('weights.tab.sensitivity')}
          </Tab>
          <Tab id="second-opinion" className={styles.tab}>
            {t('secondOpinion.tab')}
          </Tab>
        </TabList>
        <TabPanel id="weights" className={styles.panel}>
          <WeightEditor draft={draft} input={data.input} reference={reference} />
        </TabPanel>
        <TabPanel id="pairwise" className={styles.panel}>
          <PairwisePanel
            workspaceId={workspace.id}
            answers={answers}
            onAnswers={setAnswers}
            onApplied={setApplied}
          />
        </TabPanel>
        <TabPanel id="sets" className={styles.panel}>
          <WeightSetsPanel
            workspace={workspace}
            sets={sets}
            input={data.input}
            judgments={applied}
          />
        </TabPanel>
        <TabPanel id="sensitivity" className={styles.panel}>
          <SensitivityPanel workspace={workspace} inputs={inputs} settings={settings} />
        </TabPanel>
        <TabPanel id="second-opinion" className={styles.panel}>
          <SecondOpinionPanel workspace={workspace} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
