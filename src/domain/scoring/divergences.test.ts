import { describe, expect, it } from 'vitest';
import type { CriterionId } from '../schema/criterion';
import { emptyCriterionScores } from '../schema/scorecard';
import { NO_DEPARTMENT, divergenceKey, divergenceMatrix, listDivergences } from './divergences';

function card(
  useCaseId: string,
  participantId: string,
  scores: Partial<Record<CriterionId, number>>,
  rationales: Partial<Record<CriterionId, string>> = {},
) {
  const s = emptyCriterionScores();
  for (const [k, v] of Object.entries(scores)) s[k as CriterionId].score = v;
  for (const [k, v] of Object.entries(rationales)) s[k as CriterionId].rationale = v;
  return { useCaseId, participantId, scores: s };
}

const useCases = [
  { id: 'u-b', title: 'Billing' },
  { id: 'u-a', title: 'Answers' },
];

describe('listDivergences (SCORING.md section 9)', () => {
  const cards = [
    // Billing: strategicValue 5, 1, 3 -> spread 5 - 1 = 4 (flagged)
    //          brandImpact 2, 4        -> spread 2 (flagged, exactly the threshold)
    //          dataMaturity 3, 4       -> spread 1 (not flagged)
    card(
      'u-b',
      'p-ann',
      { strategicValue: 5, brandImpact: 2, dataMaturity: 3 },
      { strategicValue: 'Board goal' },
    ),
    card('u-b', 'p-bob', { strategicValue: 1, dataMaturity: 4 }, { strategicValue: 'No budget' }),
    card('u-b', 'p-cat', { strategicValue: 3, brandImpact: 4 }),
    // Answers: customerImpact 1, 3 -> spread 2 (flagged); complianceRisk 5 alone -> 0
    card('u-a', 'p-bob', { customerImpact: 1, complianceRisk: 5 }),
    card('u-a', 'p-ann', { customerImpact: 3 }),
  ];

  it('lists the flagged criteria, most divergent first, ties by title then criterion order', () => {
    const list = listDivergences(useCases, cards, ['p-ann', 'p-bob', 'p-cat'], 'en');
    expect(list.map((d) => [d.title, d.criterion, d.spread])).toEqual([
      ['Billing', 'strategicValue', 4],
      // spread 2 twice: "Answers" before "Billing" by title
      ['Answers', 'customerImpact', 2],
      ['Billing', 'brandImpact', 2],
    ]);
  });

  it("gives each participant's score and rationale side by side, in the participants' order", () => {
    const [first, second] = listDivergences(useCases, cards, ['p-ann', 'p-bob', 'p-cat'], 'en');
    expect(first?.answers).toEqual([
      { participantId: 'p-ann', score: 5, rationale: 'Board goal' },
      { participantId: 'p-bob', score: 1, rationale: 'No budget' },
      { participantId: 'p-cat', score: 3, rationale: '' },
    ]);
    // p-bob's card was stored first, but p-ann comes first in the order given
    expect(second?.answers.map((a) => a.participantId)).toEqual(['p-ann', 'p-bob']);
  });

  it('orders criteria of the same use case and spread canonically', () => {
    const list = listDivergences(
      [{ id: 'u', title: 'One' }],
      [
        card('u', 'p1', { strategicAlignment: 1, customerImpact: 1 }),
        card('u', 'p2', { strategicAlignment: 4, customerImpact: 4 }),
      ],
      [],
      'en',
    );
    // both spread 3: customerImpact (2nd criterion) before strategicAlignment (8th)
    expect(list.map((d) => d.criterion)).toEqual(['customerImpact', 'strategicAlignment']);
  });

  it('also keeps the criteria asked for, below the threshold, in the same order', () => {
    const keep = new Set([divergenceKey('u-b', 'dataMaturity')]);
    const list = listDivergences(useCases, cards, [], 'en', keep);
    // Billing dataMaturity: 3 and 4 -> spread 1, listed last (smallest spread)
    expect(list.map((d) => [d.title, d.criterion, d.spread])).toEqual([
      ['Billing', 'strategicValue', 4],
      ['Answers', 'customerImpact', 2],
      ['Billing', 'brandImpact', 2],
      ['Billing', 'dataMaturity', 1],
    ]);
  });

  it('flags nothing with a single participant or a spread of 1', () => {
    expect(listDivergences(useCases, [card('u-a', 'p1', { strategicValue: 1 })], [], 'en')).toEqual(
      [],
    );
    expect(
      listDivergences(
        useCases,
        [card('u-a', 'p1', { strategicValue: 2 }), card('u-a', 'p2', { strategicValue: 3 })],
        [],
        'en',
      ),
    ).toEqual([]);
  });
});

describe('divergenceMatrix', () => {
  const cards = [
    card('u-b', 'p-ann', { strategicValue: 5, brandImpact: 2 }),
    card('u-b', 'p-bob', { strategicValue: 1 }),
    card('u-b', 'p-cat', { strategicValue: 4, brandImpact: 4 }),
  ];

  it('per participant: the spread of each criterion, null with fewer than two raters', () => {
    const [billing, answers] = divergenceMatrix(useCases, cards, (p) => p, 'mean');
    expect(billing?.cells.strategicValue).toEqual({ spread: 4, count: 3 }); // 5 - 1
    expect(billing?.cells.brandImpact).toEqual({ spread: 2, count: 2 }); // 4 - 2
    expect(billing?.cells.dataMaturity).toEqual({ spread: null, count: 0 });
    expect(answers?.cells.strategicValue).toEqual({ spread: null, count: 0 });
  });

  it('per department: each department one voice (mean or median of its members)', () => {
    // Finance = ann and bob; Sales = cat; strategicValue:
    //   mean:   Finance (5 + 1) / 2 = 3, Sales 4 -> spread 4 - 3 = 1
    //   brandImpact: Finance 2 (only ann), Sales 4 -> spread 2
    const department = (p: string) => (p === 'p-cat' ? 'sales' : 'finance');
    const [billing] = divergenceMatrix(useCases, cards, department, 'mean');
    expect(billing?.cells.strategicValue).toEqual({ spread: 1, count: 2 });
    expect(billing?.cells.brandImpact).toEqual({ spread: 2, count: 2 });
    // median of Finance's two scores 1 and 5 is (1 + 5) / 2 = 3 too -> spread 1
    const [byMedian] = divergenceMatrix(useCases, cards, department, 'median');
    expect(byMedian?.cells.strategicValue).toEqual({ spread: 1, count: 2 });
  });

  it('per department: everyone in one department leaves nothing to compare', () => {
    const [billing] = divergenceMatrix(useCases, cards, () => NO_DEPARTMENT, 'mean');
    expect(billing?.cells.strategicValue).toEqual({ spread: null, count: 1 });
  });
});
