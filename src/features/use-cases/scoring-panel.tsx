import type { UseCaseDecision } from '../../domain/decision/decide-workspace';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActorName } from '../../data/use-actor';
import { useUseCaseGroupScoring } from '../../data/use-group-scoring';
import { CRITERIA } from '../../domain/schema/criterion';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFormatters } from '../../ui/format';
import { RaterScoresForm } from './rater-scores-form';
import { RevealBar } from './scoring-reveal-bar';
import styles from './scoring.module.css';

/** The select's value for "the person at the keyboard" (who may not be a participant yet). */
const ME = '';

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

interface ScoringPanelProps {
  workspace: Workspace;
  useCase: UseCase;
  /** The decision of this use case (its effective scores, its financial figures). */
  decided: UseCaseDecision | undefined;
}

/**
 * A participant scores the eight criteria (1..5 or unset) with a rationale each. By default the
 * person at the keyboard; in facilitator mode, any participant of the workspace, so that several
 * people can score on one laptop. Each person's form is its own (remounted on each switch): it
 * shows that person's saved scores and rationales, never what was typed for the previous one.
 * With blind scoring, the others' scores stay hidden until the facilitator reveals them.
 */
export function ScoringPanel({ workspace, useCase, decided }: ScoringPanelProps) {
  const { t } = useTranslation();
  const actor = useActorName();
  const f = useFormatters();
  const selectId = useId();
  const group = useUseCaseGroupScoring(workspace.id, useCase.id, f.locale);
  const [raterId, setRaterId] = useState<string>(ME);
  const [pendingRater, setPendingRater] = useState<string | null>(null);
  const [isDirty, setDirty] = useState(false);

  if (group === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const me = group.participants.find((p) => sameName(p.name, actor)) ?? null;
  const chosen = raterId === ME ? null : group.participants.find((p) => p.id === raterId);
  // The person at the keyboard when "me" is chosen, or when the chosen one was removed.
  const isMe = !chosen || chosen.id === me?.id;
  const rater = isMe ? me : chosen;
  const raterName = isMe ? actor : chosen.name;
  const card = rater ? group.scorecards.find((c) => c.participantId === rater.id) : undefined;
  const others = group.participants.filter((p) => p.id !== me?.id);
  const scoredCount = group.scorecards.filter((c) =>
    CRITERIA.some((x) => c.scores[x.id].score !== null),
  ).length;
  const switchTo = (id: string) => {
    setDirty(false);
    setRaterId(id);
  };

  return (
    <div>
      <div className={styles.raterBar}>
        <label htmlFor={selectId}>{t('groupScoring.scoringAs')}</label>
        <select
          id={selectId}
          value={isMe ? ME : chosen.id}
          onChange={(e) => {
            if (isDirty) setPendingRater(e.target.value);
            else switchTo(e.target.value);
          }}
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
      <RaterScoresForm
        // One form per person: switching never carries the previous person's fields over.
        key={isMe ? `me:${actor}` : chosen.id}
        workspace={workspace}
        useCase={useCase}
        group={group}
        raterId={isMe ? null : chosen.id}
        raterName={raterName}
        saved={card?.scores}
        decided={decided}
        onDirtyChange={setDirty}
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
          if (pendingRater !== null) switchTo(pendingRater);
        }}
      />
    </div>
  );
}
