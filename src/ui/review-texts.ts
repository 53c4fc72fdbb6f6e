import type { TFunction } from 'i18next';
import type { UseCase } from '../domain/schema/use-case';
import type { Kpi } from '../domain/schema/workspace';
import type { Formatters } from './format';
import type { ReviewPromise } from './review-dialog';

/** What a use case promised, in words, for its review dialog. */
export function reviewPromiseOf(
  useCase: UseCase,
  kpis: readonly Kpi[],
  t: TFunction,
  f: Formatters,
): ReviewPromise {
  const m = useCase.successMeasure;
  const kpi = kpis.find((k) => k.id === m.kpiId);
  const n = (x: number | null) => (x === null ? '—' : f.decimal(x));
  const level = useCase.humanLoop.automationLevel;
  return {
    title: useCase.title,
    measure: kpi
      ? t('reviews.promise', {
          kpi: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name,
          baseline: n(m.baseline),
          target: n(m.target),
        })
      : '',
    automates: level === 'automate' || level === 'automateWithReview',
  };
}
