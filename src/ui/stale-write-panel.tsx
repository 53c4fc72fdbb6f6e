import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { DialogActions } from './dialog';
import type { ConflictRow } from './stale-write-rows';
import table from './report-table.module.css';

interface Props {
  /** null: the record was deleted in the other tab. */
  rows: readonly ConflictRow[] | null;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
  onGoOn: () => void;
  isPending: boolean;
}

/** Another tab saved the record this dialog edits: both versions, and the person's choice. */
export function StaleWritePanel({ rows, onKeepTheirs, onOverwrite, onGoOn, isPending }: Props) {
  const { t } = useTranslation();
  return (
    <section role="alert" aria-labelledby="stale-write-title" data-stale-write="">
      <h3 id="stale-write-title">{t('staleWrite.title')}</h3>
      {rows === null ? (
        <p>{t('staleWrite.deletedLead')}</p>
      ) : (
        <>
          <p>{t('staleWrite.lead')}</p>
          {rows.length === 0 ? (
            <p>{t('staleWrite.sameValues')}</p>
          ) : (
            <table className={table.table} aria-label={t('staleWrite.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('staleWrite.field')}</th>
                  <th scope="col">{t('staleWrite.theirs')}</th>
                  <th scope="col">{t('staleWrite.yours')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{row.label}</th>
                    <td>{row.theirs}</td>
                    <td>{row.yours}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>{t('staleWrite.goOnHint')}</p>
        </>
      )}
      <DialogActions>
        {rows === null ? (
          <Button autoFocus onPress={onKeepTheirs}>
            {t('staleWrite.close')}
          </Button>
        ) : (
          <>
            <Button autoFocus onPress={onGoOn} isDisabled={isPending}>
              {t('staleWrite.goOn')}
            </Button>
            <Button onPress={onKeepTheirs} isDisabled={isPending}>
              {t('staleWrite.keepTheirs')}
            </Button>
            <Button variant="danger" onPress={onOverwrite} isDisabled={isPending}>
              {t('staleWrite.overwrite')}
            </Button>
          </>
        )}
      </DialogActions>
    </section>
  );
}
