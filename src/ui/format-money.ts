const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in whole units of its currency, in the locale's form: "38 200 €" / "€38,200" (the
 * formatter is made once per locale and currency).
 */
export function formatMoney(locale: string, amount: number, currency: string): string {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}
