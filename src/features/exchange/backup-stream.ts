import {
  BackupRefused,
  type BackupFrame,
  type BackupRecords,
  type BackupSource,
  type BackupStep,
} from '../../domain/exchange/backup-parts';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import type { ChangeContext } from '../../db/change-context';
import type { BackupImport } from '../../db/repositories/backup-import';
import { database } from '../../db/database';

/** Told how many records are written out of how many, as an import goes. */
export type ImportProgressListener = (done: number, total: number) => void;

/**
 * An import run where the file's records are (the import worker): it writes them itself and
 * answers with the workspaces' ids, or rejects (BackupRefused for a refusal found meanwhile).
 */
export interface RemoteBackupImport {
  run(mode: BackupImport, actor: string, onProgress: ImportProgressListener): Promise<string[]>;
  /** Stops the reading (the worker) once the file is refused, after a running import answers. */
  stop(): void;
  /** Stops it at once: a running import is aborted (nothing written) and rejects. */
  abort(): void;
}

/**
 * A backup file being read: its frame (what the person chooses from) at once, then its end or a
 * refusal. Its checked records are kept where they are checked: in the import worker, which then
 * writes them itself (`remote`); or here, as they come (a page without workers, the tests). Kept
 * whole, so that an import that failed (a workspace that exists) can be tried again.
 */
export class BackupStream {
  private readonly parts: BackupRecords[] = [];
  private ended = false;
  private refusal: ImportProblem | null = null;
  private waiting: (() => void)[] = [];
  private listeners: ((problem: ImportProblem | null) => void)[] = [];

  constructor(
    readonly frame: BackupFrame,
    /** Where the records are, when not here: the import then runs there. */
    private readonly remote: RemoteBackupImport | null = null,
  ) {}

  /** Takes the next step of the file (the frame excepted). */
  add(step: BackupStep): void {
    if (step.kind === 'backupFrame' || this.ended || this.refusal) return;
    if (step.kind === 'backupRecords') {
      const { workspace, list, records } = step;
      this.parts.push({ workspace, list, records });
    } else {
      if (step.kind === 'backupEnd') this.ended = true;
      else {
        this.refusal = step.problem;
        this.remote?.stop();
      }
      for (const listener of this.listeners) listener(this.refusal);
    }
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** Told once the whole file is checked: null when it is good, else why it is refused. */
  onChecked(listener: (problem: ImportProblem | null) => void): () => void {
    if (this.ended || this.refusal) listener(this.refusal);
    else this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * The parts from the first, for one import (importBackupParts). With `check`, a part not come
   * yet is checked at once (it returns false once the file is checked to its end): the import
   * worker checks the next part when the import needs it, rather than waiting for it.
   */
  source(check?: () => boolean): BackupSource {
    let next = 0;
    const hasNews = () => next < this.parts.length || this.ended || this.refusal !== null;
    const pull = () => {
      while (!hasNews() && check?.());
    };
    return {
      frame: this.frame,
      take: () => {
        pull();
        if (this.refusal) throw new BackupRefused(this.refusal);
        const part = this.parts[next];
        if (part) {
          next++;
          return part;
        }
        return this.ended ? 'end' : null;
      },
      ready: () => {
        pull();
        return hasNews() ? Promise.resolve() : new Promise<void>((wake) => this.waiting.push(wake));
      },
    };
  }

  /**
   * Imports the file's records (all or nothing, see importBackupParts): where they are. The
   * import worker takes only the actor from `ctx` (its own clock and ids).
   */
  async importAs(
    mode: BackupImport,
    ctx: ChangeContext,
    onProgress: ImportProgressListener = () => undefined,
  ): Promise<string[]> {
    if (this.remote) return this.remote.run(mode, ctx.actor, onProgress);
    const { importBackupParts } = await import('../../db/repositories/backup-import');
    return importBackupParts(database(), ctx, this.source(), mode, onProgress);
  }

  /** Stops reading a file no longer wanted: an import still waiting on it is aborted. */
  close(): void {
    if (!this.ended && !this.refusal)
      this.add({ kind: 'backupRefused', problem: { key: 'exchange.importFailed', path: '' } });
    this.remote?.abort();
  }
}

export function isBackupStep(message: { kind: string }): message is BackupStep {
  return (
    message.kind === 'backupFrame' ||
    message.kind === 'backupRecords' ||
    message.kind === 'backupEnd' ||
    message.kind === 'backupRefused'
  );
}
