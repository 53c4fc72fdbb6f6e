import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useWorkshopView } from '../../data/use-workshop';
import { database } from '../../db/database';
import { goToWorkshopStep, pauseWorkshop } from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/schema/workshop';
import { STEP_EXTRA_SCREENS, STEP_SCREENS, timerOf } from '../../domain/workshop/agenda';
import { workshopProgress } from '../../domain/workshop/progress';
import { Button } from '../../ui/button';
import { ParkingDialog } from './parking-lot';
import { isShortcut, toggleProjector, useProjector } from '../../ui/projector';
import { ProgressText } from './step-progress';
import { clock } from './time-text';
import { useNow } from './use-now';
import styles from './workshop.module.css';

/** The side navigation's name of each screen a step opens. */
const SCREEN_LABELS: Readonly<Record<string, string>> = {
  framing: 'nav.framing',
  workflows: 'nav.workflows',
  journey: 'nav.journey',
  coverage: 'nav.coverage',
  'use-cases': 'nav.useCases',
  scoring: 'nav.scoring',
  matrix: 'nav.matrix',
  ranking: 'nav.ranking',
  weights: 'nav.weights',
  roadmap: 'nav.roadmap',
  exceptions: 'nav.exceptions',
};

/**
 * The guided mode's bar above the step's screen: the step, its prompt, what "done" means, the
 * progress from the data, the timer, previous/next (keys [ and ], arrows in the projector view)
 * and the parking lot.
 */
export function WorkshopBar({
  workspaceId,
  workshop,
}: {
  workspaceId: string;
  workshop: Workshop;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const change = useChangeContext();
  const view = useWorkshopView(workspaceId);
  const projector = useProjector();
  const now = useNow(true);
  const [parking, setParking] = useState(false);
  const index = workshop.current;
  const last = workshop.agenda.length - 1;

  useEffect(() => {
    const go = (to: number) => {
      if (to < 0 || to > last) {
        if (to > last) void navigate(`/w/${workspaceId}/workshop`);
        return;
      }
      void goToWorkshopStep(database(), change(), workshop.id, to).then(() => {
        const step = workshop.agenda[to]?.step;
        if (step) void navigate(`/w/${workspaceId}/${STEP_SCREENS[step]}`);
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const next = event.key === ']' || (projector && event.key === 'ArrowRight');
      const previous = event.key === '[' || (projector && event.key === 'ArrowLeft');
      if (!next && !previous) return;
      event.preventDefault();
      go(next ? index + 1 : index - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [change, index, last, navigate, projector, workshop, workspaceId]);

  const step = workshop.agenda[index];
  if (!step) return null;
  const timer = timerOf(step, now);
  const progress = view ? workshopProgress(view.facts.progressInput)[index] : undefined;
  const name = t(`workshop.steps.${step.step}`);
  const timerText =
    timer.phase === 'over'
      ? t('workshop.timer.over', { over: clock(-timer.remainingSeconds) })
      : timer.phase === 'warning'
        ? t('workshop.timer.warning', { remaining: clock(timer.remainingSeconds) })
        : t('workshop.timer.running', {
            elapsed: clock(timer.elapsedSeconds),
            planned: clock(step.plannedMinutes * 60),
          });

  const goTo = (to: number) => {
    const target = workshop.agenda[to];
    if (!target) return;
    void goToWorkshopStep(database(), change(), workshop.id, to).then(() =>
      navigate(`/w/${workspaceId}/${STEP_SCREENS[target.step]}`),
    );
  };

  return (
    <section className={styles.bar} aria-label={t('nav.workshop')} data-workshop-bar>
      <div className={styles.barHead}>
        <p className={styles.stepName}>
          <span className={styles.muted}>
            {t('workshop.stepOf', { n: index + 1, total: workshop.agenda.length })}
          </span>{' '}
          <strong>{name}</strong>
        </p>
        <p className={styles.timer} data-phase={timer.phase}>
          {timerText}
        </p>
        <div className={styles.barActions} data-keep-in-projector>
          <Button small isDisabled={index === 0} onPress={() => goTo(index - 1)}>
            {t('workshop.previous')}
          </Button>
          {index < workshop.agenda.length - 1 ? (
            <Button small variant="primary" onPress={() => goTo(index + 1)}>
              {t('workshop.next')}
            </Button>
          ) : null}
          <Link className={styles.barLink} to={`/w/${workspaceId}/workshop`}>
            {t('workshop.backToAgenda')}
          </Link>
          <Button small onPress={() => setParking(true)}>
            {t('workshop.parking.add')}
          </Button>
          <Button small onPress={toggleProjector} aria-pressed={projector}>
            {projector ? t('workshop.projector.exit') : t('workshop.projector.toggle')}
          </Button>
          <Button small onPress={() => void pauseWorkshop(database(), change(), workshop.id)}>
            {t('workshop.pause')}
          </Button>
        </div>
      </div>
      <ul className={styles.stepScreens}>
        {[STEP_SCREENS[step.step], ...STEP_EXTRA_SCREENS[step.step]].map((path) => (
          <li key={path}>
            <NavLink to={`/w/${workspaceId}/${path}`}>
              {t(SCREEN_LABELS[path] ?? 'nav.workshop')}
            </NavLink>
          </li>
        ))}
      </ul>
      <p className={styles.prompt}>
        <strong>{t('workshop.prompt')}</strong> {t(`workshop.prompts.${step.step}`)}
      </p>
      <p className={styles.doneMeans}>
        <strong>{t('workshop.doneMeans')}</strong> {t(`workshop.done.${step.step}`)}
      </p>
      {progress ? (
        <p className={styles.barProgress}>
          <ProgressText progress={progress} />
        </p>
      ) : null}
      <p className={styles.srOnly} role="status">
        {timer.phase === 'warning'
          ? t('workshop.timer.warningQuiet')
          : timer.phase === 'over'
            ? t('workshop.timer.overQuiet')
            : ''}
      </p>
      <p className={styles.keys} data-editing-chrome>
        {t('workshop.keys')}
      </p>
      <ParkingDialog
        isOpen={parking}
        onOpenChange={setParking}
        workspaceId={workspaceId}
        workshopId={workshop.id}
        step={step.step}
      />
    </section>
  );
}
