import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { makeFormatters } from '../../../ui/format';

/** Today's date in the UI language, for the foot of printed pages ("23 November 2026"). */
export function usePrintedOn(): string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const { locale } = makeFormatters(i18n.language);
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  }, [i18n.language]);
}
