import { useTranslation } from 'react-i18next';
import type { Figure, FinancialResult } from '../../../domain/finance/financial-estimate';
import { FINANCE_OUTPUTS, useFinanceFormatters, type FinanceFormatters } from './finance-format';
import styles from './business-case.module.css';

type Output = (typeof FINANCE_OUTPUTS)[number];

function formatFigure(
  output: Output,
  figure: Figure & { value: number },
  result: FinancialResult,
  ff: FinanceFormatters,
): string {
  switch (output) {
    case 'yearlyBenefit':
    case 'yearlyNet':
      return ff.money(figure.value, result.currency);
    case 'paybackMonths':
      return ff.months(figure.value);
    case 'threeYearRoi':
      return ff.percent(figure.value);
  }
}

/**
 * The four outputs of SCORING.md section 11, formatted in the UI language; an output that
 * cannot be computed says why (never NaN nor Infinity).
 */
export function FinancialFigures({
  result,
  className,
  testId,
}: {
  /** The decision's estimate (or, while typing, the same rule applied to what is typed). */
  result: FinancialResult;
  className?: string | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  const ff = useFinanceFormatters();
  return (
    <div className={className} data-testid={testId}>
      <dl className={styles.figures}>
        {FINANCE_OUTPUTS.map((output) => {
          const figure = result[output];
          return (
            <div key={output} data-output={output}>
              <dt>{t(`finance.output.${output}`)}</dt>
              <dd>
                {figure.value === null ? (
                  <span className={styles.unavailable}>
                    {t(figure.reason, {
                      inputs: (figure.needs ?? [])
                        .map((key) => t(`finance.input.${key}`))
                        .join(', '),
                    })}
                  </span>
                ) : (
                  <strong>{formatFigure(output, figure, result, ff)}</strong>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
