import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import {
  MAX_PORTFOLIO_WAVES,
  PORTFOLIO_OBJECTIVES,
  portfolioConstraintsSchema,
  type PortfolioConstraints,
} from '../../domain/schema/portfolio';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/form-field';
import { NumberInput, NumberInputField } from '../../ui/number-field';
import styles from './portfolio.module.css';

/** The form's shape: the waves as objects (react-hook-form's field arrays need them). */
const formSchema = z.strictObject({
  objective: portfolioConstraintsSchema.shape.objective,
  oneOffBudget: portfolioConstraintsSchema.shape.oneOffBudget,
  yearlyBudget: portfolioConstraintsSchema.shape.yearlyBudget,
  waves: z
    .array(z.strictObject({ people: portfolioConstraintsSchema.shape.wavePeople.element }))
    .min(1)
    .max(MAX_PORTFOLIO_WAVES),
});
type Form = z.infer<typeof formSchema>;

interface Props {
  initial: PortfolioConstraints;
  busy: boolean;
  onSolve: (constraints: PortfolioConstraints) => void;
}

/** Budgets, people per wave and what to maximise; "Find the best portfolio" solves with them. */
export function ConstraintsForm({ initial, busy, onSolve }: Props) {
  const { t } = useTranslation();
  const { control, register, handleSubmit, formState } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      objective: initial.objective,
      oneOffBudget: initial.oneOffBudget,
      yearlyBudget: initial.yearlyBudget,
      waves: initial.wavePeople.map((people) => ({ people })),
    },
  });
  const waves = useFieldArray({ control, name: 'waves' });
  const count = useWatch({ control, name: 'waves' }).length;
  const setCount = (n: number | null) => {
    const next = Math.min(MAX_PORTFOLIO_WAVES, Math.max(1, Math.round(n ?? 1)));
    if (next > count) waves.append(Array.from({ length: next - count }, () => ({ people: null })));
    else if (next < count) waves.remove(Array.from({ length: count - next }, (_, k) => next + k));
  };
  const submit = (form: Form) =>
    onSolve({
      objective: form.objective,
      oneOffBudget: form.oneOffBudget,
      yearlyBudget: form.yearlyBudget,
      wavePeople: form.waves.map((w) => w.people),
    });
  return (
    <form
      className={styles.constraints}
      aria-label={t('portfolio.constraints.title')}
      onSubmit={(event) => void handleSubmit(submit)(event)}
    >
      <h2>{t('portfolio.constraints.title')}</h2>
      <SelectField
        label={t('portfolio.constraints.objective')}
        error={formState.errors.objective}
        registration={register('objective')}
        options={PORTFOLIO_OBJECTIVES.map((value) => ({
          value,
          label: t(`portfolio.constraints.objectiveOption.${value}`),
        }))}
      />
      <div className={styles.row}>
        <NumberInputField
          control={control}
          name="oneOffBudget"
          label={t('portfolio.constraints.oneOffBudget')}
          hint={t('portfolio.constraints.budgetHint')}
          minValue={0}
        />
        <NumberInputField
          control={control}
          name="yearlyBudget"
          label={t('portfolio.constraints.yearlyBudget')}
          minValue={0}
        />
      </div>
      <div className={styles.row}>
        <NumberInput
          label={t('portfolio.constraints.waveCount')}
          value={count}
          onChange={setCount}
          minValue={1}
          maxValue={MAX_PORTFOLIO_WAVES}
          formatOptions={{ maximumFractionDigits: 0 }}
        />
        {waves.fields.map((field, k) => (
          <NumberInputField
            key={field.id}
            control={control}
            name={`waves.${k}.people`}
            label={t('portfolio.constraints.wavePeople', { n: k + 1 })}
            hint={k === 0 ? t('portfolio.constraints.peopleHint') : undefined}
            minValue={0}
          />
        ))}
      </div>
      <Button type="submit" variant="primary" isDisabled={busy}>
        {t('portfolio.solve')}
      </Button>
    </form>
  );
}
