import { useTranslation } from 'react-i18next';
import type { ScoreExplanation } from '../../domain/explanation/explain-score';
import { useFormatters } from '../../ui/format';

/** Reads the chart in one sentence: rank, score, what carries it and what holds it back. */
export function ExplanationSentence({ explanation }: { explanation: ScoreExplanation }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const names = (ids: readonly string[]) => f.list(ids.map((c) => t(`criteria.${c}.label`)));
  const params = {
    rank: `${f.integer(explanation.rank)}${t(`explanation.ordinalSuffix.${f.ordinalCategory(explanation.rank)}`)}`,
    total: explanation.rankedCount,
    overall: f.score(explanation.overall),
    strengths: names(explanation.strengths),
    weaknesses: names(explanation.weaknesses),
  };
  const key =
    explanation.strengths.length && explanation.weaknesses.length
      ? 'explanation.sentenceBoth'
      : explanation.strengths.length
        ? 'explanation.sentenceStrengths'
        : explanation.weaknesses.length
          ? 'explanation.sentenceWeaknesses'
          : 'explanation.sentenceNeutral';
  return <p data-testid="explanation-sentence">{t(key, params)}</p>;
}
