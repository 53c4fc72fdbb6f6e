import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionId, Weights } from '../schema/criterion';
import type { CriterionValues } from '../scoring/score-use-case';
import { rankUseCases, type RankingInput } from './rank-use-cases';

/** SCORING.md section 1, typed from the spec (not read from the code): axis and direction. */
const SPEC: Record<CriterionId, { value: boolean; worse: boolean }> = {
  strategicValue: { value: true, worse: false },
  customerImpact: { value: true, worse: false },
  financialPotential: { value: true, worse: false },
  dataMaturity: { value: false, worse: false },
  technicalComplexity: { value: false, worse: true },
  brandImpact: { value: true, worse: false },
  complianceRisk: { value: false, worse: true },
  strategicAlignment: { value: true, worse: false },
};
const IDS = Object.keys(SPEC) as CriterionId[];

/** Titles that tie often and differ by case and accents (French and English collation). */
const TITLES = ['Alpha', 'alpha', 'Élan', 'eau', 'Eau', 'Zèbre', 'zebre', 'Beta'];

function weightsArb(weight: fc.Arbitrary<number>): fc.Arbitrary<Weights> {
  return fc
    .tuple(...IDS.map(() => weight))
    .map((ws) => Object.fromEntries(IDS.map((id, i) => [id, ws[i]])) as Weights)
    .filter(
      (w) =>
        IDS.some((id) => SPEC[id].value && w[id] > 0) &&
        IDS.some((id) => !SPEC[id].value && w[id] > 0),
    );
}

const anyWeight = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 9 }),
  fc.double({ min: 0.01, max: 10, noNaN: true }),
);

/** Scores 1..5, sometimes a group mean (thirds), rarely unset. */
const score = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.integer({ min: 3, max: 15 }).map((s) => s / 3) },
  { weight: 1, arbitrary: fc.constant(null) },
);

function useCasesArb(value: fc.Arbitrary<number | null>): fc.Arbitrary<RankingInput[]> {
  return fc
    .array(fc.tuple(fc.constantFrom(...TITLES), fc.tuple(...IDS.map(() => value))), {
      minLength: 1,
      maxLength: 25,
    })
    .map((rows) =>
      rows.map(([title, scores], i) => ({
        id: `u${(i * 7) % 25}-${i}`,
        title,
        values: Object.fromEntries(IDS.map((id, c) => [id, scores[c]])) as CriterionValues,
      })),
    );
}

const locale = fc.constantFrom('fr', 'en');

function settingsOf(weights: Weights, lang: string) {
  return { weights, thresholds: { value: 50, feasibility: 50 }, locale: lang };
}

