import { lazy, Suspense, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useWorkspaceRanking } from '../../data/use-ranking';
import {
  NO_MATRIX_FILTERS,
  buildMatrix,
  matrixFilterOptions,
  type MatrixFilters,
} from '../../domain/matrix/matrix-points';
import { JOURNEY_PHASES } from '../../domain/schema/workflow';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { matrixChartData } from './matrix-chart-data';
import { SCOPE_COLOUR } from './matrix-colours';
import { downloadPng, downloadSvg, standaloneSvg } from './matrix-export';
import { MatrixFiltersBar } from './matrix-filters';
import { MatrixTable } from './matrix-table';
import { useMatrixAnchors } from './use-matrix-anchors';
import styles from './matrix.module.css';

const MatrixChart = lazy(() => import('./matrix-chart'));
const CHART_HEIGHT = 560;

/** Value vs feasibility (SCORING.md section 6), with its table alternative and exports. */
export default function MatrixScreen() {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const toast = useToast();
  const { workspaceId = '' } = useParams();
  const data = useWorkspaceRanking(workspaceId);
  const anchors = useMatrixAnchors(workspaceId);
  const [filters, setFilters] = useState<MatrixFilters>(NO_MATRIX_FILTERS);
  const [sized, setSized] = useState(false);
  const figureRef = useRef<HTMLDivElement>(null);
  const deferredFilters = useDeferredValue(filters);

  const matrix = useMemo(
    () =>
      data
        ? buildMatrix(data.ranking.ranked, data.useCases, anchors?.steps ?? [], deferredFilters)
        : null,
    [data, anchors, deferredFilters],
  );
  const options = useMemo(
    () =>
      matrixFilterOptions(
        data?.useCases ?? [],
        anchors?.steps ?? [],
        anchors?.workflows ?? [],
        JOURNEY_PHASES,
        f.locale,
      ),
    [data, anchors, f.locale],
  );
  const chart = useMemo(() => (matrix ? matrixChartData(matrix, t, f) : null), [matrix, t, f]);

  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (data === null || !matrix || !chart) return null;
  const { workspace } = data;

  const legend = [
    { scope: 'internal' as const, shape: 'circle' as const },
    { scope: 'external' as const, shape: 'diamond' as const },
  ].map((l) => ({ ...l, label: t(`scope.${l.scope}`), colour: SCOPE_COLOUR[l.scope] }));

  const exportAs = async (format: 'svg' | 'png') => {
    const svg = figureRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    try {
      const text = standaloneSvg(svg, {
        title: t('matrix.exportTitle', { workspace: workspace.name }),
        items: legend,
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
    <div>
      <PageHeader
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
      />
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
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={sized}
            onChange={(e) => setSized(e.target.checked)}
            disabled={matrix.cells !== null}
          />
          {t('matrix.sizeByBenefit')}
        </label>
        <span className={styles.note} aria-live="polite">
          {t('matrix.shown', { count: matrix.points.length })}
        </span>
      </div>
      {matrix.cells ? (
        <p className={styles.aggregated} role="status">
          {t('matrix.aggregated', { count: matrix.points.length })}
        </p>
      ) : null}
      {data.ranking.ranked.length === 0 ? (
        <EmptyState>{t('matrix.empty')}</EmptyState>
      ) : (
        <>
          <div
            ref={figureRef}
            className={styles.figure}
            role="img"
            aria-label={t('matrix.chartLabel', { count: matrix.points.length })}
          >
            <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
              <MatrixChart
                internal={chart.internal}
                external={chart.external}
                thresholds={workspace.thresholds}
                sized={sized || matrix.cells !== null}
                height={CHART_HEIGHT}
                animate={false}
                onOpen={(id) => void navigate(`/w/${workspaceId}/use-cases/${id}/explanation`)}
                texts={{
                  value: t('matrix.value'),
                  feasibility: t('matrix.feasibility'),
                  scope: { internal: legend[0]?.label ?? '', external: legend[1]?.label ?? '' },
                  quadrant: {
                    quickWin: t('quadrant.quickWin'),
                    strategicBet: t('quadrant.strategicBet'),
                    fillIn: t('quadrant.fillIn'),
                    deprioritise: t('quadrant.deprioritise'),
                  },
                }}
              />
            </Suspense>
          </div>
          <p className={styles.note}>
            {matrix.cells
              ? t('matrix.cellsNote')
              : t('matrix.labelsNote', { count: chart.labelCount })}
          </p>
          <section className={styles.tableSection} aria-labelledby="matrix-table-title">
            <h2 id="matrix-table-title">{t('matrix.tableTitle')}</h2>
            <MatrixTable workspaceId={workspaceId} points={matrix.points} />
          </section>
        </>
      )}
    </div>
  );
}
