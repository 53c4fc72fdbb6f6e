import { useTranslation } from 'react-i18next';
import type { EffectiveScore } from '../../domain/decision/decide-workspace';

/**
 * Where a criterion's effective score comes from (SCORING.md section 9, from the decision):
 * "Agreed by the group" with the group's note, "Median of 3", "Mean of 2", or one rater.
 */
export function ScoreSource({ score }: { score: EffectiveScore }) {
  const { t } = useTranslation();
  switch (score.source) {
    case 'agreed': {
      const note = score.agreement?.note.trim() ?? '';
      return <>{note ? t('decision.source.agreedNote', { note }) : t('decision.source.agreed')}</>;
    }
    case 'mean':
    case 'median':
      return <>{t(`decision.source.${score.source}`, { count: score.raters })}</>;
    case 'single':
    case 'none':
      return <>{t(`decision.source.${score.source}`)}</>;
  }
}
