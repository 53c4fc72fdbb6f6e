import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useActorName, useChangeContext } from '../../data/use-actor';
import { useUseCaseGroupScoring } from '../../data/use-group-scoring';
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
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useErrorText } from '../../ui/form-field';
import { useFormatters } from '../../ui/format';
import { useToast } from '../../ui/toast';
import { CriterionGuide } from './criterion-guide';
import { FinancialEstimateSummary } from './financial-estimate-section';
import { CriterionGroupView } from './scoring-group-view';
import { RevealBar } from './scoring-reveal-bar';
import { UnsavedScoresGuard } from './scoring-unsaved-guard';
import styles from './scoring.module.css';

type ScoringForm = UseFormReturn<CriterionScoresInput, unknown, CriterionScores>;

const CHOICES = ['unset', '1', '2', '3', '4', '5'] as const;
/** The select's value for "the person at the keyboard" (who may not be a participant yet). */
const ME = '';

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

/**
 * A participant scores the eight criteria (1..5 or unset) with a rationale each. By default the
 * person at the keyboard; in facilitator mode, any participant of the workspace, so that several
 * people can score on one laptop. With blind scoring, the others' scores stay hidden until the
 * facilitator reveals them for this use case.
 */
export function ScoringPanel({ workspace, useCase }: { workspace: Workspace; useCase: UseCase }) {
  const { t } = useTranslation();
  const actor = useActorName();
  const change = useChangeContext();
  const toast = useToast();
  const f = useFormatters();
  const selectId = useId();
  const group = useUseCaseGroupScoring(workspace.id, useCase.id, f.locale);
  const [raterId, setRaterId] = useState<string>(ME);
  const [pendingRater, setPendingRater] = useState<string | null>(null);
  const me = group?.participants.find((p) => sameName(p.name, actor)) ?? null;
  const rater = raterId === ME ? me : (group?.participants.find((p) => p.id === raterId) ?? me);
  const raterName = raterId === ME || !rater ? actor : rater.name;
  const card = group?.scorecards.find((c) => rater !== null && c.participantId === rater.id);
  const initial = useMemo(() => card?.scores ?? emptyCriterionScores(), [card]);
  const form = useForm<CriterionScoresInput, unknown, CriterionScores>({
    resolver: zodResolver(criterionScoresSchema),
    values: initial,
    // A change saved elsewhere (another tab) never overwrites what is being typed here.
    resetOptions: { keepDirtyValues: true },
  });
  const { isDirty, isSubmitting, errors } = form.formState;
  const save = async (scores: CriterionScores) => {
    if (raterId === ME || !rater) await saveOwnScores(database(), change(), useCase.id, scores);
    else await saveParticipantScores(database(), change(), useCase.id, rater.id, scores);
    form.reset(scores);
    toast({ message: t('groupScoring.savedFor', { name: raterName }) });
  };
  const submit = form.handleSubmit(save);
  /** For "Save and leave": true once saved (false when a field is invalid). */
  const saveBeforeLeaving = async () => {
    let saved = false;
    await form.handleSubmit(async (scores) => {
      await save(scores);
      saved = true;
    })();
    return saved;
  };

  if (group === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const hidden = workspace.blindScoring && useCase.scoresRevealedAt === null;
  const others = group.participants.filter((p) => p.id !== me?.id);
  const scoredCount = group.scorecards.filter((c) =>
    CRITERIA.some((x) => c.scores[x.id].score !== null),
  ).length;
  const chooseRater = (id: string) => {
    if (isDirty) setPendingRater(id);
    else setRaterId(id);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        void submit(e);
      }}
    >
      <div className={styles.raterBar}>
        <label htmlFor={selectId}>{t('groupScoring.scoringAs')}</label>
        <select
          id={selectId}
          value={raterId === ME || !rater || rater.id === me?.id ? ME : rater.id}
          onChange={(e) => chooseRater(e.target.value)}
        >
          <option value={ME}>{t('groupScoring.you', { name: actor })}</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <span className={styles.raterHint}>{t('groupScoring.facilitatorHint')}</span>
      </div>
      {workspace.blindScoring ? <RevealBar useCase={useCase} scoredCount={scoredCount} /> : null}
      <p className={styles.lead}>{t('groupScoring.lead', { name: raterName })}</p>
      <ol className={styles.criteria}>
        {CRITERIA.map((c) => (
          <li key={c.id} className={styles.criterion}>
            <div>
              <CriterionGuide workspace={workspace} criterion={c.id} />
              {c.id === 'financialPotential' ? (
                // The estimate is evidence beside the score, never the score itself (SCORING.md 11).
                <FinancialEstimateSummary estimate={useCase.financialEstimate} />
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
                />
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.saveBar}>
        <span aria-live="polite">{isDirty ? t('scoring.unsaved') : ''}</span>
        <Button type="submit" variant="primary" isDisabled={isSubmitting || !isDirty}>
          {raterId === ME ? t('scoring.save') : t('groupScoring.saveFor', { name: raterName })}
        </Button>
      </div>
      <UnsavedScoresGuard
        isDirty={isDirty && !isSubmitting}
        raterName={raterName}
        onSave={saveBeforeLeaving}
      />
      <ConfirmDialog
        isOpen={pendingRater !== null}
        onOpenChange={(open) => {
          if (!open) setPendingRater(null);
        }}
        title={t('groupScoring.unsavedTitle')}
        message={t('groupScoring.switchMessage', { name: raterName })}
        confirmLabel={t('groupScoring.discardAndSwitch')}
        onConfirm={() => {
          if (pendingRater !== null) setRaterId(pendingRater);
          form.reset(initial);
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
