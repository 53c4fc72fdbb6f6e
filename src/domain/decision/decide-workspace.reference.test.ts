import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputOfRandom, randomWorkspace } from '../../../test/fixtures/random-workspace';
import { estimateFinances } from '../finance/financial-estimate';
import { clarityOf } from '../qualification/clarity';
import { applyOverrides } from '../ranking/apply-overrides';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Override } from '../schema/decision';
import { agreedScoresOf } from '../scoring/group-scores';
import { quadrantOf } from '../scoring/quadrant';
import { scoreUseCase } from '../scoring/score-use-case';
import { decideWorkspace, type DecisionInput, type EffectiveScore } from './decide-workspace';

const NONE: EffectiveScore = {
  value: null,
  source: 'none',
  raters: 0,
  agreement: null,
  aggregated: null,
};

/**
 * SCORING.md sections 7, 9 and 13 written the plain way, one use case and one criterion at a
 * time, with a full sort: what the decision's faster code must give, field for field and in the
 * same key order.
 */
function plainDecision(input: DecisionInput) {
  const { workspace } = input;
  const agreed = agreedScoresOf(input.decisions);
  const collator = new Intl.Collator(workspace.language);
  const byTitle = (a: { title: string; id: string }, b: { title: string; id: string }) =>
    collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const bases = input.useCases.map((u) => {
    const cards = input.scorecards.filter((c) => c.useCaseId === u.id);
    const hidden = workspace.blindScoring && u.scoresRevealedAt === null && cards.length > 0;
    const scores = {} as Record<CriterionId, EffectiveScore>;
    for (const id of CRITERION_IDS) {
      const given = cards.flatMap((c) => (c.scores[id].score === null ? [] : [c.scores[id].score]));
      const sorted = [...given].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      const aggregated =
        given.length === 0
          ? null
          : workspace.aggregation === 'median' && given.length % 2 === 0
            ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
            : workspace.aggregation === 'median'
              ? (sorted[middle] as number)
              : given.reduce((s, x) => s + x, 0) / given.length;
      const agreement = agreed.get(u.id)?.get(id) ?? null;
      scores[id] = hidden
        ? NONE
        : agreement
          ? {
              value: agreement.agreedScore,
              source: 'agreed',
              raters: given.length,
              agreement,
              aggregated,
            }
          : given.length === 0
            ? NONE
            : {
                value: aggregated,
                source: given.length === 1 ? 'single' : workspace.aggregation,
                raters: given.length,
                agreement: null,
                aggregated,
              };
    }
    const values = Object.fromEntries(CRITERION_IDS.map((id) => [id, scores[id].value]));
    const missing = CRITERION_IDS.filter((id) => scores[id].value === null);
    const raters = cards.filter((c) => CRITERION_IDS.some((id) => c.scores[id].score !== null));
    const standing = hidden ? 'awaitingReveal' : missing.length > 0 ? 'toScore' : 'ranked';
    return { u, scores, values, missing, raters: raters.length, standing };
  });
  const scored = bases
    .filter((b) => b.standing === 'ranked')
    .map((b) => {
      const s = scoreUseCase(b.values as never, workspace.weights);
      if (s.status !== 'scored') throw new Error('scored');
      return { b, id: b.u.id, title: b.u.title, s };
    });
  type Scored = (typeof scored)[number];
  // Section 7: sorted by a key exactly, cut where neighbours differ by more than 1e-9, each
  // group ordered by the next key; last, title then id.
  const keys = ['overall', 'value', 'feasibility'] as const;
  const order = (items: Scored[], level: number): Scored[] => {
    const key = keys[level];
    if (key === undefined) return [...items].sort(byTitle);
    const sorted = [...items].sort((a, b) => b.s[key] - a.s[key]);
    const out: Scored[] = [];
    let group: Scored[] = [];
    for (const item of sorted) {
      const last = group[group.length - 1];
      if (last && last.s[key] - item.s[key] > 1e-9) {
        out.push(...order(group, level + 1));
        group = [];
      }
      group.push(item);
    }
    return [...out, ...order(group, level + 1)];
  };
  const ranked = order(scored, 0).map(({ b, s }, p) => ({ b, s, rank: p + 1 }));
  const overrides = input.decisions.filter(
    (d): d is Override => d.kind === 'override' && d.withdrawnAt === null,
  );
  const positions = applyOverrides(
    ranked.map((r) => ({ id: r.b.u.id, rank: r.rank })) as never,
    overrides,
    workspace.topK,
  );
  const decisionOf = (b: (typeof bases)[number], r?: (typeof ranked)[number]) => {
    const p = positions.find((x) => x.id === b.u.id);
    return {
      id: b.u.id,
      title: b.u.title,
      standing: b.standing,
      scores: b.scores,
      values: b.values,
      missing: b.missing,
      raters: b.raters,
      overall: r ? r.s.overall : null,
      value: r ? r.s.value : null,
      feasibility: r ? r.s.feasibility : null,
      quadrant: r ? quadrantOf(r.s.value, r.s.feasibility, workspace.thresholds) : null,
      rank: r ? r.rank : null,
      decidedRank: r && p ? p.decidedRank : null,
      overrideIds: p ? p.overrideIds : [],
      finance: estimateFinances(b.u.financialEstimate),
      clarity: clarityOf(b.u),
      weights: workspace.weights,
    };
  };
  const rankedDecisions = ranked.map((r) => decisionOf(r.b, r));
  const unranked = bases
    .filter((b) => b.standing !== 'ranked')
    .map((b) => ({ b, id: b.u.id, title: b.u.title }))
    .sort(byTitle)
    .map(({ b }) => decisionOf(b));
  return {
    weights: workspace.weights,
    thresholds: workspace.thresholds,
    ranked: rankedDecisions,
    decided: positions.map((p) => rankedDecisions.find((d) => d.id === p.id)),
    toScore: unranked.filter((d) => d.standing === 'toScore'),
    awaitingReveal: unranked.filter((d) => d.standing === 'awaitingReveal'),
    byId: [...rankedDecisions, ...unranked].map((d) => [d.id, d]),
    participantCount: Math.max(
      input.participantCount ?? 0,
      new Set(input.scorecards.map((c) => c.participantId)).size,
    ),
    overrideCount: overrides.length,
    topK: workspace.topK,
  };
}

