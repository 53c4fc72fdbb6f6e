import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { importUseCaseRows } from '../../db/repositories/backup-list-import';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import {
  IMPORT_FIELDS,
  recogniseHeaders,
  type ColumnMapping,
  type ImportField,
  type RowValidation,
} from '../../domain/exchange/import-use-cases';
import type { ImportedTable } from '../../domain/exchange/imported-table';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { ChooseFile } from './choose-file';
import { checkRowsOffThread } from './off-thread';
import { ProblemMessage } from './problem-message';
import { RowErrors } from './row-errors';
import { ImportProgress } from './import-progress';
import styles from './exchange.module.css';

const PREVIEW_ROWS = 8;
const NONE = '';

/** Import a CSV/XLSX list: mapping, preview, row errors, then one transaction with progress. */
export function ListImportPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const change = useChangeContext();
  const [table, setTable] = useState<ImportedTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [checked, setChecked] = useState<RowValidation | null>(null);
  const checks = useRef(0);

  /** Checks the rows against a mapping in a worker; only the latest check is shown. */
  const check = (next: ImportedTable, nextMapping: ColumnMapping) => {
    const ticket = ++checks.current;
    setMapping(nextMapping);
    setChecked(null);
    void checkRowsOffThread(next, nextMapping).then((result) => {
      if (ticket === checks.current) setChecked(result);
    });
  };

  const fieldLabel = (field: ImportField) =>
    (CRITERION_IDS as readonly string[]).includes(field)
      ? t(`criteria.${field}.label`)
      : t(`exchange.fieldName.${field}`);

  const write = async () => {
    if (!checked || checked.errors.length || !checked.useCases.length) return;
    setProgress({ done: 0, total: checked.useCases.length });
    try {
      const ids = await importUseCaseRows(
        database(),
        change(),
        workspaceId,
        checked.useCases,
        (done, total) => setProgress({ done, total }),
      );
      toast({ message: t('exchange.importedRows', { count: ids.length }) });
      setTable(null);
      setChecked(null);
    } catch {
      setProblem({ key: 'exchange.importFailed', path: '' });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card>
      <h2>{t('exchange.importListTitle')}</h2>
      <p>{t('exchange.importListLead')}</p>
      <ChooseFile
        label={t('exchange.chooseList')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onProblem={(p) => {
          setProblem(p);
          if (p) {
            checks.current++;
            setTable(null);
            setChecked(null);
          }
        }}
        onRead={(file) => {
          if (file.kind !== 'table') {
            setProblem({ key: 'exchange.problem.unknownFileType', path: '' });
            return;
          }
          setTable(file.table);
          check(file.table, recogniseHeaders(file.table.headers));
        }}
      />
      {problem ? <ProblemMessage problem={problem} /> : null}
      {table && !checked ? (
        <p className={styles.muted} role="status">
          {t('exchange.checking')}
        </p>
      ) : null}
      {table && checked ? (
        <>
          <h3>{t('exchange.mappingTitle')}</h3>
          <p>{t('exchange.mappingLead')}</p>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('exchange.columnOfFile')}</th>
                <th scope="col">{t('exchange.field')}</th>
              </tr>
            </thead>
            <tbody>
              {table.headers.map((header, i) => (
                <tr key={i}>
                  <td>{header}</td>
                  <td>
                    <select
                      aria-label={`${t('exchange.field')}: ${header}`}
                      value={mapping[i] ?? NONE}
                      onChange={(e) => {
                        const value = IMPORT_FIELDS.find((f) => f === e.target.value) ?? null;
                        check(
                          table,
                          mapping.map((x, k) => (k === i ? value : x)),
                        );
                      }}
                    >
                      <option value={NONE}>{t('exchange.ignore')}</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {fieldLabel(field)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {checked.mappingProblem ? (
            <ProblemMessage problem={{ key: checked.mappingProblem, path: '' }} />
          ) : checked.errors.length ? (
            <RowErrors errors={checked.errors} />
          ) : (
            <>
              <h3>{t('exchange.previewTitle')}</h3>
              <p>{t('exchange.previewLead', { count: checked.useCases.length })}</p>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('exchange.row')}</th>
                    <th scope="col">{t('exchange.fieldName.title')}</th>
                    <th scope="col">{t('exchange.fieldName.scope')}</th>
                    <th scope="col">{t('exchange.fieldName.owner')}</th>
                    <th scope="col">{t('exchange.fieldName.status')}</th>
                    <th scope="col">{t('exchange.withScores')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.useCases.slice(0, PREVIEW_ROWS).map((u) => (
                    <tr key={u.row}>
                      <td>{u.row}</td>
                      <td>{u.form.title}</td>
                      <td>{t(`scope.${u.form.scope}`)}</td>
                      <td>{u.form.owner}</td>
                      <td>{t(`status.${u.form.status}`)}</td>
                      <td>
                        {u.scores
                          ? CRITERION_IDS.map((id) => u.scores?.[id] ?? t('common.none')).join(
                              ' · ',
                            )
                          : t('common.none')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Button variant="primary" isDisabled={progress !== null} onPress={() => void write()}>
                {t('exchange.importRows', { count: checked.useCases.length })}
              </Button>
            </>
          )}
          {progress ? (
            <ImportProgress progress={progress} countKey="exchange.progressCount" />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
