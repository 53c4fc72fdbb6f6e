import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { listScorecardsOfUseCase, saveOwnScores } from '../../src/db/repositories/scorecards';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { getWorkspace, updateWorkspaceWeights } from '../../src/db/repositories/workspaces';
import { rankUseCases, type Ranking } from '../../src/domain/ranking/rank-use-cases';
import { aggregateScores, divergenceOf } from '../../src/domain/scoring/aggregate-scores';
import { contributionsOf } from '../../src/domain/scoring/score-use-case';
import { defaultWeights } from '../../src/domain/schema/criterion';
import {
  contextOf,
  fullScoresOf,
  scoresOf,
  formOfUseCase,
  type Sequence,
} from '../fixtures/builders';
import { listUseCases } from '../../src/db/repositories/workspace-reads';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;
let invoices: string;
let support: string;
let churn: string;

/**
 * Ada and Bob score "Invoice matching" differently (criteria in SCORING.md order):
 *
 *                     SV  CI  FP  DM  TC  BI  CR  SA
 *   Ada                4   5   3   4   2   3   1   4
 *   Bob                2   4   3   2   4   3   2   5
 *   mean               3 4.5   3   3   3   3 1.5 4.5
 *   oriented           3 4.5   3   3   3   3 4.5 4.5    (TC and CR: 6 - s)
 *
 * Equal weights:
 *   overall     = 25 * (28.5 / 8 - 1) = 25 * 2.5625 = 64.0625
 *   value       = 25 * ((3 + 4.5 + 3 + 3 + 4.5) / 5 - 1) = 25 * (18 / 5 - 1) = 65
 *   feasibility = 25 * ((3 + 3 + 4.5) / 3 - 1) = 25 * (10.5 / 3 - 1) = 62.5
 *   contributions: CI, CR and SA each 25 * (1/8) * 1.5 = 4.6875; the others 0
 *                  (50 + 3 * 4.6875 = 64.0625)
 *
 * Ada alone scores "Support answers": SV 5, every other criterion 3.
 *   overall     = 25 * (26 / 8 - 1) = 56.25
 *   value       = 25 * (17 / 5 - 1) = 60
 *   feasibility = 25 * (9 / 3 - 1)  = 50
 *
 * Bob scores only SV of "Churn alerts": it is to score, missing the seven other criteria.
 */
const ADA_INVOICES = scoresOf({
  strategicValue: 4,
  customerImpact: 5,
  financialPotential: 3,
  dataMaturity: 4,
  technicalComplexity: 2,
  brandImpact: 3,
  complianceRisk: 1,
  strategicAlignment: 4,
});
const BOB_INVOICES = scoresOf({
  strategicValue: 2,
  customerImpact: 4,
  financialPotential: 3,
  dataMaturity: 2,
  technicalComplexity: 4,
  brandImpact: 3,
  complianceRisk: 2,
  strategicAlignment: 5,
});

beforeEach(async () => {
  ({ db, seq, workspaceId } = await openTestDatabase());
  const ada = contextOf('Ada', seq);
  const bob = contextOf('Bob', seq);
  invoices = await createUseCase(
    db,
    ada,
    workspaceId,
    formOfUseCase({ title: 'Invoice matching' }),
  );
  support = await createUseCase(db, ada, workspaceId, formOfUseCase({ title: 'Support answers' }));
  churn = await createUseCase(db, ada, workspaceId, formOfUseCase({ title: 'Churn alerts' }));
  await saveOwnScores(db, ada, invoices, ADA_INVOICES);
  await saveOwnScores(db, bob, invoices, BOB_INVOICES);
  await saveOwnScores(db, ada, support, fullScoresOf({ strategicValue: 5 }));
  await saveOwnScores(db, bob, churn, scoresOf({ strategicValue: 4 }));
});

afterEach(deleteTestDatabases);

/** What the ranking screen does: the workspace's settings, each use case's stored scorecards. */
async function rankingOfWorkspace(): Promise<Ranking> {
  const workspace = await getWorkspace(db, workspaceId);
  if (!workspace) throw new Error('no workspace');
  const useCases = await listUseCases(db, workspaceId);
  const inputs = await Promise.all(
    useCases.map(async (u) => ({
      id: u.id,
      title: u.title,
      values: aggregateScores(await listScorecardsOfUseCase(db, u.id), workspace.aggregation),
    })),
  );
  return rankUseCases(inputs, {
    weights: workspace.weights,
    thresholds: workspace.thresholds,
    locale: workspace.language,
  });
}

