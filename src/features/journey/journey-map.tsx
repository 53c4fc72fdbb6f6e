import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discovery } from '../../data/use-discovery';
import type { WorkspaceDecision } from '../../domain/decision/decide-workspace';
import {
  JOURNEY_PHASES,
  type Friction,
  type JourneyPhase,
  type Step,
  type Workflow,
} from '../../domain/schema/workflow';
import { Button } from '../../ui/button';
import { JourneyCard } from './journey-card';
import styles from './journey.module.css';

interface Props {
  data: Discovery;
  /** The workspace's decision: the clarity of each use case (undefined while it loads). */
  decision: WorkspaceDecision | undefined;
  journey: Workflow;
  onAddStep: (phase: JourneyPhase) => void;
  onEdit: (step: Step) => void;
  onAddFriction: (step: Step) => void;
  onEditFriction: (step: Step, friction: Friction) => void;
  onSuggest: (step: Step) => void;
  onDelete: (step: Step) => void;
}

/** The six phases as columns, the steps as cards; readable on a projector, prints on A4 landscape. */
export function JourneyMap({ data, decision, journey, ...actions }: Props) {
  const { t } = useTranslation();
  const steps = useMemo(
    () => data.stepsByWorkflow.get(journey.id) ?? [],
    [data.stepsByWorkflow, journey.id],
  );
  /** Lowest clarity (the decision's) of the use cases anchored on each step of this journey. */
  const clarityByStep = useMemo(() => {
    const ids = new Set(steps.map((s) => s.id));
    const map = new Map<string, number>();
    for (const u of data.useCases) {
      if (u.status === 'abandoned' || !u.stepIds.some((id) => ids.has(id))) continue;
      const filled = decision?.byId.get(u.id)?.clarity.filled;
      if (filled === undefined) continue;
      for (const id of u.stepIds) {
        if (ids.has(id)) map.set(id, Math.min(map.get(id) ?? 7, filled));
      }
    }
    return map;
  }, [steps, data.useCases, decision]);
  const phases = data.coverage.journeys.find((j) => j.workflow.id === journey.id)?.phases ?? [];
  return (
    <div
      className={styles.map}
      role="group"
      aria-label={t('journey.mapLabel', { name: journey.name })}
    >
      <h2 className={styles.printTitle}>{journey.name}</h2>
      <div className={styles.columns}>
        {JOURNEY_PHASES.map((phase) => {
          const inPhase = steps.filter((s) => s.phase === phase);
          const cell = phases.find((p) => p.phase === phase);
          return (
            <section key={phase} className={styles.column} aria-labelledby={`phase-${phase}`}>
              <h2 id={`phase-${phase}`} className={styles.phaseTitle}>
                {t(`journey.phase.${phase}`)}
              </h2>
              <p className={styles.phaseCount}>
                {t('workflows.useCaseCount', { count: cell?.count ?? 0 })}
              </p>
              {inPhase.length === 0 ? (
                <p className={styles.meta}>{t('journey.noStepInPhase')}</p>
              ) : (
                <ul className={styles.cards}>
                  {inPhase.map((step) => (
                    <JourneyCard
                      key={step.id}
                      step={step}
                      frictions={data.frictionsByStep.get(step.id) ?? []}
                      uncovered={data.coverage.uncoveredFrictionIds}
                      useCaseCount={data.coverage.countByStep.get(step.id) ?? 0}
                      clarity={clarityByStep.get(step.id) ?? null}
                      onEdit={() => actions.onEdit(step)}
                      onAddFriction={() => actions.onAddFriction(step)}
                      onEditFriction={(f) => actions.onEditFriction(step, f)}
                      onSuggest={() => actions.onSuggest(step)}
                      onDelete={() => actions.onDelete(step)}
                    />
                  ))}
                </ul>
              )}
              <div data-no-print>
                <Button
                  small
                  aria-label={t('journey.addStepIn', { phase: t(`journey.phase.${phase}`) })}
                  onPress={() => actions.onAddStep(phase)}
                >
                  {t('journey.addStep')}
                </Button>
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
