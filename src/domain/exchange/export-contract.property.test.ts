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
import { jsonReportOf, type JsonReport } from './json-report';
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

  it('the JSON report, re-read: every use case once, the decided order, the figures, no blind score', () => {
    fc.assert(
      fc.property(randomWorkspace, (w) => {
        const input = inputOfRandom(w);
        const decision = decideWorkspace(input);
        const text = JSON.stringify(
          jsonReportOf({
            decision,
            workspace: { ...minimalWorkspaceBundle('ws').workspace, ...input.workspace },
            decisions: input.decisions,
            generatedAt: '2026-01-01T00:00:00.000Z',
          }),
        );
        const report = JSON.parse(text) as JsonReport;
        const ranked = report.useCases.filter((u) => u.standing === 'ranked');
        // The decided order, with the decision's numbers at full precision (JSON keeps a double).
        expect(
          ranked.map((u) => [
            u.id,
            u.rank,
            u.decidedRank,
            u.overall,
            u.value,
            u.feasibility,
            u.quadrant,
          ]),
        ).toEqual(
          decision.decided.map((d) => [
            d.id,
            d.rank,
            d.decidedRank,
            d.overall,
            d.value,
            d.feasibility,
            d.quadrant,
          ]),
        );
        expect(report.useCases.map((u) => u.id).sort()).toEqual([...decision.byId.keys()].sort());
        for (const u of report.useCases) {
          const d = decision.byId.get(u.id);
          expect(u.standing).toBe(d?.standing);
          expect(u.yearlyBenefit.value).toBe(d?.finance.yearlyBenefit.value);
          expect(u.clarity.filled).toBe(d?.clarity.filled);
          if (u.standing === 'awaitingReveal') {
            // Nothing of a blind round: no score, no figure; only "N of M scored".
            expect([u.scores, u.overall, u.value, u.feasibility, u.quadrant, u.rank]).toEqual([
              null,
              null,
              null,
              null,
              null,
              null,
            ]);
            expect(u.awaitingReveal).toEqual({ scored: d?.raters, of: decision.participantCount });
          } else {
            for (const [id, score] of Object.entries(u.scores ?? {}))
              expect(score.value).toBe(d?.values[id as keyof typeof d.values]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
