import type { Decision } from '../schema/decision';
import type { Weights } from '../schema/criterion';
import { stripControlCharacters, type ExportCell } from './csv';
import type { RankedListRow, RoadmapRow } from './export-rows';
import { rankedListTable, roadmapTable, weightsTable, type Label } from './export-tables';

/**
 * User text made inert in Markdown: every character CommonMark treats as punctuation with a
 * meaning gets a backslash (CommonMark 0.31 section 2.4, "Backslash escapes"), and line breaks
 * become spaces so that a cell stays on its table row.
 */
export function escapeMarkdown(text: string): string {
  return stripControlCharacters(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~=&"']/g, (c) => `\\${c}`);
}

export interface ReportInput {
  workspaceName: string;
  generatedAt: string;
  ranked: readonly RankedListRow[];
  roadmap: readonly RoadmapRow[];
  weights: Weights;
  decisions: readonly Decision[];
}

export interface ReportFormat {
  number: (n: number) => string;
  dateTime: (iso: string) => string;
}

function table(cells: readonly (readonly ExportCell[])[], format: ReportFormat): string[] {
  const text = (c: ExportCell) =>
    c === null ? '' : typeof c === 'number' ? format.number(c) : escapeMarkdown(c);
  const [header, ...rows] = cells;
  if (!header) return [];
  const line = (row: readonly ExportCell[]) => `| ${row.map(text).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

/** A Markdown report of a workspace: ranked list, roadmap, weights and decisions. */
export function markdownReport(input: ReportInput, label: Label, format: ReportFormat): string {
  const lines = [
    `# ${escapeMarkdown(input.workspaceName)}`,
    '',
    `${label('exchange.report.generatedAt')} ${format.dateTime(input.generatedAt)}`,
    '',
    `## ${label('exchange.report.ranking')}`,
    '',
    ...(input.ranked.length
      ? table(rankedListTable(input.ranked, label, 'reading'), format)
      : [label('exchange.report.none')]),
    '',
    `## ${label('exchange.report.roadmap')}`,
    '',
    ...(input.roadmap.length
      ? table(roadmapTable(input.roadmap, label), format)
      : [label('exchange.report.none')]),
    '',
    `## ${label('exchange.report.weights')}`,
    '',
    ...table(weightsTable(input.weights, label), format),
    '',
    `## ${label('exchange.report.decisions')}`,
    '',
  ];
  const decisions = [...input.decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (decisions.length === 0) lines.push(label('exchange.report.none'));
  for (const d of decisions) {
    const withdrawn = d.withdrawnAt ? ` (${label('exchange.report.withdrawn')})` : '';
    lines.push(
      `- ${format.dateTime(d.at)} · ${escapeMarkdown(d.author)} · ${label(`exchange.decisionKind.${d.kind}`)}${withdrawn}: ${escapeMarkdown(d.reason)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