/** Everything of a decision, its Map as entries in insertion order, keys in their order. */
const text = (d: object) =>
  JSON.stringify(d, (_, v: unknown) => (v instanceof Map ? [...v.entries()] : v));

describe('decideWorkspace against the plain reference (fast-check)', () => {
  it('gives the same decision, field for field, in English and French; shares only frozen', () => {
    fc.assert(
      fc.property(randomWorkspace, fc.constantFrom('en', 'fr'), (w, language) => {
        const input = inputOfRandom(w);
        const decided = { ...input, workspace: { ...input.workspace, language } };
        const d = decideWorkspace(decided);
        expect(text(d)).toBe(text(plainDecision(decided)));
        // The lists share the decision objects of byId.
        for (const x of [...d.ranked, ...d.decided, ...d.toScore, ...d.awaitingReveal])
          expect(d.byId.get(x.id)).toBe(x);
        // What is shared between use cases is frozen: nobody can change one through another.
        for (const x of d.byId.values()) {
          for (const id of CRITERION_IDS) {
            const s = x.scores[id];
            if (s.source === 'none' || (s.source === 'single' && s.agreement === null))
              expect(Object.isFrozen(s)).toBe(true);
          }
          expect(Object.isFrozen(x.clarity) && Object.isFrozen(x.clarity.missing)).toBe(true);
        }
        // A new copy of the same records (a live read after a change) decides the same.
        const copy = structuredClone(decided);
        expect(text(decideWorkspace(copy))).toBe(text(d));
      }),
      { numRuns: 300 },
    );
  });
});
