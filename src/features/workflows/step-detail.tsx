import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UseCase } from '../../domain/schema/use-case';
import type { Friction, Step } from '../../domain/schema/workflow';
import type { Kpi } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import type { SmallAction } from '../../ui/small-actions';
import { RowActions } from './step-list';
import styles from './workflows.module.css';

const FRICTION_ACTIONS: readonly SmallAction<'onEditFriction' | 'onDeleteFriction'>[] = [
  { on: 'onEditFriction', label: 'common.edit', name: 'workflows.editFrictionOf' },
  {
    on: 'onDeleteFriction',
    label: 'common.delete',
    name: 'workflows.deleteFrictionOf',
    variant: 'quiet',
  },
];

/** A column of the detail: its heading, its list or what says it is empty, then its button. */
function DetailColumn({
  id,
  title,
  empty,
  action,
  children,
}: {
  id: string;
  title: string;
  /** Said instead of the list when it is empty (null when it is not). */
  empty: string | null;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {empty === null ? children : <p className={styles.muted}>{empty}</p>}
      {action}
    </section>
  );
}

interface Props {
  workspaceId: string;
  step: Step;
  frictions: readonly Friction[];
  uncovered: ReadonlySet<string>;
  anchored: readonly UseCase[];
  kpis: readonly Kpi[];
  onAddFriction: () => void;
  onEditFriction: (friction: Friction) => void;
  onDeleteFriction: (friction: Friction) => void;
  onSuggest: () => void;
}

/** One step: its frictions (uncovered ones highlighted) and the use cases anchored on it. */
export function StepDetail(props: Props) {
  const { t } = useTranslation();
  const kpiName = (id: string) => props.kpis.find((k) => k.id === id)?.name ?? '';
  return (
    <Card className={styles.detail}>
      <h2>{props.step.name}</h2>
      <div className={styles.detailColumns}>
        <DetailColumn
          id="step-frictions"
          title={t('workflows.frictions')}
          empty={props.frictions.length === 0 ? t('workflows.noFriction') : null}
          action={
            <Button onPress={props.onAddFriction} data-editing-chrome="">
              {t('workflows.addFriction')}
            </Button>
          }
        >
          <ul className={styles.frictions}>
            {props.frictions.map((f) => (
              <li key={f.id} className={props.uncovered.has(f.id) ? styles.uncovered : undefined}>
                <span>
                  <span className={styles.severity}>
                    {t(`workflows.severityLevel.${f.severity}`)}
                  </span>{' '}
                  {f.description}
                  {f.kpiIds.length > 0 ? (
                    <span className={styles.stepMeta}>
                      {t('workflows.hurts', { kpis: f.kpiIds.map(kpiName).join(', ') })}
                    </span>
                  ) : null}
                  {props.uncovered.has(f.id) ? (
                    <strong className={styles.uncoveredLabel}>{t('workflows.uncovered')}</strong>
                  ) : null}
                </span>
                <RowActions
                  chrome
                  actions={FRICTION_ACTIONS}
                  names={{ description: f.description }}
                  onAction={(action) => props[action](f)}
                />
              </li>
            ))}
          </ul>
        </DetailColumn>
        <DetailColumn
          id="step-use-cases"
          title={t('workflows.anchoredUseCases')}
          empty={props.anchored.length === 0 ? t('workflows.noAnchoredUseCase') : null}
          action={
            <Button variant="primary" onPress={props.onSuggest} data-editing-chrome="">
              {t('workflows.suggest')}
            </Button>
          }
        >
          <ul className={styles.anchored}>
            {props.anchored.map((u) => (
              <li key={u.id}>
                <Link to={`/w/${props.workspaceId}/use-cases/${u.id}/qualification`}>
                  {u.title}
                </Link>
              </li>
            ))}
          </ul>
        </DetailColumn>
      </div>
    </Card>
  );
}
