import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { frictionSchema } from '../domain/schema/workflow';
import type { Kpi } from '../domain/schema/workspace';
import { FormDialog, type EditDialogProps, useEditForm } from './form-dialog';
import { SelectField, TextField, fieldOf } from './form-field';
import styles from './discovery.module.css';

export const frictionFieldsSchema = frictionSchema.pick({
  description: true,
  severity: true,
  kpiIds: true,
});
export type FrictionFields = z.output<typeof frictionFieldsSchema>;
type FrictionInput = z.input<typeof frictionFieldsSchema>;

/** The fields the dialog edits, of a friction (what its save checks another tab left alone). */
export function frictionFieldsOf(friction: FrictionFields): FrictionFields {
  const { description, severity, kpiIds } = friction;
  return { description, severity, kpiIds };
}

interface Props extends EditDialogProps<FrictionInput, FrictionFields, FrictionFields> {
  kpis: readonly Kpi[];
}

/** A pain point on a step: what hurts, how much (1..3), and which KPIs it hurts. */
export function FrictionFormDialog(props: Props) {
  const { t } = useTranslation();
  const form = useEditForm(frictionFieldsSchema, props.initial);
  return (
    <FormDialog {...props} form={form}>
      <TextField
        label={t('workflows.frictionDescription')}
        {...fieldOf(form, 'description')}
        autoFocus
      />
      <SelectField
        label={t('workflows.severity')}
        {...fieldOf(form, 'severity', { valueAsNumber: true })}
        options={[1, 2, 3].map((n) => ({
          value: String(n),
          label: t(`workflows.severityLevel.${n}`),
        }))}
      />
      <Controller
        control={form.control}
        name="kpiIds"
        render={({ field }) => {
          const value = field.value ?? [];
          return (
            <fieldset className={styles.checkboxes}>
              <legend>{t('workflows.kpisHurt')}</legend>
              {props.kpis.length === 0 ? <p>{t('workflows.noKpiYet')}</p> : null}
              {props.kpis.map((kpi) => (
                <label key={kpi.id}>
                  <input
                    type="checkbox"
                    name="kpiIds"
                    value={kpi.id}
                    checked={value.includes(kpi.id)}
                    onChange={(e) =>
                      field.onChange(
                        e.target.checked ? [...value, kpi.id] : value.filter((id) => id !== kpi.id),
                      )
                    }
                  />{' '}
                  {kpi.name}
                </label>
              ))}
            </fieldset>
          );
        }}
      />
    </FormDialog>
  );
}
