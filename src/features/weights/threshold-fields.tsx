import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateWorkspaceSettings } from '../../db/repositories/workspaces';
import { thresholdsSchema, type Thresholds, type Workspace } from '../../domain/schema/workspace';
import { fieldIssue, type FieldIssue } from '../../ui/field-error';
import { NumberInput } from '../../ui/number-field';
import styles from './weights.module.css';

const AXES = [
  ['value', 'weights.thresholdValue'],
  ['feasibility', 'weights.thresholdFeasibility'],
] as const;

/** The quadrant thresholds (SCORING.md section 6), typed as people type them; saved on leaving. */
export function ThresholdFields({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const newContext = useChangeContext();
  const [issues, setIssues] = useState<Partial<Record<keyof Thresholds, FieldIssue | null>>>({});
  return (
    <fieldset className={styles.axis}>
      <legend>{t('weights.thresholdsTitle')}</legend>
      <p className={styles.hint}>{t('weights.thresholdsHint')}</p>
      {AXES.map(([axis, label]) => (
        <NumberInput
          key={axis}
          label={t(label)}
          value={workspace.thresholds[axis]}
          error={issues[axis]}
          onChange={(value) => {
            const refused = fieldIssue(thresholdsSchema.shape[axis], value ?? Number.NaN);
            setIssues((current) => ({ ...current, [axis]: refused }));
            if (refused || value === null) return;
            void updateWorkspaceSettings(database(), newContext(), workspace.id, {
              thresholds: { ...workspace.thresholds, [axis]: value },
            });
          }}
        />
      ))}
    </fieldset>
  );
}
