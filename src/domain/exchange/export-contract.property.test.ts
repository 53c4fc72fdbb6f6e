import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalWorkspaceBundle } from '../../../test/fixtures/builders';
import { inputOfRandom, randomWorkspace } from '../../../test/fixtures/random-workspace';
import { readCsv, readMarkdownTable, readNumber } from '../../../test/fixtures/read-exports';
import { decideWorkspace } from '../decision/decide-workspace';
import { roundForDisplay } from '../decision/round-for-display';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import { toCsv } from './csv';
import { exportRowsOf } from './export-rows';
import { rankedListTable } from './export-tables';
import { markdownReport } from './markdown-report';

const label = (key: string) => key;
const format = { number: (n: number) => String(n), dateTime: (iso: string) => iso };

/**
 * Issue 13, point 2, at the function level: for any workspace, the files give the decision's
 * order and numbers. CSV and Markdown (for reading) are read back and must show each score
 * rounded once (roundForDisplay) from the decision's full precision; the XLSX/JSON table carries
 * the decision's numbers themselves.
 */
describe('exports of random workspaces (fast-check)', () => {
  it('list the ranked use cases in the decision order with its numbers', () => {
    fc.assert(
      fc.property(randomWorkspace, fc.constantFrom('en' as const, 'fr' as const), (w, language) => {
        const input = inputOfRandom(w);
        const bundle: WorkspaceBundle = {
          ...minimalWorkspaceBundle('ws'),
          useCases: [...input.useCases],
          scorecards: [...input.scorecards],
          decisions: [...input.decisions],
        };
        bundle.workspace = { ...bundle.workspace, ...input.workspace };
        const decision = decideWorkspace(input);
        const expected = decision.ranked.map((r) => [
          r.rank,
          r.title,
          roundForDisplay(r.overall),
          roundForDisplay(r.value),
          roundForDisplay(r.feasibility),
          `quadrant.${r.quadrant}`,
        ]);
        const { ranked } = exportRowsOf(bundle);

        const csv = readCsv(toCsv(rankedListTable(ranked, label, 'reading'), language), language);
        expect(
          csv
            .slice(1)
            .map((r) => [
              Number(r[0]),
              r[1],
              ...r.slice(2, 5).map((c) => readNumber(c ?? '', language)),
              r[5],
            ]),
        ).toEqual(expected);

        const report = markdownReport(
          {
            workspaceName: 'W',
            generatedAt: '2026-01-01T00:00:00.000Z',
            ranked,
            roadmap: [],
            weights: input.workspace.weights,
            decisions: [],
          },
          label,
          format,
        );
        const table = decision.ranked.length
          ? readMarkdownTable(report, 'exchange.report.ranking').slice(1)
          : [];
        expect(table.map((r) => [Number(r[0]), r[1], ...r.slice(2, 5).map(Number), r[5]])).toEqual(
          expected,
        );

        const full = rankedListTable(ranked, label, 'full').slice(1);
        expect(full.map((r) => r.slice(0, 5))).toEqual(
          decision.ranked.map((r) => [r.rank, r.title, r.overall, r.value, r.feasibility]),
        );
      }),
      { numRuns: 150 },
    );
  });
});
