import { describe, expect, it } from 'vitest';
import { aScorecard, aUseCase } from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { decideWorkspace } from '../decision/decide-workspace';
import { defaultWeights } from '../schema/criterion';
import { escapeMarkdown, markdownReport } from './markdown-report';
import { rankedListRows, roadmapRows } from './export-rows';
import { rankedListTable, weightsTable } from './export-tables';

const AT = '2025-03-01T09:00:00.000Z';
const makeUseCase = (id: string, title: string) => aUseCase(id, { title, owner: 'Lea' });
const all = everyCriterion;

// Every criterion 4: oriented 4 on value criteria, 6-4 = 2 on technicalComplexity and complianceRisk.
// value = 25 * (4 - 1) = 75; feasibility = 25 * ((4 + 2 + 2) / 3 - 1) = 25 * (8/3 - 1) = 41.666...
// overall = 25 * ((5*4 + 4 + 2 + 2) / 8 - 1) = 25 * (28/8 - 1) = 62.5
const useCases = [makeUseCase('a', '=cmd'), makeUseCase('b', 'Unscored')];
const ranking = decideWorkspace(
  aDecisionInput(useCases, [
    aScorecard('a', 'p1', all(4)),
    aScorecard('b', 'p1', { ...all(3), brandImpact: null }),
  ]),
);
const byId = new Map(useCases.map((u) => [u.id, u]));

describe('rankedListRows', () => {
  it('gives rank, scores at full precision, the eight criteria and clarity', () => {
    const [row] = rankedListRows(ranking.ranked, byId);
    expect(row).toMatchObject({
      rank: 1,
      title: '=cmd',
      overall: 62.5,
      value: 75,
      quadrant: 'strategicBet',
      owner: 'Lea',
      clarity: 1,
    });
    expect(row?.scores.technicalComplexity).toBe(4); // the raw score, not the oriented one
    expect(row?.feasibility).toBeCloseTo(125 / 3, 12);
  });
});

describe('roadmapRows', () => {
  it('follows the waves order and numbers positions within each wave', () => {
    const wave = (id: string, name: string, position: number, useCaseIds: string[]) => ({
      id,
      workspaceId: 'ws',
      name,
      position,
      capacity: null,
      startDate: null,
      endDate: null,
      useCaseIds,
    });
    expect(
      roadmapRows(
        [wave('w2', 'Next', 1, ['b']), wave('w1', 'Now', 0, ['a', 'gone', 'b'])],
        ranking,
        byId,
      ),
    ).toEqual([
      { wave: 'Now', position: 1, title: '=cmd', rank: 1, quadrant: 'strategicBet', owner: 'Lea' },
      { wave: 'Now', position: 2, title: 'Unscored', rank: null, quadrant: null, owner: 'Lea' },
      { wave: 'Next', position: 1, title: 'Unscored', rank: null, quadrant: null, owner: 'Lea' },
    ]);
  });
});

describe('tables and report', () => {
  const label = (key: string) => `<${key}>`;
  it('puts numbers as numbers, rounded once for reading or at full precision', () => {
    const rows = rankedListRows(ranking.ranked, byId);
    const table = rankedListTable(rows, label, 'reading');
    expect(table[0]).toHaveLength(9 + 8 + 1);
    // 41.666... read as 41.7 (one decimal, SCORING.md section 4)
    expect(table[1]?.slice(0, 6)).toEqual([1, '=cmd', 62.5, 75, 41.7, '<quadrant.strategicBet>']);
    expect(rankedListTable(rows, label, 'full')[1]?.[4]).toBe(125 / 3);
    // weights 1 each: 1 / 8 = 12.5 %
    expect(weightsTable(defaultWeights(), label)[1]).toEqual([
      '<criteria.strategicValue.label>',
      1,
      12.5,
    ]);
  });

  it('escapes Markdown in user text', () => {
    expect(escapeMarkdown('# *a* | [b](c)\nd')).toBe('\\# \\*a\\* \\| \\[b\\]\\(c\\) d');
    // Invisible controls (NUL, BEL, right-to-left override) removed; a tab becomes a space.
    expect(escapeMarkdown('a\u0000b\u0007c\u202Ed\te')).toBe('abcd e');
    const report = markdownReport(
      {
        workspaceName: 'W_1',
        generatedAt: AT,
        ranked: rankedListRows(ranking.ranked, byId),
        roadmap: [],
        weights: defaultWeights(),
        decisions: [],
      },
      label,
      { number: String, dateTime: (iso) => iso },
    );
    expect(report.startsWith('# W\\_1\n')).toBe(true);
    expect(report).toContain('| 1 | \\=cmd | 62.5 | 75 | 41.7 |');
  });
});
