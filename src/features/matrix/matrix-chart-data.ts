import type { TFunction } from 'i18next';
import { placeMatrixLabels } from '../../domain/matrix/matrix-labels';
import type { Matrix, MatrixPoint } from '../../domain/matrix/matrix-points';
import type { Formatters } from '../../ui/format';
import type { ChartDatum } from './matrix-chart';

/** The plot area the labels are laid out for (the chart is about this size on a 1366 px screen). */
const LABEL_LAYOUT = { width: 860, height: 500, fontSize: 14, maxLabels: 12, maxChars: 28 };

export function formatMoney(locale: string, amount: number, currency: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

export interface MatrixChartData {
  internal: ChartDatum[];
  external: ChartDatum[];
  labelCount: number;
}

/** The chart's marks: one per use case with labels that do not overlap, or one per cell. */
export function matrixChartData(matrix: Matrix, t: TFunction, f: Formatters): MatrixChartData {
  if (matrix.cells) {
    const cells = matrix.cells.map((c, i): ChartDatum => ({
      key: `cell-${i}`,
      id: null,
      x: c.feasibility,
      y: c.value,
      z: c.count,
      scope: c.scope,
      label: null,
      count: c.count,
      tooltip: [
        t('matrix.tooltipCell', { count: c.count }),
        t(`scope.${c.scope}`),
        t('matrix.tooltipScores', { value: f.score(c.value), feasibility: f.score(c.feasibility) }),
      ],
    }));
    return {
      internal: cells.filter((c) => c.scope === 'internal'),
      external: cells.filter((c) => c.scope === 'external'),
      labelCount: 0,
    };
  }
  const labels = new Map(placeMatrixLabels(matrix.points, LABEL_LAYOUT).map((l) => [l.id, l]));
  const datum = (p: MatrixPoint): ChartDatum => {
    const label = labels.get(p.id);
    return {
      key: p.id,
      id: p.id,
      x: p.feasibility,
      y: p.value,
      z: p.yearlyBenefit ?? 0,
      scope: p.scope,
      label: label ? { text: label.text, side: label.side } : null,
      count: 1,
      tooltip: [
        p.title,
        t('matrix.tooltipRank', { rank: p.rank, overall: f.score(p.overall) }),
        t('matrix.tooltipScores', { value: f.score(p.value), feasibility: f.score(p.feasibility) }),
        p.yearlyBenefit === null
          ? t('matrix.notEstimated')
          : t('matrix.tooltipBenefit', {
              benefit: formatMoney(f.locale, p.yearlyBenefit, p.currency),
            }),
      ],
    };
  };
  return {
    internal: matrix.internal.map(datum),
    external: matrix.external.map(datum),
    labelCount: labels.size,
  };
}
