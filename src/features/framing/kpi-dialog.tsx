import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { kpiFormSchema, type KpiForm } from '../../db/repositories/framing';
import type { Department, Kpi } from '../../domain/schema/workspace';
import { FormDialog, type EditDialogProps, useEditForm } from '../../ui/form-dialog';
import { EMPTY_AS_NULL, SelectField, TextField, fieldOf } from '../../ui/form-field';
import { NumberInputField } from '../../ui/number-field';
import styles from './framing.module.css';

type KpiOutput = z.output<typeof kpiFormSchema>;

interface Props extends EditDialogProps<KpiForm, KpiOutput, Kpi> {
  departments: readonly Department[];
}

/** A KPI: name, owning department, unit, direction (up is good / down is good), baseline. */
export function KpiDialog(props: Props) {
  const { t } = useTranslation();
  const form = useEditForm(kpiFormSchema, props.initial);
  return (
    <FormDialog {...props} form={form}>
      <TextField label={t('framing.kpiName')} {...fieldOf(form, 'name')} autoFocus />
      <div className={styles.formRow}>
        <SelectField
          label={t('framing.kpiDepartment')}
          {...fieldOf(form, 'departmentId', EMPTY_AS_NULL)}
          none={t('framing.noDepartment')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          label={t('framing.kpiDirection')}
          {...fieldOf(form, 'direction')}
          options={[
            { value: 'up', label: t('framing.directionUp') },
            { value: 'down', label: t('framing.directionDown') },
          ]}
        />
      </div>
      <div className={styles.formRow}>
        <TextField
          label={t('framing.kpiUnit')}
          hint={t('framing.kpiUnitHint')}
          {...fieldOf(form, 'unit')}
        />
        <NumberInputField control={form.control} name="baseline" label={t('framing.kpiBaseline')} />
      </div>
    </FormDialog>
  );
}
