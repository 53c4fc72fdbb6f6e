import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { WaveDraft } from '../../domain/roadmap/roadmap-inputs';
import type { Wave } from '../../domain/schema/roadmap';
import { Button } from '../../ui/button';
import styles from './roadmap.module.css';

interface Props {
  wave: Wave;
  onSave: (draft: WaveDraft) => Promise<void>;
  onDelete: () => void;
}

type Field = 'name' | 'capacity' | 'startDate' | 'endDate';

/** One wave's name, capacity and dates, edited in place; errors next to the field. */
export function WaveRow({ wave, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    name: wave.name,
    capacity: wave.capacity === null ? '' : String(wave.capacity),
    startDate: wave.startDate ?? '',
    endDate: wave.endDate ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  async function save() {
    const capacity = values.capacity.trim();
    try {
      await onSave({
        name: values.name,
        capacity: capacity === '' ? null : Number(capacity),
        startDate: values.startDate || null,
        endDate: values.endDate || null,
      });
      setErrors({});
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      const next: Partial<Record<Field, string>> = {};
      for (const issue of error.issues) {
        const field = issue.path[0] as Field;
        next[field] ??= issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
      }
      setErrors(next);
    }
  }

  const input = (field: Field, type: string, label: string) => (
    <div className={styles.waveField}>
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        min={type === 'number' ? 0 : undefined}
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
        onChange={(e) => {
          const value = e.target.value;
          setValues((v) => ({ ...v, [field]: value }));
        }}
      />
      {errors[field] ? (
        <span id={`${id}-${field}-error`} role="alert" className={styles.fieldError}>
          {t(errors[field])}
        </span>
      ) : null}
    </div>
  );

  return (
    <fieldset className={styles.waveRow}>
      <legend>{wave.name}</legend>
      {input('name', 'text', t('roadmap.settings.name'))}
      {input('capacity', 'number', t('roadmap.settings.capacity'))}
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
