import { useMemo } from 'react';
import { useFormatters } from '../../ui/format';

/** "1 Oct – 31 Dec 2026" in the UI language, from YYYY-MM-DD dates (either may be missing). */
export function useDateRange(): (start: string | null, end: string | null) => string {
  const { locale } = useFormatters();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
    return (start, end) => {
      if (start && end) return format.formatRange(toDate(start), toDate(end));
      if (start) return format.format(toDate(start));
      if (end) return format.format(toDate(end));
      return '';
    };
  }, [locale]);
}
