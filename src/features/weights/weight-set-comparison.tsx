import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kendallTau } from '../../domain/ranking/kendall-tau';
import type { DecisionInput } from '../../domain/decision/decide-workspace';
import { decideWithWeights } from '../../domain/decision/what-if';
import type { Weights } from '../../domain/schema/criterion';
import type { WeightSet } from '../../domain/schema/weight-set';
import type { Workspace } from '../../domain/schema/workspace';
import styles from './weights.module.css';
import { ColumnHeads } from '../../ui/column-heads';
import { ChoiceSelect } from '../../ui/select-options';

const CURRENT = 'current';

interface Props {
  workspace: Workspace;
  sets: readonly WeightSet[];
  /** The workspace as decided: each side is decided again with its weights. */
  input: DecisionInput;
}

/** Two weight sets side by side: the ranking under each, and Kendall's tau between them. */
export function WeightSetComparison({ workspace, sets, input }: Props) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(sets[0]?.id ?? CURRENT);
  const [right, setRight] = useState(sets[1]?.id ?? CURRENT);
  const weightsOf = (id: string): Weights =>
    sets.find((s) => s.id === id)?.weights ?? workspace.weights;
  const nameOf = (id: string) => sets.find((s) => s.id === id)?.name ?? t('weights.current');
  const leftWeights = weightsOf(left);
  const rightWeights = weightsOf(right);
  const [a, b] = useMemo(
    () => [leftWeights, rightWeights].map((weights) => decideWithWeights(input, weights).ranked),
    [input, leftWeights, rightWeights],
  );
  const tau =
    a && b && a.length > 1
      ? kendallTau(
          a.map((r) => r.id),
          b.map((r) => r.id),
        )
      : null;
  const tauText =
    tau === null
      ? t('common.none')
      : new Intl.NumberFormat(workspace.language === 'fr' ? 'fr-FR' : 'en-GB', {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(tau);
  const choices = [
    { value: CURRENT, label: t('weights.current') },
    ...sets.map((s) => ({ value: s.id, label: s.name })),
  ];
  const picker = (id: string, value: string, onChange: (v: string) => void, label: string) => (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <ChoiceSelect id={id} value={value} onChange={onChange} options={choices} />
    </div>
  );
  return (
    <section aria-labelledby="compare-title" className={styles.compare}>
      <h2 id="compare-title">{t('weights.compareTitle')}</h2>
      <div className={styles.comparePickers}>
        {picker('compare-left', left, setLeft, t('weights.compareLeft'))}
        {picker('compare-right', right, setRight, t('weights.compareRight'))}
      </div>
      <p className={styles.tau} data-testid="kendall-tau">
        {t('weights.tau', { tau: tauText })}
      </p>
      <p className={styles.hint}>{t('weights.tauHint')}</p>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>
          {t('weights.compareCaption', { a: nameOf(left), b: nameOf(right) })}
        </caption>
        <ColumnHeads
          columns={[
            { label: t('weights.rank'), className: styles.num },
            t('weights.rankingUnder', { name: nameOf(left) }),
            t('weights.rankingUnder', { name: nameOf(right) }),
          ]}
        />
        <tbody>
          {(a ?? []).map((r, i) => {
            const other = b?.[i];
            return (
              <tr key={r.id}>
                <td className={styles.num}>{r.rank}</td>
                <td>{r.title}</td>
                <td className={other && other.id !== r.id ? styles.changed : undefined}>
                  {other?.title ?? t('common.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
