import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateWorkspaceWeights } from '../../db/repositories/workspaces';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import {
  buildPairwiseMatrix,
  mostInconsistentJudgments,
  workspaceWeightsFromJudgments,
} from '../../domain/weights/ahp';
import type { CriterionJudgment } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { useToast } from '../../ui/toast';
import {
  CRITERION_PAIRS,
  PAIR_CHOICES,
  judgmentsOf,
  pairKey,
  type Answers,
} from './pairwise-judgments';
import { WeightsTable } from './weights-table';
import styles from './weights.module.css';

interface Props {
  workspaceId: string;
  answers: Answers;
  onAnswers: (answers: Answers) => void;
  onApplied: (judgments: CriterionJudgment[]) => void;
}

/** SCORING.md section 8: the 28 pairs on Saaty's scale, the weights, lambda max, CI and CR. */
export function PairwisePanel({ workspaceId, answers, onAnswers, onApplied }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const toast = useToast();
  const newContext = useChangeContext();
  const judgments = useMemo(() => judgmentsOf(answers), [answers]);
  const { weights, result } = useMemo(() => workspaceWeightsFromJudgments(judgments), [judgments]);
  const disagreements = useMemo(
    () =>
      result.consistent
        ? []
        : mostInconsistentJudgments(
            CRITERION_IDS,
            buildPairwiseMatrix(CRITERION_IDS, judgments),
            result.weights,
            3,
          ),
    [judgments, result],
  );
  const label = (id: string) => t(`criteria.${id}.label`);
  const ratio = (v: number) => (v >= 1 ? f.rawScore(v) : `1/${f.rawScore(1 / v)}`);
  const decimals = (n: number, digits: number) =>
    new Intl.NumberFormat(f.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(n);
  const choiceLabel = (choice: string, a: string, b: string) =>
    choice === '1'
      ? t('weights.pairEqual')
      : t(`weights.saaty.${choice.slice(1)}`, { criterion: label(choice.startsWith('a') ? a : b) });

  const apply = async () => {
    // Full precision, with the answers they come from (SCORING.md section 8).
    await updateWorkspaceWeights(database(), newContext(), workspaceId, weights, judgments);
    onApplied(judgments);
    toast({ message: t('weights.ahpApplied') });
  };

  return (
    <div className={styles.pairwiseLayout}>
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('weights.pairsTitle')}</h2>
        <p className={styles.hint}>{t('weights.pairsHint')}</p>
        <ol className={styles.pairs}>
          {CRITERION_PAIRS.map(([a, b]) => {
            const key = pairKey(a, b);
            const id = `pair-${a}-${b}`;
            return (
              <li key={key}>
                <label htmlFor={id}>{t('weights.pairLabel', { a: label(a), b: label(b) })}</label>
                <select
                  id={id}
                  value={answers[key] ?? '1'}
                  onChange={(e) => onAnswers({ ...answers, [key]: e.target.value })}
                >
                  {PAIR_CHOICES.map((c) => (
                    <option key={c} value={c}>
                      {choiceLabel(c, a, b)}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="ahp-result-title" className={styles.ahpResult}>
        <h2 id="ahp-result-title">{t('weights.ahpResultTitle')}</h2>
        <WeightsTable
          caption={t('weights.ahpWeightsCaption')}
          columns={[
            t('weights.criterion'),
            { label: t('weights.ahpWeight'), className: styles.num },
          ]}
        >
          {CRITERION_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              <td className={styles.num}>
                {t('weights.percent', {
                  value: f.rawScore((weights[id] / CRITERION_IDS.length) * 100),
                })}
              </td>
            </tr>
          ))}
        </WeightsTable>
        <dl className={styles.consistency}>
          <dt>{t('weights.lambdaMax')}</dt>
          <dd data-testid="lambda-max">{decimals(result.lambdaMax, 3)}</dd>
          <dt>{t('weights.ci')}</dt>
          <dd>{decimals(result.ci, 3)}</dd>
          <dt>{t('weights.cr')}</dt>
          <dd data-testid="consistency-ratio">
            {decimals(result.cr, 3)}{' '}
            <span className={styles.hint}>
              {t('weights.riNote', {
                n: CRITERION_IDS.length,
                ri: decimals(result.randomIndex, 2),
              })}
            </span>
          </dd>
        </dl>
        {result.consistent ? (
          <p className={styles.ok}>{t('weights.consistent')}</p>
        ) : (
          <div role="alert" className={styles.warning}>
            <p>{t('weights.inconsistent', { cr: decimals(result.cr, 2) })}</p>
            <ul>
              {disagreements.map((d) => (
                <li key={`${d.a}|${d.b}`} data-testid="disagreement">
                  {t('weights.disagreement', {
                    a: label(d.a),
                    b: label(d.b),
                    said: ratio(d.value),
                    implied: decimals(d.implied, 2),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
        <Button variant="primary" onPress={() => void apply()}>
          {t('weights.applyAhp')}
        </Button>
      </section>
    </div>
  );
}
