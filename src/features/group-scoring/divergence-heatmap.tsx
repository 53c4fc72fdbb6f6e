import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupScoringData } from '../../data/use-group-scoring';
import { DIVERGENCE_TO_DISCUSS } from '../../domain/scoring/aggregate-scores';
import {
  NO_DEPARTMENT,
  divergenceMatrix,
  type DivergenceCell,
} from '../../domain/scoring/divergences';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import { useFormatters } from '../../ui/format';
import { EmptyState } from '../../ui/page-header';
import styles from './group-scoring.module.css';
import heat from './divergence-heatmap.module.css';
import { ColumnHeads } from '../../ui/column-heads';
import { RadioChoices } from '../../ui/radio-choices';
import { Pager, usePage } from '../../ui/pager';

/** Rows of the heatmap shown at once: a large workspace has thousands of scored use cases. */
export const HEATMAP_ROWS_PER_PAGE = 100;

type Mode = 'participants' | 'departments';

/** Colour band of a spread (0..4): the same bands as the legend. */
function band(spread: number | null): string {
  if (spread === null) return heat.heatNone ?? '';
  if (spread >= 3) return heat.heat4 ?? '';
  if (spread >= DIVERGENCE_TO_DISCUSS) return heat.heat3 ?? '';
  if (spread >= 1) return heat.heat2 ?? '';
  if (spread > 0) return heat.heat1 ?? '';
  return heat.heat0 ?? '';
}

const LEGEND = [
  { key: 'legend0', spread: 0 },
  { key: 'legend1', spread: 0.5 },
  { key: 'legend2', spread: 1 },
  { key: 'legend3', spread: 2 },
  { key: 'legend4', spread: 3 },
] as const;

/**
 * Heatmap of divergence: use cases x criteria, coloured by spread with the number in each cell
 * (a real table, readable by screen readers). Between participants, or between departments
 * (each department's scores aggregated into one voice first).
 */
export function DivergenceHeatmap({ data }: { data: GroupScoringData }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [mode, setMode] = useState<Mode>('participants');
  const rows = useMemo(() => {
    const departmentOf = new Map(data.participants.map((p) => [p.id, p.departmentId]));
    const groupOf =
      mode === 'participants'
        ? (id: string) => id
        : (id: string) => departmentOf.get(id) ?? NO_DEPARTMENT;
    const scored = new Set(data.scorecards.map((c) => c.useCaseId));
    const max = (cells: Record<string, DivergenceCell>) =>
      Math.max(-1, ...Object.values(cells).map((c) => c.spread ?? -1));
    const collator = new Intl.Collator(f.locale);
    return divergenceMatrix(
      data.useCases.filter((u) => scored.has(u.id)),
      data.scorecards,
      groupOf,
      data.workspace.aggregation,
    ).sort((a, b) => max(b.cells) - max(a.cells) || collator.compare(a.title, b.title));
  }, [data, mode, f.locale]);

  const paging = usePage(rows, HEATMAP_ROWS_PER_PAGE);
  const pager = <Pager paging={paging} label={t('groupScoring.heatmapTitle')} />;

  const cell = (c: DivergenceCell) =>
    c.spread === null ? t('common.none') : f.rawScore(Math.round(c.spread * 10) / 10);

  return (
    <section aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">{t('groupScoring.heatmapTitle')}</h2>
      <RadioChoices
        className={styles.modes}
        choiceClassName={styles.check}
        legend={t('groupScoring.heatmapMode')}
        name="heatmap-mode"
        values={['participants', 'departments'] as const}
        value={mode}
        labelOf={(m) => t(`groupScoring.mode.${m}`)}
        onChange={setMode}
      />
      <p className={styles.hint}>{t(`groupScoring.modeHint.${mode}`)}</p>
      <ul className={heat.legend} aria-label={t('groupScoring.legend')}>
        {LEGEND.map((l) => (
          <li key={l.key}>
            <span className={`${heat.swatch} ${band(l.spread)}`} aria-hidden="true" />
            {t(`groupScoring.${l.key}`)}
          </li>
        ))}
        <li>{t('groupScoring.legendAgreed')}</li>
      </ul>
      {rows.length === 0 ? (
        <EmptyState>{t('groupScoring.heatmapEmpty')}</EmptyState>
      ) : (
        <>
          {pager}
          <div className={heat.heatWrap}>
            <table className={heat.heatmap}>
              <caption className="visually-hidden">
                {t(`groupScoring.heatmapCaption.${mode}`)}
              </caption>
              <ColumnHeads
                columns={[
                  t('groupScoring.useCase'),
                  ...CRITERION_IDS.map((id) => t(`criteria.${id}.label`)),
                ]}
              />
              <tbody>
                {paging.items.map((r) => (
                  <tr key={r.useCaseId}>
                    <th scope="row">
                      <Link to={`/w/${data.workspace.id}/use-cases/${r.useCaseId}/scores`}>
                        {r.title}
                      </Link>
                    </th>
                    {CRITERION_IDS.map((id) => {
                      const c = r.cells[id];
                      const flagged = c.spread !== null && c.spread >= DIVERGENCE_TO_DISCUSS;
                      const agreed = data.agreed.get(r.useCaseId)?.get(id);
                      return (
                        <td key={id} className={`${heat.heatCell} ${band(c.spread)}`}>
                          {flagged ? <strong>{cell(c)}</strong> : cell(c)}
                          {flagged && !agreed ? (
                            <span className="visually-hidden">
                              {' '}
                              {t('groupScoring.toDiscussFlag')}
                            </span>
                          ) : null}
                          {agreed ? (
                            <span
                              className={heat.agreedMark}
                              title={t('groupScoring.agreedCell', { score: agreed.agreedScore })}
                            >
                              <span aria-hidden="true" className={heat.tick} />
                              <span className="visually-hidden">
                                {t('groupScoring.agreedCell', { score: agreed.agreedScore })}
                              </span>
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </section>
  );
}
