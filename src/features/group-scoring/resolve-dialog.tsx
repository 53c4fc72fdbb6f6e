import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { divergenceAgreementSchema, resolveDivergence } from '../../db/repositories/group-scoring';
import type { CriterionId } from '../../domain/schema/criterion';
import { FormDialog } from '../../ui/form-dialog';
import { TextAreaField, useErrorText, fieldOf } from '../../ui/form-field';
import { useToast } from '../../ui/toast';
import styles from './group-scoring.module.css';

const formSchema = divergenceAgreementSchema.omit({ criterion: true }).extend({
  agreedScore: z.number({ error: 'errors.scoreRange' }).int().min(1).max(5),
});
type FormInput = { agreedScore: number | null; note: string };
type FormOutput = z.output<typeof formSchema>;

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  useCaseId: string;
  title: string;
  criterion: CriterionId;
  initialScore: number | null;
}

/** How the group resolved a divergence: the agreed score and a note, recorded as a decision. */
export function ResolveDialog({
  isOpen,
  onOpenChange,
  useCaseId,
  title,
  criterion,
  initialScore,
}: Props) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema as unknown as z.ZodType<FormOutput, FormInput>),
    values: { agreedScore: initialScore, note: '' },
  });
  const { errors } = form.formState;
  const scoreError = useErrorText(errors.agreedScore);
  const label = t(`criteria.${criterion}.label`);
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('groupScoring.resolveTitle', { title, criterion: label })}
      form={form}
      onSubmit={async (values) => {
        await resolveDivergence(database(), change(), useCaseId, { criterion, ...values });
        toast({ message: t('groupScoring.resolved', { title, criterion: label }) });
      }}
      submitLabel={t('groupScoring.recordAgreement')}
    >
      <p>{t('groupScoring.resolveLead')}</p>
      <Controller
        control={form.control}
        name="agreedScore"
        render={({ field }) => (
          <RadioGroup
            className={styles.scale}
            orientation="horizontal"
            value={field.value === null ? null : String(field.value)}
            onChange={(v) => field.onChange(Number(v))}
            isInvalid={scoreError !== null}
            validationBehavior="aria"
          >
            <Label className={styles.scaleLabel}>{t('groupScoring.agreedScoreLabel')}</Label>
            <div className={styles.choices}>
              {['1', '2', '3', '4', '5'].map((choice) => (
                <Radio key={choice} value={choice} className={styles.choice}>
                  {choice}
                </Radio>
              ))}
            </div>
            {scoreError ? (
              <span className={styles.error} role="alert">
                {scoreError}
              </span>
            ) : null}
          </RadioGroup>
        )}
      />
      <TextAreaField
        label={t('groupScoring.noteLabel')}
        hint={t('groupScoring.noteHint')}
        {...fieldOf(form, 'note')}
        rows={3}
      />
    </FormDialog>
  );
}
