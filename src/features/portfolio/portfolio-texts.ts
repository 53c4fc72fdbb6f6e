import type { TFunction } from 'i18next';
import type { PortfolioReason } from '../../domain/portfolio/explain-portfolio';
import type { Formatters } from '../../ui/format';

/** One use case's "why in / why out" in the UI language. */
export function reasonText(
  t: TFunction,
  f: Formatters,
  reason: PortfolioReason,
  title: (id: string) => string,
  value: (id: string) => string,
): string {
  const list = (ids: readonly string[]) => f.list(ids.map(title));
  if (reason.chosen) {
    if (reason.why === 'neededBy')
      return t('portfolio.reason.neededBy', { list: list(reason.neededBy) });
    if (reason.why === 'adds') return t('portfolio.reason.adds', { value: value(reason.id) });
    return t('portfolio.reason.mustIn');
  }
  if (reason.why !== 'constraints') return t(`portfolio.reason.${reason.why}`);
  const parts = reason.binding.map((b) =>
    b.kind === 'people'
      ? t('portfolio.reason.people', { people: f.decimal(b.needed) })
      : t(`portfolio.reason.${b.kind}`, { amount: f.integer(b.shortBy) }),
  );
  const text = t('portfolio.reason.constraints', { list: f.list(parts) });
  return reason.lacking.length > 0
    ? `${text} ${t('portfolio.reason.lacking', { list: list(reason.lacking) })}`
    : text;
}
