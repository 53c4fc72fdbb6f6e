import { useEffect, useState } from 'react';

/** The current time as ISO text, refreshed every second while `ticking`. */
export function useNow(ticking: boolean): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(new Date().toISOString()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}
