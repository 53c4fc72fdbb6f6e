import { useRef, useState } from 'react';
import { database } from '../../db/database';
import { readRememberedImport } from '../../db/repositories/import-memory';
import { listUseCaseTitles } from '../../db/repositories/use-cases';
import type { DuplicateChoice, ExistingTitle } from '../../domain/exchange/import-duplicates';
import {
  recogniseHeaders,
  type ColumnMapping,
  type RowValidation,
} from '../../domain/exchange/import-use-cases';
import { proposeValueMapping, type ValueMapping } from '../../domain/exchange/import-values';
import type { ImportedTable } from '../../domain/exchange/imported-table';
import { checkRowsOffThread } from './off-thread';

/** A list being imported: the file, the person's choices, and the latest check of its rows. */
export interface ListImportDraft {
  table: ImportedTable;
  fileName: string;
  mapping: ColumnMapping;
  values: ValueMapping;
  duplicates: DuplicateChoice;
  /** The workspace's use cases when the file was chosen (duplicates are looked for in them). */
  existing: ExistingTitle[];
  /** Whether the choices came from the last import of a file with these headers. */
  remembered: boolean;
}

/**
 * The state of a list import: choosing a file proposes the mapping (remembered for these
 * headers, else recognised from the headers) and checks every row off the page's thread; each
 * change of mapping checks again (only the latest check is kept). Nothing is written here.
 */
export function useListImport(workspaceId: string) {
  const [draft, setDraft] = useState<ListImportDraft | null>(null);
  const [checked, setChecked] = useState<RowValidation | null>(null);
  const checks = useRef(0);

  const check = (next: ListImportDraft) => {
    const ticket = ++checks.current;
    setDraft(next);
    setChecked(null);
    void checkRowsOffThread(next.table, next.mapping, next.values).then((result) => {
      if (ticket === checks.current) setChecked(result);
    });
  };

  const choose = async (table: ImportedTable, fileName: string) => {
    const ticket = ++checks.current;
    const db = database();
    const [remembered, existing] = await Promise.all([
      readRememberedImport(db, table.headers),
      listUseCaseTitles(db, workspaceId),
    ]);
    if (ticket !== checks.current) return;
    const mapping = remembered?.columns ?? recogniseHeaders(table.headers);
    check({
      table,
      fileName,
      mapping,
      values: proposeValueMapping(table, mapping, remembered?.values),
      duplicates: remembered?.duplicates ?? 'skip',
      existing,
      remembered: remembered !== null,
    });
  };

  const reset = () => {
    checks.current++;
    setDraft(null);
    setChecked(null);
  };

  return {
    draft,
    checked,
    choose,
    reset,
    setMapping: (mapping: ColumnMapping) => {
      if (!draft) return;
      check({ ...draft, mapping, values: proposeValueMapping(draft.table, mapping, draft.values) });
    },
    setValues: (values: ValueMapping) => {
      if (draft) check({ ...draft, values });
    },
    setDuplicates: (duplicates: DuplicateChoice) => {
      if (draft) setDraft({ ...draft, duplicates });
    },
  };
}
