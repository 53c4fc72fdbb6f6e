import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { localToday } from '../../data/clock';
import { useWorkshopView } from '../../data/use-workshop';
import { database } from '../../db/database';
import {
  endWorkshop,
  goToWorkshopStep,
  openWorkshop,
  pauseWorkshop,
} from '../../db/repositories/workshops';
import { STEP_SCREENS, isRunning } from '../../domain/workshop/agenda';
import { workshopProgress } from '../../domain/workshop/progress';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Card } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { AgendaTable } from './agenda-table';
import { ParkingDialog, ParkingList } from './parking-lot';
import { PresentParticipants } from './present-participants';
import styles from './workshop.module.css';

/** "Run a workshop": the agenda of the eight steps, who is present, the parking lot. */
export default function WorkshopScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const navigate = useNavigate();
  const change = useChangeContext();
  const view = useWorkshopView(workspaceId);
  const [parking, setParking] = useState(false);
  const [ending, setEnding] = useState(false);
  if (!view) return <NotReady data={view} />;
  const { records, facts } = view;
  const open = records.workshops.find((w) => w.endedAt === null) ?? null;
  const past = records.workshops.filter((w) => w.endedAt !== null);
  const progress = workshopProgress(facts.progressInput);
  // Started once a timer ran or the workshop moved past its first step (steps run through in
  // under a second keep 0 seconds spent).
  const started = open
    ? open.current > 0 || open.agenda.some((s) => s.spentSeconds > 0 || s.runningSince)
    : false;

  const go = async (index: number) => {
    const id = open ? open.id : await openWorkshop(database(), change(), workspaceId);
    await goToWorkshopStep(database(), change(), id, index);
    const step = open?.agenda[index]?.step ?? 'frame';
    void navigate(`/w/${workspaceId}/${STEP_SCREENS[step]}`);
  };

  const actions = open ? (
    <>
      <Button variant="primary" onPress={() => void go(open.current)}>
        {started ? t('workshop.resume') : t('workshop.start')}
      </Button>
      {isRunning(open) ? (
        <Button onPress={() => void pauseWorkshop(database(), change(), open.id)}>
          {t('workshop.pause')}
        </Button>
      ) : null}
      <Button onPress={() => setParking(true)}>{t('workshop.parking.add')}</Button>
      <Button variant="danger" onPress={() => setEnding(true)}>
        {t('workshop.end')}
      </Button>
    </>
  ) : (
    <Button variant="primary" onPress={() => void openWorkshop(database(), change(), workspaceId)}>
      {t('workshop.prepare')}
    </Button>
  );

  const currentStep = open?.agenda[open.current]?.step;
  return (
    <ScreenPage
      title={t('nav.workshop')}
      lead={t('workshop.lead')}
      actions={actions}
      className={styles.screen}
    >
      {open && started && !isRunning(open) && currentStep ? (
        <p className={styles.notice} role="status">
          {t('workshop.paused', {
            step: open.current + 1,
            name: t(`workshop.steps.${currentStep}`),
          })}
        </p>
      ) : null}
      <Card>
        <h2>{t('workshop.agenda')}</h2>
        <AgendaTable workshop={open} progress={progress} onOpen={(index) => void go(index)} />
      </Card>
      {open ? (
        <Card>
          <h2>{t('workshop.participants.title')}</h2>
          <PresentParticipants workshop={open} participants={records.participants} />
        </Card>
      ) : null}
      <Card>
        <h2>{t('workshop.parking.title')}</h2>
        <p className={styles.muted}>{t('workshop.parking.lead')}</p>
        <ParkingList items={records.parkingLot} />
      </Card>
      {past.length > 0 ? (
        <Card>
          <h2>{t('workshop.pastWorkshops')}</h2>
          <ul>
            {past.map((w) => (
              <li key={w.id}>
                {t('workshop.startedAt', { at: f.dateTime(w.startedAt) })},{' '}
                {t('workshop.endedAt', { at: f.dateTime(w.endedAt ?? w.startedAt) })} —{' '}
                <Link to={`/w/${workspaceId}/workshop/minutes/${w.id}`}>
                  {t('workshop.minutesLink')}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <ParkingDialog
        isOpen={parking}
        onOpenChange={setParking}
        workspaceId={workspaceId}
        workshopId={open?.id ?? null}
        step={currentStep ?? null}
      />
      {open ? (
        <ConfirmDialog
          isOpen={ending}
          onOpenChange={setEnding}
          title={t('workshop.endTitle')}
          message={t('workshop.endMessage')}
          confirmLabel={t('workshop.end')}
          onConfirm={() => {
            const snapshotName = t('workshop.snapshotName', { date: f.date(localToday()) });
            void endWorkshop(database(), change(), open.id, snapshotName).then(() =>
              navigate(`/w/${workspaceId}/workshop/minutes/${open.id}`),
            );
          }}
        />
      ) : null}
    </ScreenPage>
  );
}
