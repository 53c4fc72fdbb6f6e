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
import { ColumnHeads } from '../../ui/column-heads';

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
  return (
    <>
      <p className={styles.muted}>{t('workshop.agendaTotal', { planned: clock(total * 60) })}</p>
      <table className={styles.agenda}>
        <ColumnHeads
          columns={[
            t('workshop.columns.step'),
            t('workshop.columns.planned'),
            t('workshop.columns.spent'),
            t('workshop.columns.progress'),
            t('workshop.columns.open'),
          ]}
        />
        <tbody>
          {agenda.map((step, index) => {
            const name = t(`workshop.steps.${step.step}`);
            const current = workshop?.current === index;
            const stepProgress = progress[index];
            return (
              <tr key={step.step} aria-current={current ? 'step' : undefined}>
                <th scope="row">
                  {index + 1}. {name}
                  {current ? (
                    <span className={styles.currentBadge}>{t('workshop.current')}</span>
                  ) : null}
                </th>
                <td>
                  {workshop ? (
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
                  )}
                </td>
                <td>{clock(elapsedSeconds(step, now))}</td>
                <td>{stepProgress ? <ProgressText progress={stepProgress} /> : null}</td>
                <td>
                  <Button
                    small
                    onPress={() => onOpen(index)}
                    aria-label={t('workshop.openStep', { step: name })}
                  >
                    {t('workshop.columns.open')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
