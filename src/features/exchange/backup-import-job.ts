import type { ChangeContext } from '../../db/change-context';
import type { ClarteDatabase } from '../../db/database';
import { importBackupParts, type BackupImport } from '../../db/repositories/backup-import';
import { BackupRefused, type BackupStep } from '../../domain/exchange/backup-parts';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import { BackupStream, type ImportProgressListener } from './backup-stream';

/** What the import worker tells the page of an import it runs (besides the file's steps). */
export type BackupImportMessage =
  | { kind: 'backupProgress'; done: number; total: number }
  | { kind: 'backupImported'; ids: string[] }
  | { kind: 'backupNotImported'; problem: ImportProblem; refused: boolean };

/**
 * A backup file in the import worker (issue 15 point 6): the worker checks its records and writes
 * them itself, so that each record is copied once (into IndexedDB), as a raw write does, instead
 * of once to the page and again from it. The page is told the file's frame, its end or refusal,
 * and an import's progress and result (`tell`).
 *
 * Before an import is asked, the parts are checked one per task (an import asked meanwhile
 * starts between two); during it, the import checks the next part when it needs it, in its open
 * transaction: a part refused aborts it, so a refused file writes nothing.
 */
export class BackupImportJob {
  private readonly stream: BackupStream;

  constructor(
    first: Extract<BackupStep, { kind: 'backupFrame' }>,
    private readonly steps: Iterator<BackupStep>,
    private readonly tell: (message: BackupStep | BackupImportMessage) => void,
  ) {
    this.stream = new BackupStream(first.frame);
    tell(first);
  }

  /** Checks the file's next step: false once there is none (its end or refusal was taken). */
  private checkNext = (): boolean => {
    const next = this.steps.next();
    if (next.done) return false;
    const step = next.value;
    this.stream.add(step);
    if (step.kind === 'backupEnd' || step.kind === 'backupRefused') this.tell(step);
    return true;
  };

  /** Checks the whole file, one part per task, `pause` between two (where messages come in). */
  async checkAll(pause: () => Promise<void>): Promise<void> {
    while (this.checkNext()) await pause();
  }

  /** Imports the checked records into `db` and tells the page how it went. */
  async importInto(db: ClarteDatabase, ctx: ChangeContext, mode: BackupImport): Promise<void> {
    const onProgress: ImportProgressListener = (done, total) =>
      this.tell({ kind: 'backupProgress', done, total });
    try {
      const ids = await importBackupParts(
        db,
        ctx,
        this.stream.source(this.checkNext),
        mode,
        onProgress,
      );
      this.tell({ kind: 'backupImported', ids });
    } catch (error) {
      const refused = error instanceof BackupRefused;
      const problem = refused ? error.problem : { key: 'exchange.importFailed', path: '' };
      this.tell({ kind: 'backupNotImported', problem, refused });
    }
  }
}

/** The first step of a backup's steps: its frame, or its refusal before the frame. */
export function frameOrRefusal(steps: Iterator<BackupStep>): BackupStep {
  const first = steps.next();
  if (first.done)
    return { kind: 'backupRefused', problem: { key: 'exchange.problem.invalid', path: '' } };
  return first.value;
}
