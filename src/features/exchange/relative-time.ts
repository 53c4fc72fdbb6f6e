/** "3 days ago", "yesterday", "in 2 hours"... in the UI language (Intl.RelativeTimeFormat). */
export function formatSince(iso: string, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = (Date.parse(iso) - now) / 1000;
  const minutes = seconds / 60;
  const hours = minutes / 60;
  const days = hours / 24;
  if (Math.abs(days) >= 1) return format.format(Math.round(days), 'day');
  if (Math.abs(hours) >= 1) return format.format(Math.round(hours), 'hour');
  return format.format(Math.round(minutes), 'minute');
}

/** Days elapsed since a date, for the reminder (7 days or more). */
export function daysSince(iso: string, now: number): number {
  return (now - Date.parse(iso)) / 86_400_000;
}

export const REMINDER_DAYS = 7;
export const REMINDER_CHANGES = 50;
