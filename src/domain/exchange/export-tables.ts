import { roundForDisplay } from '../decision/round-for-display';
import { CRITERION_IDS, type Weights } from '../schema/criterion';
import type { ExportCell } from './csv';
import type { RankedListRow, RoadmapRow } from './export-rows';

/** Translates a message key in the user's language (injected: the domain never translates). */
export type Label = (key: string) => string;

/**
 * How a file shows the scores: 'reading' (CSV, Markdown: rounded once for display, SCORING.md
 * section 4) or 'full' (XLSX, JSON: full precision).
 */
export type ExportPrecision = 'reading' | 'full';

/** The ranked list as a table: a header row, then one row per use case. */
export function rankedListTable(
  rows: readonly RankedListRow[],
  label: Label,
  precision: ExportPrecision,
): ExportCell[][] {
  const n = precision === 'reading' ? roundForDisplay : (x: number) => x;
  const header = [
    label('ranking.rank'),
    label('useCase.title'),
    label('ranking.overall'),
    label('ranking.value'),
    label('ranking.feasibility'),
    label('ranking.quadrant'),
    label('useCase.scope'),
    label('useCase.status'),
    label('useCase.owner'),
    ...CRITERION_IDS.map((id) => label(`criteria.${id}.label`)),
    label('exchange.exportColumn.clarity'),
  ];
  return [
    header,
    ...rows.map((r) => [
      r.rank,
      r.title,
      n(r.overall),
      n(r.value),
      n(r.feasibility),
      label(`quadrant.${r.quadrant}`),
      label(`scope.${r.scope}`),
      label(`status.${r.status}`),
      r.owner,
      ...CRITERION_IDS.map((id) => n(r.scores[id])),
      r.clarity,
    ]),
  ];
}

/** The roadmap as a table: wave, position, title, rank, quadrant, owner. */
export function roadmapTable(rows: readonly RoadmapRow[], label: Label): ExportCell[][] {
  return [
    [
      label('exchange.exportColumn.wave'),
      label('exchange.exportColumn.position'),
      label('useCase.title'),
      label('ranking.rank'),
      label('ranking.quadrant'),
      label('useCase.owner'),
    ],
    ...rows.map((r) => [
      r.wave,
      r.position,
      r.title,
      r.rank,
      r.quadrant ? label(`quadrant.${r.quadrant}`) : null,
      r.owner,
    ]),
  ];
}

/** The weights as a table: criterion, weight, share of the total in %. */
export function weightsTable(weights: Weights, label: Label): ExportCell[][] {
  const total = CRITERION_IDS.reduce((sum, id) => sum + weights[id], 0);
  return [
    [
      label('exchange.exportColumn.criterion'),
      label('exchange.exportColumn.weight'),
      label('exchange.exportColumn.share'),
    ],
    ...CRITERION_IDS.map((id) => [
      label(`criteria.${id}.label`),
      weights[id],
      total > 0 ? Math.round((weights[id] / total) * 10000) / 100 : 0,
    ]),
  ];
}
