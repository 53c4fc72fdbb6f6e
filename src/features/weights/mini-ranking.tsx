import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionInput } from '../../domain/decision/decide-workspace';
import { decideWithWeights } from '../../domain/decision/what-if';
import type { Weights } from '../../domain/schema/criterion';
import { useFormatters } from '../../ui/format';
import styles from './weights.module.css';

interface Props {
  /** The workspace as decided (decideWorkspace's input). */
  input: DecisionInput;
  /** The weights on screen (not saved yet). */
  weights: Weights;
  /** Rank of each use case when the screen was opened: the deltas are against it. */
  reference: ReadonlyMap<string, number>;
  limit?: number;
}

/** The top of the ranking under the weights on screen, with how far each one moved. */
export function MiniRanking({ input, weights, reference, limit = 10 }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const deferred = useDeferredValue(weights);
  const top = useMemo(
    () => decideWithWeights(input, deferred).ranked.slice(0, limit),
    [input, deferred, limit],
  );
  return (
    <section className={styles.mini} aria-labelledby="mini-ranking-title">
      <h2 id="mini-ranking-title">{t('weights.miniTitle', { limit })}</h2>
      <p className={styles.hint}>{t('weights.miniHint')}</p>
      <ol className={styles.miniList} aria-live="polite">
        {top.map((r) => {
          const before = reference.get(r.id);
          const moved = before === undefined ? 0 : before - r.rank;
          const delta =
            moved > 0
              ? t('weights.deltaUp', { count: moved })
              : moved < 0
                ? t('weights.deltaDown', { count: -moved })
                : t('weights.deltaSame');
          return (
            <li key={r.id} data-testid="mini-ranking-row">
              <span className={styles.miniRank}>{r.rank}</span>
              <span className={styles.miniTitle}>{r.title}</span>
              <span className={styles.miniScore}>{f.score(r.overall)}</span>
              <span
                className={moved > 0 ? styles.up : moved < 0 ? styles.down : styles.same}
                title={delta}
              >
                <span aria-hidden="true">
                  {moved > 0 ? `▲${moved}` : moved < 0 ? `▼${-moved}` : '='}
                </span>
                <span className={styles.visuallyHidden}>{delta}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
