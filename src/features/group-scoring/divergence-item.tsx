import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupScoringData } from '../../data/use-group-scoring';
import type { Divergence } from '../../domain/scoring/divergences';
import type { EffectiveScore } from '../../domain/decision/decide-workspace';
import type { AgreedScore } from '../../domain/scoring/group-scores';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { ResolveDialog } from './resolve-dialog';
import { WithdrawAgreementDialog } from './withdraw-dialog';
import styles from './group-scoring.module.css';
import { ColumnHeads } from '../../ui/column-heads';

interface Props {
  divergence: Divergence;
  data: GroupScoringData;
  agreed: AgreedScore | undefined;
  /** The decision's effective score of this criterion (its mean or median: `aggregated`). */
  groupScore: EffectiveScore | undefined;
}

/** One flagged criterion: the participants' scores and rationales side by side, and the agreement. */
export function DivergenceItem({ divergence: d, data, agreed, groupScore }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [resolving, setResolving] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const criterion = t(`criteria.${d.criterion}.label`);
  const headingId = `div-${d.useCaseId}-${d.criterion}`;
  const participant = (id: string) => data.participants.find((p) => p.id === id);
  const department = (id: string | null | undefined) =>
    data.workspace.departments.find((x) => x.id === id)?.name ?? t('common.none');
  const computed = groupScore?.aggregated ?? null;
  return (
    <li className={styles.divergence} aria-labelledby={headingId}>
      <div className={styles.divergenceHead}>
        <h3 id={headingId}>
          <Link to={`/w/${data.workspace.id}/use-cases/${d.useCaseId}/scores`}>{d.title}</Link>
          <span className={styles.criterionName}> · {criterion}</span>
        </h3>
        <span className={styles.spreadBadge}>
          {t('groupScoring.spreadBadge', { spread: d.spread })}
        </span>
        {agreed ? (
          <span className={styles.resolvedBadge}>{t('groupScoring.resolvedFlag')}</span>
        ) : (
          <span className={styles.discussBadge}>{t('groupScoring.toDiscussFlag')}</span>
        )}
      </div>
      <table className={`${styles.answers} ${styles.fixed}`}>
        <colgroup>
          <col className={styles.colName} />
          <col className={styles.colDepartment} />
          <col className={styles.colScore} />
          <col />
        </colgroup>
        <caption className="visually-hidden">
          {t('groupScoring.answersCaption', { title: d.title, criterion })}
        </caption>
        <ColumnHeads
          columns={[
            t('groupScoring.participant'),
            t('participants.department'),
            { label: t('groupScoring.score'), className: styles.num },
            t('groupScoring.rationale'),
          ]}
        />
        <tbody>
          {d.answers.map((a) => {
            const p = participant(a.participantId);
            return (
              <tr key={a.participantId}>
                <th scope="row">{p?.name ?? t('groupScoring.formerParticipant')}</th>
                <td>{department(p?.departmentId)}</td>
                <td className={styles.num}>
                  <strong>{a.score}</strong>
                </td>
                <td className={styles.rationaleCell}>{a.rationale || t('common.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.outcome}>
        <p>
          {t('groupScoring.computedScore', {
            method: t(`groupScoring.method.${data.workspace.aggregation}`),
            score: computed === null ? t('common.none') : f.rawScore(computed),
          })}
          {agreed ? (
            <>
              {' · '}
              <strong>{t('groupScoring.agreedScore', { score: agreed.agreedScore })}</strong>
              {' · '}
              {t('groupScoring.agreedBy', {
                note: agreed.note,
                author: agreed.author,
                at: f.dateTime(agreed.at),
              })}
            </>
          ) : null}
        </p>
        <div className={styles.rowActions} data-editing-chrome="">
          {agreed ? (
            <Button
              onPress={() => setWithdrawing(true)}
              aria-label={t('groupScoring.withdrawFor', { heading: `${d.title} · ${criterion}` })}
            >
              {t('groupScoring.withdraw')}
            </Button>
          ) : null}
          <Button
            variant={agreed ? 'default' : 'primary'}
            onPress={() => setResolving(true)}
            aria-label={t(agreed ? 'groupScoring.reviseFor' : 'groupScoring.resolveFor', {
              title: d.title,
              criterion,
            })}
          >
            {agreed ? t('groupScoring.revise') : t('groupScoring.resolve')}
          </Button>
        </div>
      </div>
      {withdrawing && agreed ? (
        <WithdrawAgreementDialog
          decisionId={agreed.decisionId}
          heading={`${d.title} · ${criterion}`}
          onClose={() => setWithdrawing(false)}
        />
      ) : null}
      <ResolveDialog
        isOpen={resolving}
        onOpenChange={setResolving}
        useCaseId={d.useCaseId}
        title={d.title}
        criterion={d.criterion}
        initialScore={agreed?.agreedScore ?? null}
      />
    </li>
  );
}
