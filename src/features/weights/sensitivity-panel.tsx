import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateSensitivitySettings } from '../../db/repositories/weight-sets';
import type { RankingInput, RankingSettings } from '../../domain/ranking/rank-use-cases';
import { weightStabilityIntervals } from '../../domain/sensitivity/weight-stability';
import type { Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { StabilityBars } from './stability-bars';
import { useRobustness } from './use-robustness';
import styles from './weights.module.css';

interface Props {
  workspace: Workspace;
  inputs: RankingInput[];
  settings: RankingSettings;
}

/** SCORING.md section 10: weight stability intervals and rank robustness, K and seed shown. */
export function SensitivityPanel({ workspace, inputs, settings }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const newContext = useChangeContext();
  const maxK = Math.max(1, Math.min(100, inputs.length));
  const k = Math.min(workspace.topK, maxK);
  const [seedText, setSeedText] = useState<string | null>(null);
  const deferredSettings = useDeferredValue(settings);
  const intervals = useMemo(
    () => weightStabilityIntervals(inputs, deferredSettings, k),
    [inputs, deferredSettings, k],
  );
  const { run, busy, compute } = useRobustness();
  const key = JSON.stringify([settings.weights, k, workspace.robustnessSeed, inputs.length]);
  const fresh =
    run && run.key === key ? [...run.rows].sort((a, b) => a.currentRank - b.currentRank) : null;

  const save = (topK: number, robustnessSeed: number) =>
    void updateSensitivitySettings(database(), newContext(), workspace.id, {
      topK,
      robustnessSeed,
    }).catch(() => undefined);
  const percent = (share: number) =>
    new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

  return (
    <div>
      <div className={styles.sensitivityControls}>
        <div className={styles.field}>
          <label htmlFor="top-k">{t('sensitivity.k')}</label>
          <input
            id="top-k"
            type="number"
            min={1}
            max={maxK}
            step={1}
            value={k}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isInteger(value) && value >= 1 && value <= maxK)
                save(value, workspace.robustnessSeed);
            }}
          />
        </div>
      </div>
      <section aria-labelledby="stability-title">
        <h2 id="stability-title">{t('sensitivity.stabilityTitle', { k })}</h2>
        <p className={styles.hint}>{t('sensitivity.stabilityHint', { k })}</p>
        <StabilityBars intervals={intervals} />
      </section>
      <section aria-labelledby="robustness-title" className={styles.robustness}>
        <h2 id="robustness-title">{t('sensitivity.robustnessTitle')}</h2>
        <p className={styles.hint}>{t('sensitivity.robustnessHint', { k })}</p>
        <div className={styles.sensitivityControls}>
          <div className={styles.field}>
            <label htmlFor="robustness-seed">{t('sensitivity.seed')}</label>
            <input
              id="robustness-seed"
              type="number"
              min={0}
              step={1}
              value={seedText ?? String(workspace.robustnessSeed)}
              onChange={(e) => {
                setSeedText(e.target.value);
                const value = Number(e.target.value);
                if (Number.isInteger(value) && value >= 0 && value <= 2 ** 31 - 1) save(k, value);
              }}
              onBlur={() => setSeedText(null)}
            />
          </div>
          <Button
            variant="primary"
            isDisabled={busy || inputs.length === 0}
            onPress={() => compute(key, { inputs, settings, k, seed: workspace.robustnessSeed })}
          >
            {busy ? t('sensitivity.computing') : t('sensitivity.compute')}
          </Button>
        </div>
        <p data-testid="robustness-seed" className={styles.seedNote}>
          {t('sensitivity.seedNote', { seed: workspace.robustnessSeed })}
        </p>
        {fresh ? (
          <table className={styles.table}>
            <caption className={styles.visuallyHidden}>
              {t('sensitivity.robustnessCaption', { k })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.num}>
                  {t('sensitivity.rank')}
                </th>
                <th scope="col">{t('sensitivity.useCase')}</th>
                <th scope="col" className={styles.num}>
                  {t('sensitivity.topKShare', { k })}
                </th>
                <th scope="col" className={styles.num}>
                  {t('sensitivity.rankRange')}
                </th>
              </tr>
            </thead>
            <tbody>
              {fresh.map((r) => (
                <tr key={r.id}>
                  <td className={styles.num}>{r.currentRank}</td>
                  <td>{r.title}</td>
                  <td className={styles.num}>{percent(r.topKShare)}</td>
                  <td className={styles.num}>
                    {t('sensitivity.rankRangeValue', { p5: r.p5Rank, p95: r.p95Rank })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className={styles.hint}>
            {run ? t('sensitivity.outOfDate') : t('sensitivity.notComputed')}
          </p>
        )}
      </section>
    </div>
  );
}
