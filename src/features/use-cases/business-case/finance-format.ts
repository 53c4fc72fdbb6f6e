import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { makeFormatters, oncePerLanguage } from '../../../ui/format';
import { formatMoney } from '../../../ui/format-money';

/** The four outputs of SCORING.md section 11, in the order they print. */
export const FINANCE_OUTPUTS = [
  'yearlyBenefit',
  'yearlyNet',
  'paybackMonths',
  'threeYearRoi',
] as const;

/** Money, months and percentages of the financial estimate, in the UI language (Intl). */
export interface FinanceFormatters {
  /** Whole units of a currency: "38 200 €" / "€38,200". */
  money: (n: number, currency: string) => string;
  /** "6.1 months" / "6,1 mois". */
  months: (n: number) => string;
  /** A ratio as a percentage: 4.904 -> "490%" / "490 %". */
  percent: (ratio: number) => string;
  /** A currency's name: "EUR · Euro". */
  currencyName: (code: string) => string;
}

function makeFinanceFormatters(language: string): FinanceFormatters {
  const { locale } = makeFormatters(language);
  const months = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'month',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const names = new Intl.DisplayNames(locale, { type: 'currency' });
  return {
    money: (n, currency) => formatMoney(locale, n, currency),
    months: (n) => months.format(n),
    percent: (ratio) => percent.format(ratio),
    currencyName: (code) => `${code} · ${names.of(code) ?? code}`,
  };
}

const financeFormattersOf = oncePerLanguage(makeFinanceFormatters);

export function useFinanceFormatters(): FinanceFormatters {
  const { i18n } = useTranslation();
  return useMemo(() => financeFormattersOf(i18n.language), [i18n.language]);
}
