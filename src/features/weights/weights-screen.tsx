import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceRanking, type WorkspaceRanking } from '../../data/use-ranking';
import { decideWithWeights } from '../../domain/decision/what-if';
import type { PairwiseJudgment } from '../../domain/weights/ahp';
import { TabSet } from '../../ui/tab-set';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { answersOf, type Answers } from './pairwise-judgments';
import { PairwisePanel } from './pairwise-panel';
import { SecondOpinionPanel } from './second-opinion-panel';
import { SensitivityPanel } from './sensitivity-panel';
import { useWeightDraft } from './use-weight-draft';
import { useWeightSets } from './use-weight-sets';
import { ThresholdFields } from './threshold-fields';
import { WeightEditor } from './weight-editor';
import { WeightSetsPanel } from './weight-sets-panel';

/** Weights: typed, from pairwise comparisons, saved as sets, and how sensitive the ranking is. */
export default function WeightsScreen() {
  const { workspaceId } = useWorkspaceScreen();
  const data = useWorkspaceRanking(workspaceId);
  if (!data) return <NotReady data={data} />;
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
  // The ranks when the screen opened: the mini-ranking shows how far each use case moves.
  const [reference] = useState(
    () => new Map(data.decision.ranked.map((r) => [r.id, r.rank] as const)),
  );
  // The workspace decided with the weights being typed (a what-if until they are saved); deferred
  // so that a slider never waits for a large workspace to be decided again.
  const weights = useDeferredValue(draft.weights);
  const whatIf = useMemo(
    () =>
      weights === workspace.weights
        ? { input: data.input, decision: data.decision }
        : {
            input: { ...data.input, workspace: { ...data.input.workspace, weights } },
            decision: decideWithWeights(data.input, weights),
          },
    [data.input, data.decision, weights, workspace.weights],
  );

  return (
    <ScreenPage title={t('nav.weights')} lead={t('weights.lead')}>
      <TabSet
        label={t('weights.tabsLabel')}
        tabs={[
          {
            id: 'weights',
            label: t('weights.tab.weights'),
            content: (
              <>
                <WeightEditor draft={draft} input={data.input} reference={reference} />
                <ThresholdFields workspace={workspace} />
              </>
            ),
          },
          {
            id: 'pairwise',
            label: t('weights.tab.pairwise'),
            content: (
              <PairwisePanel
                workspaceId={workspace.id}
                answers={answers}
                onAnswers={setAnswers}
                onApplied={setApplied}
              />
            ),
          },
          {
            id: 'sets',
            label: t('weights.tab.sets'),
            content: (
              <WeightSetsPanel
                workspace={workspace}
                sets={sets}
                input={data.input}
                judgments={applied}
              />
            ),
          },
          {
            id: 'sensitivity',
            label: t('weights.tab.sensitivity'),
            content: <SensitivityPanel workspace={workspace} {...whatIf} />,
          },
          {
            id: 'second-opinion',
            label: t('secondOpinion.tab'),
            content: <SecondOpinionPanel workspace={workspace} />,
          },
        ]}
      />
    </ScreenPage>
  );
}
