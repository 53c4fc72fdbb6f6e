import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { importUseCaseRows } from '../../db/repositories/backup-list-import';
import {
  countDuplicates,
  planImport,
  updatedFields,
} from '../../domain/exchange/import-duplicates';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import type { ImportedUseCase } from '../../domain/exchange/import-use-cases';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { ChooseFile } from './choose-file';
import { ColumnMappingTable } from './column-mapping';
import { DuplicateChoiceGroup } from './duplicate-choice';
import { ImportProgress } from './import-progress';
import { ProblemMessage } from './problem-message';
import { RefusedRows } from './refused-rows';
import { useListImport } from './use-list-import';
import { ValueMappingTables } from './value-mapping';
import styles from './exchange.module.css';
import { DataTable } from '../../ui/data-table';

const PREVIEW_ROWS = 8;

/**
 * Import a CSV/XLSX list: columns and values mapped (remembered per set of headers), every
 * refused row listed and downloadable, duplicates skipped, kept or updating, a preview, then
 * the valid rows written in one transaction with progress. Cancel writes nothing.
 */
export function ListImportPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const change = useChangeContext();
  const list = useListImport(workspaceId);
  const { draft, checked } = list;
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const duplicates = useMemo(
    () => (draft && checked ? countDuplicates(checked.useCases, draft.existing) : null),
    [draft, checked],
  );
  const plan = useMemo(
    () =>
      draft && checked ? planImport(checked.useCases, draft.existing, draft.duplicates) : null,
    [draft, checked],
  );
  const toWrite = plan ? plan.create.length + plan.update.length : 0;

  const write = async () => {
    if (!draft || !checked || !plan || !toWrite) return;
    setProgress({ done: 0, total: toWrite });
    try {
      await importUseCaseRows(
        database(),
        change(),
        workspaceId,
        plan.create,
        (done, total) => setProgress({ done, total }),
        {
          update: plan.update,
          fields: updatedFields(draft.mapping),
          remember: {
            headers: draft.table.headers,
            columns: draft.mapping,
            values: draft.values,
            duplicates: draft.duplicates,
          },
        },
      );
      toast({
        message: t('listImport.imported', {
          created: plan.create.length,
          updated: plan.update.length,
          skipped: plan.skipped.length,
          refused: checked.refused.length,
        }),
      });
      list.reset();
    } catch {
      setProblem({ key: 'exchange.importFailed', path: '' });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card>
      <h2>{t('exchange.importListTitle')}</h2>
      <p>{t('listImport.lead')}</p>
      <ChooseFile
        label={t('exchange.chooseList')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onProblem={(p) => {
          setProblem(p);
          if (p) list.reset();
        }}
        onRead={(file, name) => {
          if (file.kind !== 'table') {
            file.stream.close();
            setProblem({ key: 'exchange.problem.unknownFileType', path: '' });
            return;
          }
          void list.choose(file.table, name);
        }}
      />
      {problem ? <ProblemMessage problem={problem} /> : null}
      {draft ? (
        <>
          <h3>{t('exchange.mappingTitle')}</h3>
          <p>{t(draft.remembered ? 'listImport.remembered' : 'exchange.mappingLead')}</p>
          <ColumnMappingTable
            headers={draft.table.headers}
            mapping={draft.mapping}
            onChange={list.setMapping}
          />
          <ValueMappingTables
            table={draft.table}
            mapping={draft.mapping}
            values={draft.values}
            onChange={list.setValues}
          />
        </>
      ) : null}
      {draft && !checked ? (
        <p className={styles.muted} role="status">
          {t('exchange.checking')}
        </p>
      ) : null}
      {draft && checked ? (
        checked.mappingProblem ? (
          <ProblemMessage problem={{ key: checked.mappingProblem, path: '' }} />
        ) : (
          <>
            {checked.refused.length ? (
              <RefusedRows
                headers={draft.table.headers}
                refused={checked.refused}
                fileName={draft.fileName}
              />
            ) : null}
            {checked.useCases.length && duplicates ? (
              <>
                <h3>{t('listImport.duplicatesTitle')}</h3>
                <DuplicateChoiceGroup
                  count={duplicates}
                  choice={draft.duplicates}
                  onChange={list.setDuplicates}
                />
              </>
            ) : null}
            <h3>{t('exchange.previewTitle')}</h3>
            <p role="status">
              {t('listImport.summary', {
                valid: checked.useCases.length,
                create: plan?.create.length ?? 0,
                update: plan?.update.length ?? 0,
                skipped: plan?.skipped.length ?? 0,
                refused: checked.refused.length,
              })}
            </p>
            {checked.useCases.length ? <Preview rows={checked.useCases} /> : null}
            <div className={styles.buttons}>
              <Button
                variant="primary"
                isDisabled={progress !== null || !toWrite}
                onPress={() => void write()}
              >
                {t('exchange.importRows', { count: toWrite })}
              </Button>
              <Button
                isDisabled={progress !== null}
                onPress={() => {
                  list.reset();
                  toast({ message: t('listImport.cancelled') });
                }}
              >
                {t('listImport.cancel')}
              </Button>
            </div>
            {progress ? (
              <ImportProgress progress={progress} countKey="exchange.progressCount" />
            ) : null}
          </>
        )
      ) : null}
    </Card>
  );
}

/** The first valid rows as they will be imported. */
function Preview({ rows }: { rows: readonly ImportedUseCase[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      className={styles.table}
      rows={rows.slice(0, PREVIEW_ROWS)}
      rowKey={(u) => String(u.row)}
      columns={[
        { label: t('exchange.row'), cell: (u) => u.row },
        { label: t('exchange.fieldName.title'), cell: (u) => u.form.title },
        { label: t('exchange.fieldName.scope'), cell: (u) => t(`scope.${u.form.scope}`) },
        { label: t('exchange.fieldName.owner'), cell: (u) => u.form.owner },
        { label: t('exchange.fieldName.status'), cell: (u) => t(`status.${u.form.status}`) },
        {
          label: t('exchange.withScores'),
          cell: (u) =>
            u.scores
              ? CRITERION_IDS.map((id) => u.scores?.[id] ?? t('common.none')).join(' · ')
              : t('common.none'),
        },
      ]}
    />
  );
}
