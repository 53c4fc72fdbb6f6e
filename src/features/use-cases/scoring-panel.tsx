import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useActorName, useChangeContext } from '../../data/use-actor';
import { useUseCaseScoring } from '../../data/use-use-case';
import { database } from '../../db/database';
import { saveOwnScores } from '../../db/repositories/scorecards';
import {
  DIVERGENCE_TO_DISCUSS,
  divergenceOf,
  scoresOf,
} from '../../domain/scoring/aggregate-scores';
import { CRITERIA } from '../../domain/schema/criterion';
import {
  criterionScoresSchema,
  emptyCriterionScores,
  type CriterionScores,
  type CriterionScoresInput,
} from '../../domain/schema/scorecard';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { useErrorText } from '../../ui/form-field';
import { useFormatters } from '../../ui/format';
import { useToast } from '../../ui/toast';
import { CriterionGuide } from './criterion-guide';
import styles from './scoring.module.css';

type ScoringForm = UseFormReturn<CriterionScoresInput, unknown, CriterionScores>;

const CHOICES = ['unset', '1', '2', '3', '4', '5'] as const;

/** The current person scores the eight criteria (1..5 or unset) with a rationale each. */
export function ScoringPanel({ workspace, useCase }: { workspace: Workspace; useCase: UseCase }) {
  const { t } = useTranslation();
  const actor = useActorName();
  const change = useChangeContext();
  const toast = useToast();
  const f = useFormatters();
  const scoring = useUseCaseScoring(workspace.id, useCase.id, actor);
  const initial = useMemo(() => scoring?.own?.scores ?? emptyCriterionScores(), [scoring?.own]);
  const form = useForm<CriterionScoresInput, unknown, CriterionScores>({
    resolver: zodResolver(criterionScoresSchema),
    values: initial,
  });
  const { isDirty, isSubmitting, errors } = form.formState;
  const submit = form.handleSubmit(async (scores) => {
    await saveOwnScores(database(), change(), useCase.id, scores);
    toast({ message: t('scoring.saved') });
  });

  if (scoring === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const others = scoring.scorecards.filter((c) => c.id !== scoring.own?.id);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        void submit(e);
      }}
    >
      <p className={styles.lead}>{t('scoring.lead', { name: actor })}</p>
      <ol className={styles.criteria}>
        {CRITERIA.map((c) => {
          const given = scoresOf(scoring.scorecards, c.id);
          const spread = divergenceOf(given);
          return (
            <li key={c.id} className={styles.criterion}>
              <CriterionGuide workspace={workspace} criterion={c.id} />
              <div className={styles.inputs}>
                <Controller
                  control={form.control}
                  name={`${c.id}.score`}
                  render={({ field }) => (
                    <RadioGroup
                      className={styles.scale}
                      orientation="horizontal"
                      value={field.value === null ? 'unset' : String(field.value)}
                      onChange={(v) => field.onChange(v === 'unset' ? null : Number(v))}
                      onBlur={field.onBlur}
                    >
                      <Label className={styles.scaleLabel}>
                        {t('scoring.scoreFor', { criterion: t(`criteria.${c.id}.label`) })}
                      </Label>
                      <div className={styles.choices}>
                        {CHOICES.map((choice) => (
                          <Radio key={choice} value={choice} className={styles.choice}>
                            {choice === 'unset' ? t('scoring.unset') : choice}
                          </Radio>
                        ))}
                      </div>
                    </RadioGroup>
                  )}
                />
                <RationaleField form={form} criterion={c.id} error={errors[c.id]?.rationale} />
                {others.length > 0 && given.length > 0 ? (
                  <p className={styles.group}>
                    {t('scoring.group', {
                      mean: f.rawScore(given.reduce((s, v) => s + v, 0) / given.length),
                      count: given.length,
                    })}
                    {spread >= DIVERGENCE_TO_DISCUSS ? (
                      <span className={styles.discuss}> {t('scoring.toDiscuss', { spread })}</span>
                    ) : null}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.saveBar}>
        <span aria-live="polite">{isDirty ? t('scoring.unsaved') : ''}</span>
        <Button type="submit" variant="primary" isDisabled={isSubmitting || !isDirty}>
          {t('scoring.save')}
        </Button>
      </div>
    </form>
  );
}

function RationaleField({
  form,
  criterion,
  error,
}: {
  form: ScoringForm;
  criterion: keyof CriterionScores;
  error: Parameters<typeof useErrorText>[0];
}) {
  const { t } = useTranslation();
  const message = useErrorText(error);
  const id = `rationale-${criterion}`;
  return (
    <div className={styles.rationale}>
      <label htmlFor={id}>
        {t('scoring.rationaleFor', { criterion: t(`criteria.${criterion}.label`) })}
      </label>
      <textarea
        id={id}
        rows={2}
        placeholder={t('scoring.rationalePlaceholder')}
        aria-invalid={message ? true : undefined}
        {...form.register(`${criterion}.rationale`)}
      />
      {message ? <span role="alert">{message}</span> : null}
    </div>
  );
}
