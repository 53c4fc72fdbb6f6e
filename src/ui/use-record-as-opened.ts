import { useState } from 'react';

/**
 * An edited record as it was when its dialog opened, kept while the dialog stays open: another
 * tab's save neither changes the form under the person's hands nor goes unnoticed (the save is
 * refused and FormDialog shows both versions). Closed, it follows the record as it is now.
 */
export function useRecordAsOpened<R>(record: R, isOpen: boolean): R {
  const [kept, setKept] = useState<{ open: boolean; record: R }>({ open: isOpen, record });
  if (kept.open !== isOpen) {
    // Adjusting state while rendering (React's pattern): taken when the dialog opens.
    setKept({ open: isOpen, record });
    return record;
  }
  return isOpen ? kept.record : record;
}

/** The fields a dialog edits, of a record (what its save checks another tab did not change). */
export function fieldsOf<R extends object, K extends keyof R>(
  record: R,
  keys: readonly K[],
): Pick<R, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<R, K>;
}
