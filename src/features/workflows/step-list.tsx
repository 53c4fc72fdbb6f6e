import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  DropIndicator,
  GridList,
  GridListItem,
  ListLayout,
  Virtualizer,
  useDragAndDrop,
} from 'react-aria-components';
import type { Step } from '../../domain/schema/workflow';
import type { Department } from '../../domain/schema/workspace';
import { useFormatters } from '../../ui/format';
import { SmallActions, type SmallAction } from '../../ui/small-actions';
import styles from './workflows.module.css';

/** Above this many steps, only the rows in view are rendered. */
const VIRTUAL_FROM = 60;
const ROW_HEIGHT = 64;

const STEP_ACTIONS: readonly SmallAction<'onSelect' | 'onEdit' | 'onDelete'>[] = [
  { on: 'onSelect', label: 'workflows.open', name: 'workflows.openStep' },
  { on: 'onEdit', label: 'common.edit', name: 'workflows.editStep', chrome: true },
  {
    on: 'onDelete',
    label: 'common.delete',
    name: 'workflows.deleteStep',
    variant: 'quiet',
    chrome: true,
  },
];

interface Props {
  label: string;
  steps: readonly Step[];
  departments: readonly Department[];
  countByStep: ReadonlyMap<string, number>;
  uncoveredByStep: ReadonlyMap<string, number>;
  frictionsByStep: ReadonlyMap<string, readonly unknown[]>;
  selectedId: string | null;
  onSelect: (step: Step) => void;
  onMove: (step: Step, toIndex: number) => void;
  onEdit: (step: Step) => void;
  onDelete: (step: Step) => void;
}

/** The ordered steps of a workflow; reordered by drag and drop, or with the keyboard. */
export function StepList(props: Props) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(useFormatters().locale);
  const indexOf = (id: unknown) => props.steps.findIndex((s) => s.id === id);
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => ({ 'text/plain': props.steps[indexOf(key)]?.name ?? '' })),
    onReorder(e) {
      const key = [...e.keys][0];
      const from = indexOf(key);
      const target = indexOf(e.target.key);
      const step = props.steps[from];
      if (!step || target < 0) return;
      const before = e.target.dropPosition === 'before';
      const to = from < target ? (before ? target - 1 : target) : before ? target : target + 1;
      props.onMove(step, to);
    },
    renderDropIndicator: (target) => (
      <DropIndicator target={target} className={styles.dropIndicator} />
    ),
  });
  const departmentName = (id: string | null) =>
    props.departments.find((d) => d.id === id)?.name ?? '';
  const list = (
    <GridList
      aria-label={props.label}
      items={props.steps}
      dragAndDropHooks={dragAndDropHooks}
      className={[styles.stepList, props.steps.length > VIRTUAL_FROM ? styles.virtual : '']
        .filter(Boolean)
        .join(' ')}
      renderEmptyState={() => <p className={styles.muted}>{t('workflows.noStep')}</p>}
    >
      {(step) => {
        const i = indexOf(step.id);
        const count = props.countByStep.get(step.id) ?? 0;
        const uncovered = props.uncoveredByStep.get(step.id) ?? 0;
        const frictions = props.frictionsByStep.get(step.id)?.length ?? 0;
        return (
          <GridListItem
            id={step.id}
            textValue={step.name}
            className={[styles.stepRow, props.selectedId === step.id ? styles.selected : '']
              .filter(Boolean)
              .join(' ')}
          >
            <AriaButton
              slot="drag"
              className={styles.dragHandle}
              aria-label={t('workflows.dragStep', { name: step.name })}
            >
              <span aria-hidden="true">{'⠿'}</span>
            </AriaButton>
            <span className={styles.position}>{i + 1}</span>
            <span className={styles.stepMain}>
              <strong>{step.name}</strong>
              <span className={styles.stepMeta}>
                {step.kind ? t(`workflows.stepKind.${step.kind}`) : t('workflows.noKind')}
                {step.departmentId ? ` · ${departmentName(step.departmentId)}` : ''}
                {step.yearlyVolume !== null
                  ? ` · ${t('workflows.perYear', { volume: number.format(step.yearlyVolume) })}`
                  : ''}
                {step.frequency ? ` · ${step.frequency}` : ''}
              </span>
            </span>
            <span className={count > 0 ? styles.countBadge : styles.zeroBadge}>
              {t('workflows.useCaseCount', { count })}
            </span>
            <span className={uncovered > 0 ? styles.uncoveredBadge : styles.frictionBadge}>
              {uncovered > 0
                ? t('workflows.uncoveredCount', { count: uncovered })
                : t('workflows.frictionCount', { count: frictions })}
            </span>
            <RowActions
              actions={STEP_ACTIONS}
              names={{ name: step.name }}
              onAction={(action) => props[action](step)}
            />
          </GridListItem>
        );
      }}
    </GridList>
  );
  return props.steps.length > VIRTUAL_FROM ? (
    <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT }}>
      {list}
    </Virtualizer>
  ) : (
    list
  );
}

/** The small buttons ending a step's or a friction's row (`chrome`: hidden on the projector). */
export function RowActions<Action extends string>({
  chrome,
  ...actions
}: Parameters<typeof SmallActions<Action>>[0] & { chrome?: boolean }) {
  return (
    <span className={styles.rowActions} data-editing-chrome={chrome ? '' : undefined}>
      <SmallActions {...actions} />
    </span>
  );
}
