import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { planWorkshopStep } from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/schema/workshop';
import {
  elapsedSeconds,
  isRunning,
  newAgenda,
  plannedTotalMinutes,
} from '../../domain/workshop/agenda';
import type { StepProgress } from '../../domain/workshop/progress';
import { Button } from '../../ui/button';
import { ProgressText } from './step-progress';
import { clock } from './time-text';
import { useNow } from './use-now';
import styles from './workshop.module.css';
import { DataTable } from '../../ui/data-table';

/** The eight steps: planned minutes (editable), time spent, progress from the data. */
export function AgendaTable({
  workshop,
  progress,
  onOpen,
}: {
  workshop: Workshop | null;
  progress: readonly StepProgress[];
  onOpen: (index: number) => void;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const now = useNow(workshop ? isRunning(workshop) : false);
  const agenda = workshop?.agenda ?? newAgenda();
  const total = plannedTotalMinutes(agenda);
  const rows = agenda.map((step, index) => ({
    step,
    index,
    name: t(`workshop.steps.${step.step}`),
    current: workshop?.current === index,
    stepProgress: progress[index],
  }));
  return (
    <>
      <p className={styles.muted}>{t('workshop.agendaTotal', { planned: clock(total * 60) })}</p>
      <DataTable
        className={styles.agenda}
        rows={rows}
        rowKey={(row) => row.step.step}
        rowProps={(row) => ({ 'aria-current': row.current ? 'step' : undefined })}
        columns={[
          {
            label: t('workshop.columns.step'),
            rowHeader: true,
            cell: ({ index, name, current }) => (
              <>
                {index + 1}. {name}
                {current ? (
                  <span className={styles.currentBadge}>{t('workshop.current')}</span>
                ) : null}
              </>
            ),
          },
          {
            label: t('workshop.columns.planned'),
            cell: ({ step, name }) =>
              workshop ? (
                <input
                  key={`${step.step}-${step.plannedMinutes}`}
                  type="number"
                  min={1}
                  max={480}
                  className={styles.minutes}
                  aria-label={t('workshop.plannedLabel', { step: name })}
                  defaultValue={step.plannedMinutes}
                  onBlur={(e) => {
                    const value = Number(e.currentTarget.value);
                    if (value === step.plannedMinutes) return;
                    planWorkshopStep(database(), change(), workshop.id, step.step, value).catch(
                      () => {
                        e.currentTarget.value = String(step.plannedMinutes);
                      },
                    );
                  }}
                />
              ) : (
                t('workshop.minutesShort', { count: step.plannedMinutes })
              ),
          },
          {
            label: t('workshop.columns.spent'),
            cell: ({ step }) => clock(elapsedSeconds(step, now)),
          },
          {
            label: t('workshop.columns.progress'),
            cell: ({ stepProgress }) =>
              stepProgress ? <ProgressText progress={stepProgress} /> : null,
          },
          {
            label: t('workshop.columns.open'),
            cell: ({ index, name }) => (
              <Button
                small
                onPress={() => onOpen(index)}
                aria-label={t('workshop.openStep', { step: name })}
              >
                {t('workshop.columns.open')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
