import { useEffect, useState } from 'react';

export interface StorageEstimateRead {
  /** Bytes this site uses (IndexedDB, the offline copy of the app, caches). */
  used: number;
  /** Bytes the browser lets this site use at most (an estimate, often a share of the free disk). */
  quota: number;
}

/**
 * navigator.storage.estimate(), read once and again every `refreshMs` while mounted; null when
 * the browser does not tell, undefined while reading.
 */
export function useStorageEstimate(refreshMs = 30_000): StorageEstimateRead | null | undefined {
  const supported =
    typeof navigator !== 'undefined' && 'storage' in navigator && 'estimate' in navigator.storage;
  const [estimate, setEstimate] = useState<StorageEstimateRead | null | undefined>(
    supported ? undefined : null,
  );
  useEffect(() => {
    if (!supported) return;
    const storage = navigator.storage;
    let live = true;
    const read = () =>
      storage.estimate().then(
        ({ usage, quota }) => {
          if (!live) return;
          setEstimate(
            usage === undefined || quota === undefined || quota <= 0
              ? null
              : { used: usage, quota },
          );
        },
        () => live && setEstimate(null),
      );
    void read();
    const timer = window.setInterval(() => void read(), refreshMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [supported, refreshMs]);
  return estimate;
}
