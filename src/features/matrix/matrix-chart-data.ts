import type { TFunction } from 'i18next';
import { MATRIX_CELL_SIZE, type Matrix, type MatrixPoint } from '../../domain/matrix/matrix-points';
import type { Formatters } from '../../ui/format';
import { formatMoney } from '../../ui/format-money';
import type { ChartMark } from './matrix-geometry';
import type { LabelSource } from './matrix-scene';

export interface MatrixChartData {
  /** Drawing order: the best ranked last, on top. */
  marks: ChartMark[];
  /** Label candidates, best ranked first (none for cells). */
  labels: LabelSource[];
  cellSize: number | null;
  /** The use case of each mark, for its tooltip. */
  pointsById: ReadonlyMap<string, MatrixPoint>;
}

/**
 * The chart's marks: one per use case, or one per cell above the aggregation threshold. Nothing
 * here is translated: the tooltip's lines are written only for the mark pointed at.
 */
export function matrixChartData(matrix: Matrix): MatrixChartData {
  if (matrix.cells) {
    return {
      marks: matrix.cells.map((c, i) => ({
        key: `cell-${i}`,
        id: null,
        x: c.feasibility,
        y: c.value,
        z: c.count,
        scope: c.scope,
        count: c.count,
      })),
      labels: [],
      cellSize: MATRIX_CELL_SIZE,
      pointsById: new Map(),
    };
  }
  const marks: ChartMark[] = [];
  for (let i = matrix.points.length - 1; i >= 0; i--) {
    const p = matrix.points[i] as MatrixPoint;
    marks.push({
      key: p.id,
      id: p.id,
      x: p.feasibility,
      y: p.value,
      z: p.yearlyBenefit ?? 0,
      scope: p.scope,
      count: 1,
    });
  }
  return {
    marks,
    labels: matrix.points,
    cellSize: null,
    pointsById: new Map(matrix.points.map((p) => [p.id, p])),
  };
}

/** The tooltip of a mark: a use case's name and figures, or a cell's count. */
export function describeMark(
  mark: ChartMark,
  pointsById: ReadonlyMap<string, MatrixPoint>,
  t: TFunction,
  f: Formatters,
): string[] {
  const scores = (value: number, feasibility: number) =>
    t('matrix.tooltipScores', { value: f.score(value), feasibility: f.score(feasibility) });
  const p = mark.id ? pointsById.get(mark.id) : undefined;
  if (!p) {
    return [
      t('matrix.tooltipCell', { count: mark.count }),
      t(`scope.${mark.scope}`),
      scores(mark.y, mark.x),
    ];
  }
  return [
    p.title,
    t('matrix.tooltipRank', { rank: p.rank, overall: f.score(p.overall) }),
    scores(p.value, p.feasibility),
    t(`scope.${p.scope}`),
    p.yearlyBenefit !== null
      ? t('matrix.tooltipBenefit', { benefit: formatMoney(f.locale, p.yearlyBenefit, p.currency) })
      : p.benefitNeeds.length > 0
        ? t('finance.unavailable.incomplete', {
            inputs: p.benefitNeeds.map((key) => t(`finance.input.${key}`)).join(', '),
          })
        : t('matrix.notEstimated'),
  ];
}
