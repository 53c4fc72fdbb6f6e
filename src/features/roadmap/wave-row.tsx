import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { WaveDraft } from '../../domain/roadmap/roadmap-inputs';
import type { Wave } from '../../domain/schema/roadmap';
import { Button } from '../../ui/button';
import { issuesByField, type FieldIssue } from '../../ui/field-error';
import { errorText } from '../../ui/form-field';
import { NumberInput } from '../../ui/number-field';
import styles from './roadmap.module.css';

interface Props {
  wave: Wave;
  onSave: (draft: WaveDraft) => Promise<void>;
  onDelete: () => void;
}

type TextField = 'name' | 'startDate' | 'endDate';

/** One wave's name, capacity and dates, edited in place; errors next to the field. */
export function WaveRow({ wave, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Record<TextField, string>>({
    name: wave.name,
    startDate: wave.startDate ?? '',
    endDate: wave.endDate ?? '',
  });
  const [capacity, setCapacity] = useState<number | null>(wave.capacity);
  const [errors, setErrors] = useState<Partial<Record<string, FieldIssue>>>({});

  async function save() {
    try {
      await onSave({
        name: values.name,
        capacity,
        startDate: values.startDate || null,
        endDate: values.endDate || null,
      });
      setErrors({});
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      setErrors(issuesByField(error));
    }
  }

  const input = (field: TextField, type: string, label: string) => {
    const message = errorText(t, errors[field], label);
    return (
      <div className={styles.waveField}>
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          type={type}
          value={values[field]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-${field}-error` : undefined}
          onChange={(e) => {
            const value = e.target.value;
            setValues((v) => ({ ...v, [field]: value }));
          }}
        />
        {message ? (
          <span id={`${id}-${field}-error`} role="alert" className={styles.fieldError}>
            {message}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <fieldset className={styles.waveRow}>
      <legend>{wave.name}</legend>
      {input('name', 'text', t('roadmap.settings.name'))}
      <NumberInput
        className={styles.waveField}
        label={t('roadmap.settings.capacity')}
        value={capacity}
        formatOptions={{ maximumFractionDigits: 0 }}
        error={errors['capacity']}
        onChange={setCapacity}
      />
      {input('startDate', 'date', t('roadmap.settings.startDate'))}
      {input('endDate', 'date', t('roadmap.settings.endDate'))}
      <div className={styles.waveActions}>
        <Button small variant="primary" onPress={() => void save()}>
          {t('common.save')}
        </Button>
        <Button small variant="danger" onPress={onDelete}>
          {t('common.delete')}
        </Button>
      </div>
    </fieldset>
  );
}