describe('ranking the use cases stored in a workspace', () => {
  it('takes the mean of the two raters per criterion', async () => {
    const cards = await listScorecardsOfUseCase(db, invoices);
    expect(cards).toHaveLength(2);
    expect(aggregateScores(cards, 'mean')).toEqual({
      strategicValue: 3,
      customerImpact: 4.5,
      financialPotential: 3,
      dataMaturity: 3,
      technicalComplexity: 3,
      brandImpact: 3,
      complianceRisk: 1.5,
      strategicAlignment: 4.5,
    });
    // Ada 4 vs Bob 2 on strategic value: a divergence of 2, to discuss.
    expect(divergenceOf(cards.map((c) => c.scores.strategicValue.score as number))).toBe(2);
  });

  it('ranks by overall score worked out by hand, and lists the unfinished one "to score"', async () => {
    const { ranked, toScore } = await rankingOfWorkspace();

    expect(ranked.map((r) => [r.rank, r.title])).toEqual([
      [1, 'Invoice matching'],
      [2, 'Support answers'],
    ]);
    const [first, second] = ranked;
    expect(first?.overall).toBeCloseTo(64.0625, 10);
    expect(first?.value).toBeCloseTo(65, 10);
    expect(first?.feasibility).toBeCloseTo(62.5, 10);
    expect(first?.quadrant).toBe('quickWin');
    const points = Object.fromEntries(
      contributionsOf(first!.values, first!.weights).map((c) => [c.criterion, c.points]),
    );
    expect(points.customerImpact).toBeCloseTo(4.6875, 10);
    expect(points.complianceRisk).toBeCloseTo(4.6875, 10);
    expect(points.strategicAlignment).toBeCloseTo(4.6875, 10);
    expect(points.strategicValue).toBeCloseTo(0, 10);

    expect(second?.overall).toBeCloseTo(56.25, 10);
    expect(second?.value).toBeCloseTo(60, 10);
    expect(second?.feasibility).toBeCloseTo(50, 10);
    expect(second?.quadrant).toBe('quickWin'); // 50 >= 50

    expect(toScore).toEqual([
      {
        id: churn,
        title: 'Churn alerts',
        missing: [
          'customerImpact',
          'financialPotential',
          'dataMaturity',
          'technicalComplexity',
          'brandImpact',
          'complianceRisk',
          'strategicAlignment',
        ],
      },
    ]);
    expect(ranked.map((r) => r.id)).toEqual([invoices, support]);
  });

  it('follows the weights stored in the workspace', async () => {
    // Strategic value now weighs 3, the others 1 (W = 10, value axis W = 7).
    //   Invoice matching: overall = 25 * ((3*3 + 25.5) / 10 - 1) = 25 * 2.45 = 61.25
    //                     value   = 25 * ((3*3 + 4.5 + 3 + 3 + 4.5) / 7 - 1) = 25 * 17/7 = 425/7
    //   Support answers:  overall = 25 * ((3*5 + 7*3) / 10 - 1) = 25 * 2.6 = 65
    //                     value   = 25 * ((3*5 + 4*3) / 7 - 1) = 25 * 20/7 = 500/7
    // so Support answers now comes first.
    await updateWorkspaceWeights(db, contextOf('Ada', seq), workspaceId, {
      ...defaultWeights(),
      strategicValue: 3,
    });

    const { ranked } = await rankingOfWorkspace();

    expect(ranked.map((r) => r.title)).toEqual(['Support answers', 'Invoice matching']);
    expect(ranked[0]?.overall).toBeCloseTo(65, 10);
    expect(ranked[0]?.value).toBeCloseTo(500 / 7, 10);
    expect(ranked[1]?.overall).toBeCloseTo(61.25, 10);
    expect(ranked[1]?.value).toBeCloseTo(425 / 7, 10);
    expect(ranked[1]?.feasibility).toBeCloseTo(62.5, 10); // feasibility weights unchanged
  });

  it('moves when one rater changes their mind, the other scorecard unchanged', async () => {
    // Bob raises customer impact from 4 to 5: mean CI = 5, overall gains 25 * 0.5 / 8 = 1.5625.
    await saveOwnScores(db, contextOf('Bob', seq), invoices, {
      ...BOB_INVOICES,
      customerImpact: { score: 5, rationale: 'Fewer disputes' },
    });

    const { ranked } = await rankingOfWorkspace();
    expect(ranked[0]?.title).toBe('Invoice matching');
    expect(ranked[0]?.overall).toBeCloseTo(65.625, 10);
    expect(ranked[0]?.value).toBeCloseTo(67.5, 10); // 25 * (18.5 / 5 - 1)
  });
});
