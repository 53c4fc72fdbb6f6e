import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  LiveAgreement,
  LiveDivergence,
  LiveUseCase,
  SharedEntries,
} from '../../domain/live/live-documents';
import { isFullyScored, progressOf } from '../../domain/live/live-progress';
import { CRITERION_IDS, type CriterionId } from '../../domain/schema/criterion';
import { emptyCriterionScores, type CriterionScores } from '../../domain/schema/scorecard';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CriterionAnchors, useCriterionText } from '../../ui/criterion-scale';
import { callLiveApi } from './live-connection';
import { forgetPass, useParticipantSession, type ParticipantPass } from './use-participant-session';
import styles from './join.module.css';

/** The participant's scorecards, blind: only their own scores; divergences once revealed. */
export function ParticipantScoring({
  sessionId,
  pass,
  onClosed,
  onLeft,
}: {
  sessionId: string;
  pass: ParticipantPass;
  onClosed: () => void;
  /** After the participant left the session (their name is free again). */
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const live = useParticipantSession(sessionId, pass);
  const [confirming, setConfirming] = useState(false);
  const [leaveFailed, setLeaveFailed] = useState(false);
  async function leave() {
    leaving.current = true;
    const answer = await callLiveApi(`sessions/${sessionId}/participants/${pass.participantId}`, {
      method: 'DELETE',
      token: pass.token,
    });
    // 401: the facilitator had freed the name already.
    if (answer.status !== 204 && answer.status !== 401) {
      leaving.current = false;
      return setLeaveFailed(true);
    }
    forgetPass(sessionId, pass);
    onLeft();
  }
  // Leaving closes this page's connections too: that close is not news to report.
  const leaving = useRef(false);
  useEffect(() => {
    if (live.refused && !leaving.current) onClosed();
  }, [live.refused, onClosed]);
  const useCases = live.shared.useCases ?? [];
  const progress = progressOf(
    live.mine,
    useCases.map((u) => u.id),
  );
  return (
    <div>
      <div className={styles.who}>
        <p>{t('liveSession.join.scoringAs', { name: pass.name })}</p>
        <Button onPress={() => setConfirming(true)}>{t('liveSession.join.leave')}</Button>
      </div>
      {leaveFailed ? <p role="alert">{t('liveSession.join.leaveFailed')}</p> : null}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('liveSession.join.leaveTitle')}
        message={t('liveSession.join.leaveConfirm', { name: pass.name })}
        confirmLabel={t('liveSession.join.leave')}
        onConfirm={() => void leave()}
      />
      <p role="status" className={styles.status} data-delivery={live.delivery}>
        <strong>{t('liveSession.join.progress', progress)}</strong> ·{' '}
        {t(`liveSession.join.${live.delivery}`)}
      </p>
      <p className={styles.help}>
        {live.shared.revealed ? t('liveSession.join.revealedNote') : t('liveSession.join.blind')}
      </p>
      {useCases.length === 0 ? <p aria-busy="true">{t('liveSession.join.waiting')}</p> : null}
      {useCases.map((u) => (
        <UseCaseCard
          key={u.id}
          useCase={u}
          shared={live.shared}
          scores={live.mine[u.id] ?? emptyCriterionScores()}
          onChange={(scores) => live.score(u.id, scores)}
        />
      ))}
    </div>
  );
}

interface UseCaseCardProps {
  useCase: LiveUseCase;
  shared: SharedEntries;
  scores: CriterionScores;
  onChange: (scores: CriterionScores) => void;
}

function UseCaseCard({ useCase, shared, scores, onChange }: UseCaseCardProps) {
  const { t } = useTranslation();
  const done = isFullyScored(scores);
  const divergences = (shared.divergences ?? []).filter((d) => d.useCaseId === useCase.id);
  const agreements = (shared.agreements ?? []).filter((a) => a.useCaseId === useCase.id);
  return (
    <section className={styles.useCase} aria-label={useCase.title} data-done={done}>
      <h2 className={styles.useCaseTitle}>{useCase.title}</h2>
      <p className={styles.help}>{useCase.description || t('liveSession.join.noDescription')}</p>
      {CRITERION_IDS.map((id) => (
        <CriterionField
          key={id}
          criterion={id}
          shared={shared}
          value={scores[id]}
          divergence={divergences.find((d) => d.criterion === id)}
          agreement={agreements.filter((a) => a.criterion === id).at(-1)}
          onChange={(next) => onChange({ ...scores, [id]: next })}
        />
      ))}
    </section>
  );
}

function CriterionField({
  criterion,
  shared,
  value,
  divergence,
  agreement,
  onChange,
}: {
  criterion: CriterionId;
  shared: SharedEntries;
  value: CriterionScores[CriterionId];
  divergence: LiveDivergence | undefined;
  agreement: LiveAgreement | undefined;
  onChange: (next: CriterionScores[CriterionId]) => void;
}) {
  const { t } = useTranslation();
  const text = useCriterionText(criterion, shared.scales?.[criterion]);
  const label = t(`criteria.${criterion}.label`);
  return (
    <fieldset className={styles.criterion}>
      <legend className={styles.criterionLabel}>{label}</legend>
      <p className={styles.question}>{text('question')}</p>
      <div role="radiogroup" aria-label={label} className={styles.scale}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={styles.choice} data-selected={value.score === n}>
            <input
              type="radio"
              name={`${criterion}`}
              value={n}
              checked={value.score === n}
              onChange={() => onChange({ ...value, score: n })}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <CriterionAnchors text={text} className={styles.anchors} />
      <label className={styles.field}>
        {t('liveSession.join.rationale')}
        <textarea
          className={styles.input}
          maxLength={5000}
          defaultValue={value.rationale}
          onBlur={(e) => {
            if (e.target.value !== value.rationale)
              onChange({ ...value, rationale: e.target.value });
          }}
        />
      </label>
      {divergence ? (
        <p className={styles.divergence}>
          {t('liveSession.join.divergence', divergence)}
          {divergence.max - divergence.min >= 2 ? ` · ${t('liveSession.join.toDiscuss')}` : ''}
        </p>
      ) : null}
      {agreement ? (
        <p className={styles.agreement}>
          {t('liveSession.join.agreed', { score: agreement.agreedScore })} — {agreement.note}
        </p>
      ) : null}
    </fieldset>
  );
}