describe('rankUseCases properties (SCORING.md section 7)', () => {
  it('(a) does not depend on the input order', () => {
    fc.assert(
      fc.property(
        useCasesArb(score),
        weightsArb(anyWeight),
        locale,
        fc.array(fc.nat()),
        (items, weights, lang, keys) => {
          const shuffled = items
            .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? i, i }))
            .sort((a, b) => a.key - b.key || b.i - a.i)
            .map(({ item }) => item);
          const before = rankUseCases(items, settingsOf(weights, lang));
          const after = rankUseCases(shuffled, settingsOf(weights, lang));
          expect(after.ranked.map((r) => [r.id, r.rank])).toEqual(
            before.ranked.map((r) => [r.id, r.rank]),
          );
          expect(after.toScore.map((u) => u.id)).toEqual(before.toScore.map((u) => u.id));
        },
      ),
    );
  });

  it('(b) a better score on a positively weighted criterion never lowers the rank', () => {
    fc.assert(
      fc.property(
        useCasesArb(fc.integer({ min: 1, max: 5 })),
        weightsArb(anyWeight),
        locale,
        fc.nat(),
        fc.constantFrom(...IDS),
        fc.integer({ min: 1, max: 4 }),
        (items, weights, lang, pick, criterion, step) => {
          fc.pre(weights[criterion] > 0);
          const index = pick % items.length;
          const target = items[index] as RankingInput;
          const raw = target.values[criterion] as number;
          // Better = higher raw score, or lower for a "higher is worse" criterion (section 2).
          const better = SPEC[criterion].worse ? Math.max(1, raw - step) : Math.min(5, raw + step);
          const improved = items.map((item, i) =>
            i === index ? { ...item, values: { ...item.values, [criterion]: better } } : item,
          );
          const rankOf = (list: RankingInput[]) =>
            rankUseCases(list, settingsOf(weights, lang)).ranked.find((r) => r.id === target.id)
              ?.rank ?? Infinity;
          expect(rankOf(improved)).toBeLessThanOrEqual(rankOf(items));
        },
      ),
    );
  });

  it('(c) orders by overall, value, feasibility, title (collator), then id: exact oracle', () => {
    // Integer weights and scores: the weighted sums are exact integers, so the oracle compares
    // them exactly (W is common to all use cases, so comparing sums compares scores).
    fc.assert(
      fc.property(
        useCasesArb(fc.integer({ min: 2, max: 4 })),
        weightsArb(fc.integer({ min: 0, max: 3 })),
        locale,
        (items, weights, lang) => {
          const collator = new Intl.Collator(lang);
          const sums = (values: CriterionValues) => {
            let value = 0;
            let feasibility = 0;
            for (const id of IDS) {
              const s = values[id] as number;
              const o = SPEC[id].worse ? 6 - s : s;
              if (SPEC[id].value) value += weights[id] * o;
              else feasibility += weights[id] * o;
            }
            return { overall: value + feasibility, value, feasibility };
          };
          const expected = [...items]
            .map((item) => ({ item, s: sums(item.values) }))
            .sort(
              (a, b) =>
                b.s.overall - a.s.overall ||
                b.s.value - a.s.value ||
                b.s.feasibility - a.s.feasibility ||
                collator.compare(a.item.title, b.item.title) ||
                (a.item.id < b.item.id ? -1 : 1),
            )
            .map(({ item }) => item.id);
          const actual = rankUseCases(items, settingsOf(weights, lang)).ranked;
          expect(actual.map((r) => r.id)).toEqual(expected);
          expect(actual.map((r) => r.rank)).toEqual(expected.map((_, i) => i + 1));
        },
      ),
    );
  });

  it('(c) with equal overall, the next documented key decides', () => {
    // Two use cases built with the same overall: B moves one point of oriented score from a
    // criterion to another of the same weight. Same axis: value and feasibility tie too, so the
    // title decides; different axes: the one with the higher value comes first.
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.constantFrom(...IDS),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(...TITLES),
        fc.constantFrom(...TITLES),
        locale,
        (from, to, w, titleA, titleB, lang) => {
          fc.pre(from !== to);
          const weights = Object.fromEntries(IDS.map((id) => [id, 1])) as Weights;
          weights[from] = w;
          weights[to] = w;
          const raw = (id: CriterionId, oriented: number) =>
            SPEC[id].worse ? 6 - oriented : oriented;
          const base = Object.fromEntries(IDS.map((id) => [id, 3])) as CriterionValues;
          const a = { id: 'a', title: titleA, values: base };
          const b = {
            id: 'b',
            title: titleB,
            values: { ...base, [from]: raw(from, 2), [to]: raw(to, 4) },
          };
          const ranked = rankUseCases([b, a], settingsOf(weights, lang)).ranked;
          expect(ranked[0]?.overall).toBe(ranked[1]?.overall);
          let first: string;
          if (SPEC[from].value === SPEC[to].value) {
            const byTitle = new Intl.Collator(lang).compare(titleA, titleB);
            first = byTitle < 0 ? 'a' : byTitle > 0 ? 'b' : 'a'; // then id: 'a' < 'b'
          } else {
            first = SPEC[to].value ? 'b' : 'a'; // b gained on the value axis, or lost on it
          }
          expect(ranked.map((r) => r.id)[0]).toBe(first);
        },
      ),
    );
  });
});
