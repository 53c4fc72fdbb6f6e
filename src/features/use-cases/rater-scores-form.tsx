import type { UseCaseDecision } from '../../domain/decision/decide-workspace';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useChangeContext } from '../../data/use-actor';
import type { UseCaseGroupScoring } from '../../data/use-group-scoring';
import { database } from '../../db/database';
import { saveOwnScores, saveParticipantScores } from '../../db/repositories/scorecards';
import { CRITERIA } from '../../domain/schema/criterion';
import {
  criterionScoresSchema,
  emptyCriterionScores,
  type CriterionScores,
  type CriterionScoresInput,
} from '../../domain/schema/scorecard';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import { useErrorText } from '../../ui/form-field';
import { CriterionGuide } from './criterion-guide';
import { FormSaveBar } from './form-save-bar';
import { FinancialEstimateSummary } from './financial-estimate-section';
import { CriterionGroupView } from './scoring-group-view';
import styles from './scoring.module.css';

type ScoringForm = UseFormReturn<CriterionScoresInput, unknown, CriterionScores>;

const CHOICES = ['unset', '1', '2', '3', '4', '5'] as const;

/**
 * The eight scores and rationales of one person (`raterId` null: the person at the keyboard),
 * starting from that person's saved scorecard, or empty when there is none.
 */
export function RaterScoresForm({
  workspace,
  useCase,
  group,
  raterId,
  raterName,
  saved,
  decided,
  onDirtyChange,
}: {
  workspace: Workspace;
  useCase: UseCase;
  group: UseCaseGroupScoring;
  raterId: string | null;
  raterName: string;
  saved: CriterionScores | undefined;
  /** The decision of this use case: its effective scores and financial figures. */
  decided: UseCaseDecision | undefined;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  // After a save, the focus goes to the line that says so (the button it left is disabled).
  const status = useRef<HTMLSpanElement>(null);
  const [savedOnce, setSavedOnce] = useState(false);
  const initial = useMemo(() => saved ?? emptyCriterionScores(), [saved]);
  const form = useForm<CriterionScoresInput, unknown, CriterionScores>({
    resolver: zodResolver(criterionScoresSchema),
    values: initial,
    // A change saved elsewhere (another tab) never overwrites what is being typed here.
    resetOptions: { keepDirtyValues: true },
  });
  const { isDirty, errors } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  const save = async (scores: CriterionScores) => {
    if (raterId === null) await saveOwnScores(database(), change(), useCase.id, scores);
    else await saveParticipantScores(database(), change(), useCase.id, raterId, scores);
    form.reset(scores);
    setSavedOnce(true);
    status.current?.focus();
  };
  const hidden = workspace.blindScoring && useCase.scoresRevealedAt === null;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        void form.handleSubmit(save)(e);
      }}
    >
      <p className={styles.lead}>{t('groupScoring.lead', { name: raterName })}</p>
      <ol className={styles.criteria}>
        {CRITERIA.map((c) => (
          <li key={c.id} className={styles.criterion}>
            <div>
              <CriterionGuide workspace={workspace} criterion={c.id} />
              {c.id === 'financialPotential' ? (
                // The estimate is evidence beside the score, never the score itself (SCORING.md 11).
                <FinancialEstimateSummary
                  estimate={useCase.financialEstimate}
                  decided={decided?.finance}
                />
              ) : null}
            </div>
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
              {hidden ? null : (
                <CriterionGroupView
                  criterion={c.id}
                  scorecards={group.scorecards}
                  participants={group.participants}
                  method={workspace.aggregation}
                  agreed={group.agreed.get(c.id)}
                  groupScore={decided?.scores[c.id]}
                />
              )}
            </div>
          </li>
        ))}
      </ol>
      <FormSaveBar
        form={form}
        save={save}
        label={
          raterId === null ? t('scoring.save') : t('groupScoring.saveFor', { name: raterName })
        }
        className={styles.saveBar}
        status={
          <span
            ref={status}
            tabIndex={-1}
            aria-live="polite"
            className={isDirty ? undefined : styles.savedStatus}
          >
            {isDirty
              ? t('scoring.unsaved')
              : savedOnce
                ? t('groupScoring.savedFor', { name: raterName })
                : ''}
          </span>
        }
        guard={{
          title: t('groupScoring.unsavedTitle'),
          message: t('groupScoring.unsavedMessage', { name: raterName }),
        }}
      />
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
  const label = t('scoring.rationaleFor', { criterion: t(`criteria.${criterion}.label`) });
  const message = useErrorText(error, label);
  const id = `rationale-${criterion}`;
  return (
    <div className={styles.rationale}>
      <label htmlFor={id}>{label}</label>
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
