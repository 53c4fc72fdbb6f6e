import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { roundForDisplay } from '../domain/decision/round-for-display';

/** Numbers and dates in the UI language, through Intl. */
export interface Formatters {
  locale: string;
  /** A 0..100 score with one decimal, e.g. "68.8" / "68,8" (roundForDisplay, once). */
  score: (n: number) => string;
  /** A raw or mean criterion score: "4" or "3.7" (roundForDisplay, once). */
  rawScore: (n: number) => string;
  /** Signed points with two decimals, to add up by hand: "+6.25" / "−2.50". */
  points: (n: number) => string;
  integer: (n: number) => string;
  /** Any other number, two decimals at most: "1.46" / "1,46". */
  decimal: (n: number) => string;
  dateTime: (iso: string) => string;
  /** A calendar date (YYYY-MM-DD) in the language's form: "30 Jun 2027" / "30 juin 2027". */
  date: (isoDate: string) => string;
  list: (items: readonly string[]) => string;
  /** The ordinal category of a rank (en: one/two/few/other, fr: one/other). */
  ordinalCategory: (n: number) => 'one' | 'two' | 'few' | 'other';
}

export function makeFormatters(language: string): Formatters {
  const locale = language.startsWith('fr') ? 'fr-FR' : 'en-GB';
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const upToOne = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const upToTwo = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // A calendar date is the same day everywhere: read and written in UTC, never shifted.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
  return {
    locale,
    // SCORING.md section 4: rounded once, from full precision, half away from zero; the
    // formatter then only writes the already-rounded figure in the locale.
    score: (n) => one.format(roundForDisplay(n)),
    rawScore: (n) => upToOne.format(roundForDisplay(n)),
    points: (n) => signed.format(n),
    integer: (n) => integer.format(n),
    decimal: (n) => upToTwo.format(n),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (isoDate) => {
      const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? isoDate : date.format(day);
    },
    list: (items) => list.format(items),
    ordinalCategory: (n) => {
      const category = ordinal.select(n);
      return category === 'one' || category === 'two' || category === 'few' ? category : 'other';
    },
  };
}

/**
 * `make` built once per language: Intl's formatters are costly to build, and a book part mounts
 * hundreds of components that format.
 */
export function oncePerLanguage<T>(make: (language: string) => T): (language: string) => T {
  const byLanguage = new Map<string, T>();
  return (language) => {
    const known = byLanguage.get(language);
    if (known !== undefined) return known;
    const made = make(language);
    byLanguage.set(language, made);
    return made;
  };
}

const formattersOf = oncePerLanguage(makeFormatters);

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => formattersOf(i18n.language), [i18n.language]);
}
