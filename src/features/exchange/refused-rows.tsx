import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../domain/exchange/csv';
import type { RefusedRow, RowError } from '../../domain/exchange/import-use-cases';
import type { Language } from '../../domain/schema/common';
import { Button } from '../../ui/button';
import { VirtualTable, type Column } from '../../ui/virtual-table';
import { download } from './download-file';
import styles from './exchange.module.css';

/** One error in words: "Title: 240 characters; 200 at most." (French: "Titre : …"). */
function errorText(t: TFunction, e: RowError): string {
  return t('forms.fieldError', { field: e.column, message: t(e.key, e.params ?? {}) });
}

/**
 * The refused rows as a CSV the person corrects and imports again: the file's header and cells
 * as they were, and one more column with every error of the row (neutralised like every CSV).
 */
function refusedRowsCsv(
  t: TFunction,
  headers: readonly string[],
  refused: readonly RefusedRow[],
  language: Language,
): string {
  const rows = [
    [...headers, t('listImport.errorsColumn')],
    ...refused.map((r) => [...r.cells, r.errors.map((e) => errorText(t, e)).join(' | ')]),
  ];
  return toCsv(rows, language);
}

/** "inventory.xlsx" -> "inventory-refused-rows.csv" (in the UI language). */
function refusedFileName(t: TFunction, fileName: string): string {
  const base = fileName.replace(/\.(csv|xlsx)$/i, '');
  return `${base}-${t('listImport.refusedFileSuffix')}.csv`;
}

interface ErrorLine {
  key: string;
  error: RowError;
}

/**
 * The rows that will not be imported, with EVERY error (row as the spreadsheet shows it,
 * column, what is wrong and the limit) in a virtualised list, and their download as CSV.
 */
export function RefusedRows({
  headers,
  refused,
  fileName,
}: {
  headers: readonly string[];
  refused: readonly RefusedRow[];
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const lines = useMemo<ErrorLine[]>(
    () => refused.flatMap((r) => r.errors.map((error, i) => ({ key: `${r.row}-${i}`, error }))),
    [refused],
  );
  const columns: Column<ErrorLine>[] = [
    { id: 'row', header: t('exchange.row'), cell: (l) => l.error.row, width: '6rem' },
    { id: 'column', header: t('exchange.column'), cell: (l) => l.error.column, width: '30%' },
    {
      id: 'what',
      header: t('exchange.problemColumn'),
      cell: (l) => t(l.error.key, l.error.params ?? {}),
    },
  ];
  const language: Language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  return (
    <section className={styles.problem} aria-labelledby="refused-rows-title">
      <h3 id="refused-rows-title">{t('listImport.refusedTitle')}</h3>
      <p role="status">
        {t('listImport.refusedCount', { count: refused.length, errors: lines.length })}
      </p>
      <VirtualTable
        label={t('listImport.refusedTable')}
        rows={lines}
        columns={columns}
        rowKey={(l) => l.key}
        maxHeight="20rem"
        focusableScroll
      />
      <Button
        onPress={() =>
          download({
            name: refusedFileName(t, fileName),
            blob: new Blob([refusedRowsCsv(t, headers, refused, language)], {
              type: 'text/csv;charset=utf-8',
            }),
          })
        }
      >
        {t('listImport.downloadRefused')}
      </Button>
    </section>
  );
}
