import type { PairwiseJudgment } from '../../domain/weights/ahp';
import type { CriterionJudgment } from '../../domain/schema/workspace';
import { CRITERION_IDS, type CriterionId } from '../../domain/schema/criterion';

/** The 28 pairs (i < j in the canonical order of the criteria). */
export const CRITERION_PAIRS: readonly [CriterionId, CriterionId][] = CRITERION_IDS.flatMap(
  (a, i) => CRITERION_IDS.slice(i + 1).map((b): [CriterionId, CriterionId] => [a, b]),
);

/** A choice of the questionnaire: "a5" = a matters 5 times more, "b3" = b 3 times more, "1" = equal. */
export type PairChoice = string;

export const PAIR_CHOICES: readonly PairChoice[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => `a${k}`),
  '1',
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => `b${k}`),
];

export function choiceToValue(choice: PairChoice): number {
  if (choice.startsWith('a')) return Number(choice.slice(1));
  if (choice.startsWith('b')) return 1 / Number(choice.slice(1));
  return 1;
}

export function valueToChoice(value: number): PairChoice {
  if (Math.abs(value - 1) < 1e-9) return '1';
  return value > 1 ? `a${Math.round(value)}` : `b${Math.round(1 / value)}`;
}

export type Answers = Record<string, PairChoice>;

export const pairKey = (a: string, b: string) => `${a}|${b}`;

export function judgmentsOf(answers: Answers): CriterionJudgment[] {
  return CRITERION_PAIRS.map(([a, b]) => ({
    a,
    b,
    value: choiceToValue(answers[pairKey(a, b)] ?? '1'),
  }));
}

export function answersOf(judgments: readonly PairwiseJudgment[]): Answers {
  const answers: Answers = {};
  for (const j of judgments) answers[pairKey(j.a, j.b)] = valueToChoice(j.value);
  return answers;
}
