import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateWorkspaceSettings } from '../../db/repositories/workspaces';
import type { DecisionInput, WorkspaceDecision } from '../../domain/decision/decide-workspace';
import { weightStabilityIntervals } from '../../domain/sensitivity/weight-stability';
import { workspaceSchema, type Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { fieldIssue, type FieldIssue } from '../../ui/field-error';
import { useFormatters } from '../../ui/format';
import { NumberInput } from '../../ui/number-field';
import { StabilityBars } from './stability-bars';
import { useRobustness } from './use-robustness';
import styles from './weights.module.css';
import { WeightsTable } from './weights-table';

/** K: a whole number from 1 to the number of use cases ranked (100 at most). */
function topKSchema(maxK: number) {
  return z.number().int().min(1).max(maxK);
}
/** The seed of the draws, as the workspace keeps it (SCORING.md section 10). */
const SEED_SCHEMA = workspaceSchema.shape.robustnessSeed;

interface Props {
  workspace: Workspace;
  /** The workspace with the weights being looked at, and its decision (decideWithWeights). */
  input: DecisionInput;
  decision: WorkspaceDecision;
}

/** SCORING.md section 10: weight stability intervals and rank robustness, K and seed shown. */
export function SensitivityPanel({ workspace, input, decision }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const newContext = useChangeContext();
  const ranked = decision.ranked.length;
  const maxK = Math.max(1, Math.min(100, ranked));
  const k = Math.min(workspace.topK, maxK);
  const [kIssue, setKIssue] = useState<FieldIssue | null>(null);
  const [seedIssue, setSeedIssue] = useState<FieldIssue | null>(null);
  const intervals = useMemo(() => weightStabilityIntervals(decision, k), [decision, k]);
  const { run, busy, compute } = useRobustness();
  const key = JSON.stringify([decision.weights, k, workspace.robustnessSeed, ranked]);
  const fresh =
    run && run.key === key ? [...run.rows].sort((a, b) => a.currentRank - b.currentRank) : null;

  const save = (topK: number, robustnessSeed: number) =>
    void updateWorkspaceSettings(database(), newContext(), workspace.id, {
      topK,
      robustnessSeed,
    }).catch(() => undefined);
  const percent = (share: number) =>
    new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

  return (
    <div>
      <div className={styles.sensitivityControls}>
        <NumberInput
          label={t('sensitivity.k')}
          value={k}
          formatOptions={{ maximumFractionDigits: 0 }}
          error={kIssue}
          onChange={(value) => {
            const refused = fieldIssue(topKSchema(maxK), value ?? Number.NaN);
            setKIssue(refused);
            if (!refused && value !== null) save(value, workspace.robustnessSeed);
          }}
        />
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
          <NumberInput
            label={t('sensitivity.seed')}
            value={workspace.robustnessSeed}
            formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
            error={seedIssue}
            onChange={(value) => {
              const refused = fieldIssue(SEED_SCHEMA, value ?? Number.NaN);
              setSeedIssue(refused);
              if (!refused && value !== null) save(k, value);
            }}
          />
          <Button
            variant="primary"
            isDisabled={busy || ranked === 0}
            onPress={() => compute(key, { input, k, seed: workspace.robustnessSeed })}
          >
            {busy ? t('sensitivity.computing') : t('sensitivity.compute')}
          </Button>
        </div>
        <p data-testid="robustness-seed" className={styles.seedNote}>
          {t('sensitivity.seedNote', { seed: workspace.robustnessSeed })}
        </p>
        {fresh ? (
          <WeightsTable
            caption={t('sensitivity.robustnessCaption', { k })}
            columns={[
              { label: t('sensitivity.rank'), className: styles.num },
              t('sensitivity.useCase'),
              { label: t('sensitivity.topKShare', { k }), className: styles.num },
              { label: t('sensitivity.rankRange'), className: styles.num },
            ]}
          >
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
          </WeightsTable>
        ) : (
          <p className={styles.hint}>
            {run ? t('sensitivity.outOfDate') : t('sensitivity.notComputed')}
          </p>
        )}
      </section>
    </div>
  );
}
