import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { JOURNEY_PHASES, STEP_KINDS, stepSchema } from '../domain/schema/workflow';
import type { Department } from '../domain/schema/workspace';
import { FormDialog, type EditDialogProps, useEditForm } from './form-dialog';
import { EMPTY_AS_NULL, SelectField, TextField, fieldOf } from './form-field';
import styles from './discovery.module.css';

/** The fields of a step a person edits (the entity schema, picked). */
export const stepFieldsSchema = stepSchema.pick({
  name: true,
  phase: true,
  kind: true,
  departmentId: true,
  owner: true,
  yearlyVolume: true,
  frequency: true,
});
export type StepFields = z.output<typeof stepFieldsSchema>;
type StepInput = z.input<typeof stepFieldsSchema>;

/** Empty is "not known"; spaces (thousands) are ignored. */
const nullableInteger = (v: unknown) => {
  if (typeof v === 'number') return v;
  const text = typeof v === 'string' ? v.replace(/\s/g, '') : '';
  return text === '' ? null : Number(text);
};

/** The fields of a stored step this dialog edits (what its save checks). */
export function stepFieldsOf(step: StepFields): StepFields {
  const { name, phase, kind, departmentId, owner, yearlyVolume, frequency } = step;
  return { name, phase, kind, departmentId, owner, yearlyVolume, frequency };
}

interface Props extends EditDialogProps<StepInput, StepFields, StepFields> {
  /** A journey step has a phase; an internal step has a kind. */
  mode: 'internal' | 'journey';
  departments: readonly Department[];
}

/** A step of a workflow: name, department, owner, volume, frequency, and its kind or phase. */
export function StepFormDialog(props: Props) {
  const { t } = useTranslation();
  const form = useEditForm(stepFieldsSchema, props.initial);
  return (
    <FormDialog {...props} form={form} wide>
      <TextField label={t('workflows.stepName')} {...fieldOf(form, 'name')} autoFocus />
      <div className={styles.formRow}>
        {props.mode === 'journey' ? (
          <SelectField
            label={t('workflows.phase')}
            {...fieldOf(form, 'phase', EMPTY_AS_NULL)}
            options={JOURNEY_PHASES.map((p) => ({ value: p, label: t(`journey.phase.${p}`) }))}
          />
        ) : (
          <SelectField
            label={t('workflows.kind')}
            hint={t('workflows.kindHint')}
            {...fieldOf(form, 'kind', EMPTY_AS_NULL)}
            none={t('workflows.noKind')}
            options={STEP_KINDS.map((k) => ({ value: k, label: t(`workflows.stepKind.${k}`) }))}
          />
        )}
        <SelectField
          label={t('workflows.department')}
          {...fieldOf(form, 'departmentId', EMPTY_AS_NULL)}
          none={t('workflows.noDepartment')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      </div>
      <div className={styles.formRow}>
        <TextField label={t('workflows.owner')} {...fieldOf(form, 'owner')} />
        <TextField
          label={t('workflows.yearlyVolume')}
          hint={t('workflows.yearlyVolumeHint')}
          {...fieldOf(form, 'yearlyVolume', { setValueAs: nullableInteger })}
        />
      </div>
      <TextField
        label={t('workflows.frequency')}
        hint={t('workflows.frequencyHint')}
        {...fieldOf(form, 'frequency')}
      />
    </FormDialog>
  );
}
