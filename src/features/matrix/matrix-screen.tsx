import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useWorkspaceRanking } from '../../data/use-ranking';
import {
  NO_MATRIX_FILTERS,
  buildMatrix,
  matrixFilterOptions,
  type MatrixFilters,
} from '../../domain/matrix/matrix-points';
import { JOURNEY_PHASES } from '../../domain/schema/workflow';
import { Button } from '../../ui/button';
import { CheckField } from '../../ui/check-field';
import { EmptyState } from '../../ui/page-header';
import { ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { useToast } from '../../ui/toast';
import MatrixChart from './matrix-chart';
import { formatMoney } from '../../ui/format-money';
import { describeMark, matrixChartData } from './matrix-chart-data';
import { SCOPE_COLOUR } from './matrix-colours';
import { downloadPng, downloadSvg, matrixSvg } from './matrix-export';
import { SVG_MARKS_UP_TO, type ChartMark } from './matrix-geometry';
import type { ChartTexts } from './matrix-scene';
import { MatrixFiltersBar } from './matrix-filters';
import { MatrixTable } from './matrix-table';
import { useMatrixAnchors } from './use-matrix-anchors';
import styles from './matrix.module.css';

/** Value vs feasibility (SCORING.md section 6), with its table alternative and exports. */
export default function MatrixScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const navigate = useNavigate();
  const toast = useToast();
  const data = useWorkspaceRanking(workspaceId);
  const anchors = useMatrixAnchors(workspaceId);
  const [filters, setFilters] = useState<MatrixFilters>(NO_MATRIX_FILTERS);
  const [sized, setSized] = useState(false);
  const deferredFilters = useDeferredValue(filters);

  const matrix = useMemo(
    () =>
      data
        ? buildMatrix(data.decision.ranked, data.useCases, anchors?.steps ?? [], deferredFilters)
        : null,
    [data, anchors, deferredFilters],
  );
  const useCases = data?.useCases;
  // The use cases, not the ranking: a change of weights leaves the filters' choices alone.
  const options = useMemo(
    () =>
      matrixFilterOptions(
        useCases ?? [],
        anchors?.steps ?? [],
        anchors?.workflows ?? [],
        JOURNEY_PHASES,
        f.locale,
      ),
    [useCases, anchors, f.locale],
  );
  const chart = useMemo(() => (matrix ? matrixChartData(matrix) : null), [matrix]);
  // Sized marks: the largest stands for the largest yearly benefit among the use cases shown.
  const largest = useMemo(() => {
    let best: { yearlyBenefit: number; currency: string } | null = null;
    for (const p of matrix?.points ?? [])
      if (
        p.yearlyBenefit !== null &&
        p.yearlyBenefit > 0 &&
        p.yearlyBenefit > (best?.yearlyBenefit ?? 0)
      )
        best = { yearlyBenefit: p.yearlyBenefit, currency: p.currency };
    return best;
  }, [matrix]);
  const texts = useMemo(
    (): ChartTexts => ({
      value: t('matrix.value'),
      feasibility: t('matrix.feasibility'),
      quadrant: {
        quickWin: t('quadrant.quickWin'),
        strategicBet: t('quadrant.strategicBet'),
        fillIn: t('quadrant.fillIn'),
        deprioritise: t('quadrant.deprioritise'),
      },
      tick: (n) => f.integer(n),
    }),
    [t, f],
  );
  const pointsById = chart?.pointsById;
  const describe = useCallback(
    (mark: ChartMark) => describeMark(mark, pointsById ?? new Map(), t, f),
    [pointsById, t, f],
  );
  const open = useCallback(
    (id: string) => void navigate(`/w/${workspaceId}/use-cases/${id}/explanation`),
    [navigate, workspaceId],
  );

  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (data === null || !matrix || !chart) return null;
  const { workspace } = data;

  const legend = [
    { scope: 'internal' as const, shape: 'circle' as const },
    { scope: 'external' as const, shape: 'diamond' as const },
  ].map((l) => ({ ...l, label: t(`scope.${l.scope}`), colour: SCOPE_COLOUR[l.scope] }));

  const aggregated = matrix.cells !== null;
  const exportAs = async (format: 'svg' | 'png') => {
    try {
      const text = matrixSvg({
        marks: chart.marks,
        labels: chart.labels,
        cellSize: chart.cellSize,
        thresholds: workspace.thresholds,
        sized: sized || aggregated,
        texts,
        legend: { title: t('matrix.exportTitle', { workspace: workspace.name }), items: legend },
      });
      const name = `${t('matrix.fileName')}.${format}`;
      if (format === 'svg') downloadSvg(text, name);
      else await downloadPng(text, name);
      toast({ message: t('matrix.exported', { name }) });
    } catch {
      toast({ message: t('matrix.exportFailed') });
    }
  };

  return (
    <ScreenPage
      title={t('nav.matrix')}
      lead={t('matrix.lead', {
        value: f.score(workspace.thresholds.value),
        feasibility: f.score(workspace.thresholds.feasibility),
      })}
      actions={
        <>
          <Button onPress={() => void exportAs('svg')} isDisabled={matrix.points.length === 0}>
            {t('matrix.exportSvg')}
          </Button>
          <Button onPress={() => void exportAs('png')} isDisabled={matrix.points.length === 0}>
            {t('matrix.exportPng')}
          </Button>
        </>
      }
    >
      <MatrixFiltersBar filters={filters} options={options} onChange={setFilters} />
      <div className={styles.toolbar}>
        <ul className={styles.legend} aria-label={t('matrix.legend')}>
          {legend.map((l) => (
            <li key={l.scope}>
              <span
                aria-hidden="true"
                className={l.shape === 'circle' ? styles.swatchCircle : styles.swatchDiamond}
                style={{ background: l.colour }}
              />
              {l.label}
            </li>
          ))}
        </ul>
        <CheckField
          className={styles.toggle}
          checked={sized}
          onChange={setSized}
          isDisabled={matrix.cells !== null}
        >
          {t('matrix.sizeByBenefit')}
        </CheckField>
        <span className={styles.note} aria-live="polite">
          {t('matrix.shown', { count: matrix.points.length })}
        </span>
        {sized && matrix.cells === null ? (
          <span className={styles.note} aria-live="polite">
            {largest
              ? t('matrix.sizeLegend', {
                  amount: formatMoney(f.locale, largest.yearlyBenefit, largest.currency),
                })
              : t('matrix.sizeLegendNone')}
          </span>
        ) : null}
      </div>
      {matrix.cells ? (
        <p className={styles.aggregated} role="status">
          {t('matrix.aggregated', { count: matrix.points.length })}
        </p>
      ) : null}
      {data.decision.ranked.length === 0 ? (
        <EmptyState>{t('matrix.empty')}</EmptyState>
      ) : (
        <>
          <div
            className={styles.figure}
            role="img"
            aria-label={t('matrix.chartLabel', { count: matrix.points.length })}
          >
            <MatrixChart
              marks={chart.marks}
              labels={chart.labels}
              cellSize={chart.cellSize}
              thresholds={workspace.thresholds}
              sized={sized || aggregated}
              texts={texts}
              describe={describe}
              onOpen={open}
            />
          </div>
          <p className={styles.note}>
            {aggregated
              ? t('matrix.cellsNote')
              : t(
                  matrix.points.length > SVG_MARKS_UP_TO
                    ? 'matrix.labelsNoteCrowded'
                    : 'matrix.labelsNote',
                )}
          </p>
          <section className={styles.tableSection} aria-labelledby="matrix-table-title">
            <h2 id="matrix-table-title">{t('matrix.tableTitle')}</h2>
            <MatrixTable workspaceId={workspaceId} points={matrix.points} />
          </section>
        </>
      )}
    </ScreenPage>
  );
}
