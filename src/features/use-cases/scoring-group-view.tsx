import { useTranslation } from 'react-i18next';
import type { AgreedScore } from '../../domain/scoring/group-scores';
import { DIVERGENCE_TO_DISCUSS, divergenceOf } from '../../domain/scoring/aggregate-scores';
import type { EffectiveScore } from '../../domain/decision/decide-workspace';
import type { CriterionId } from '../../domain/schema/criterion';
import type { Participant } from '../../domain/schema/participant';
import type { Scorecard } from '../../domain/schema/scorecard';
import type { Aggregation } from '../../domain/schema/workspace';
import { useFormatters } from '../../ui/format';
import styles from './scoring.module.css';

interface Props {
  criterion: CriterionId;
  scorecards: readonly Scorecard[];
  participants: readonly Participant[];
  method: Aggregation;
  agreed: AgreedScore | undefined;
  /** The decision's effective score of this criterion (its mean or median: `aggregated`). */
  groupScore: EffectiveScore | undefined;
}

/**
 * Once scores are visible (not blind, or revealed): the group's score of a criterion (mean or
 * median, or the agreed score), each participant's score, the spread and the "to discuss" flag.
 */
export function CriterionGroupView({
  criterion,
  scorecards,
  participants,
  method,
  agreed,
  groupScore,
}: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const nameOf = (id: string) =>
    participants.find((p) => p.id === id)?.name ?? t('groupScoring.formerParticipant');
  const answers = scorecards
    .flatMap((c) => {
      const score = c.scores[criterion].score;
      return score === null ? [] : [{ id: c.participantId, name: nameOf(c.participantId), score }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, f.locale));
  if (answers.length === 0 && !agreed) return null;
  const computed = groupScore?.aggregated ?? null;
  const spread = divergenceOf(answers.map((a) => a.score));
  const methodLabel = t(`groupScoring.method.${method}`);
  return (
    <div className={styles.group} data-testid={`group-${criterion}`}>
      <p>
        {agreed
          ? t('groupScoring.groupAgreed', {
              score: f.rawScore(agreed.agreedScore),
              computed: computed === null ? t('common.none') : f.rawScore(computed),
              method: methodLabel,
            })
          : t('groupScoring.groupLine', {
              score: computed === null ? t('common.none') : f.rawScore(computed),
              method: methodLabel,
              count: answers.length,
            })}
        {answers.length >= 2 ? <> · {t('groupScoring.spread', { spread })}</> : null}
        {spread >= DIVERGENCE_TO_DISCUSS ? (
          <strong className={agreed ? styles.resolved : styles.discuss}>
            {' '}
            {agreed ? t('groupScoring.resolvedFlag') : t('groupScoring.toDiscussFlag')}
          </strong>
        ) : null}
      </p>
      {answers.length > 0 ? (
        <ul className={styles.answers} aria-label={t('groupScoring.participantsScores')}>
          {answers.map((a) => (
            <li key={a.id}>
              {a.name} <strong>{a.score}</strong>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
