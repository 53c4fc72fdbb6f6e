import { useTranslation } from 'react-i18next';
import type { Friction, Step } from '../../domain/schema/workflow';
import { SmallActions, type SmallAction } from '../../ui/small-actions';
import styles from './journey.module.css';

interface Props {
  step: Step;
  frictions: readonly Friction[];
  uncovered: ReadonlySet<string>;
  useCaseCount: number;
  /** The lowest clarity (0..7) of the use cases anchored here, null without any. */
  clarity: number | null;
  onEdit: () => void;
  onAddFriction: () => void;
  onEditFriction: (friction: Friction) => void;
  onSuggest: () => void;
  onDelete: () => void;
}

type CardAction = 'onEdit' | 'onAddFriction' | 'onSuggest' | 'onDelete';

const CARD_ACTIONS: readonly SmallAction<CardAction>[] = [
  { on: 'onEdit', label: 'common.edit', name: 'workflows.editStep' },
  { on: 'onAddFriction', label: 'journey.frictionShort', name: 'workflows.newFriction' },
  {
    on: 'onSuggest',
    label: 'journey.suggestShort',
    name: 'journey.suggestFor',
    variant: 'primary',
  },
  { on: 'onDelete', label: 'common.delete', name: 'workflows.deleteStep', variant: 'quiet' },
];

/** A step of the journey map: its frictions (uncovered in red) and its use cases. */
export function JourneyCard(props: Props) {
  const { t } = useTranslation();
  const { step } = props;
  return (
    <li className={styles.card}>
      <h3 className={styles.cardTitle}>{step.name}</h3>
      {step.owner ? <p className={styles.meta}>{step.owner}</p> : null}
      <p className={styles.badges}>
        <span className={props.useCaseCount > 0 ? styles.count : styles.zero}>
          {t('workflows.useCaseCount', { count: props.useCaseCount })}
        </span>
        {props.clarity !== null ? (
          <span className={styles.clarity}>{t('journey.clarity', { filled: props.clarity })}</span>
        ) : null}
      </p>
      {props.frictions.length > 0 ? (
        <ul className={styles.frictions} aria-label={t('workflows.frictions')}>
          {props.frictions.map((f) => {
            const uncovered = props.uncovered.has(f.id);
            return (
              <li key={f.id} className={uncovered ? styles.uncovered : undefined}>
                <button
                  type="button"
                  className={styles.frictionButton}
                  aria-label={t('workflows.editFrictionOf', { description: f.description })}
                  onClick={() => props.onEditFriction(f)}
                >
                  {f.description}
                </button>
                {uncovered ? (
                  <span className={styles.uncoveredLabel}>{t('journey.uncovered')}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className={styles.cardActions} data-no-print>
        <SmallActions
          actions={CARD_ACTIONS}
          names={{ name: step.name, step: step.name }}
          onAction={(action) => props[action]()}
        />
      </div>
    </li>
  );
}
