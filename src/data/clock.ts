/**
 * Today's date (YYYY-MM-DD) in the browser's time zone: the clock review dates are compared
 * with. The domain takes it as a parameter; the end-to-end tests control it with Playwright's
 * page.clock.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
