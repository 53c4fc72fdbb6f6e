import {
  BackupRefused,
  type BackupFrame,
  type BackupRecords,
  type BackupSource,
  type BackupStep,
} from '../../domain/exchange/backup-parts';
import type { ImportProblem } from '../../domain/exchange/import-problem';

/**
 * A backup file being read in the import worker, on the page: its frame (what the person chooses
 * from) at once, its checked records as they come, then its end or a refusal. Kept whole, so that
 * an import that failed (a workspace that exists) can be tried again from the first part.
 */
export class BackupStream {
  private readonly parts: BackupRecords[] = [];
  private ended = false;
  private refusal: ImportProblem | null = null;
  private waiting: (() => void)[] = [];
  private listeners: ((problem: ImportProblem | null) => void)[] = [];

  constructor(
    readonly frame: BackupFrame,
    /** Stops the reading (the worker), once it is no longer needed. */
    private readonly stop: () => void = () => undefined,
  ) {}

  /** Takes the next step sent by the worker (the frame excepted). */
  add(step: BackupStep): void {
    if (step.kind === 'backupFrame' || this.ended || this.refusal) return;
    if (step.kind === 'backupRecords') {
      const { workspace, list, records } = step;
      this.parts.push({ workspace, list, records });
    } else {
      if (step.kind === 'backupEnd') this.ended = true;
      else this.refusal = step.problem;
      this.stop();
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

  /** The parts from the first, for one import (importBackupParts). */
  source(): BackupSource {
    let next = 0;
    const hasNews = () => next < this.parts.length || this.ended || this.refusal !== null;
    return {
      frame: this.frame,
      take: () => {
        if (this.refusal) throw new BackupRefused(this.refusal);
        const part = this.parts[next];
        if (part) {
          next++;
          return part;
        }
        return this.ended ? 'end' : null;
      },
      ready: () =>
        hasNews() ? Promise.resolve() : new Promise<void>((wake) => this.waiting.push(wake)),
    };
  }

  /** Stops reading a file no longer wanted: an import still waiting on it is aborted. */
  close(): void {
    if (!this.ended && !this.refusal)
      this.add({ kind: 'backupRefused', problem: { key: 'exchange.importFailed', path: '' } });
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
