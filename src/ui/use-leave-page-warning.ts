import { useEffect } from 'react';

/**
 * Asks before the page is closed or reloaded (beforeunload) while `isDirty`. The one place that
 * listens to beforeunload for unsaved forms.
 */
export function useLeavePageWarning(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);
}
