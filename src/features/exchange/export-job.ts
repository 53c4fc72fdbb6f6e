import type { Language } from '../../domain/schema/common';
import type { ExportedFile } from './download-file';
import type { ExportKind, ExportProgress } from './exporters';

/** What the page asks the export worker: one file of one workspace, in the UI language. */
export interface ExportJob {
  kind: ExportKind;
  workspaceId: string;
  language: Language;
  /** The UI language's whole catalogue (the worker has no i18next of the page). */
  catalogue: Record<string, unknown>;
}

export type ExportMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; file: ExportedFile }
  | { type: 'failed'; reason: string };

export type ExportOutcome =
  { status: 'done'; file: ExportedFile } | { status: 'cancelled' } | { status: 'failed' };

export interface RunningExport {
  outcome: Promise<ExportOutcome>;
  /** Stops the export: the worker is terminated, nothing is downloaded. */
  cancel: () => void;
}

async function onThePage(
  job: ExportJob,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportOutcome> {
  const [{ buildExport }, { makeFormatters }, i18n] = await Promise.all([
    import('./exporters'),
    import('../../ui/format'),
    import('i18next'),
  ]);
  const f = makeFormatters(job.language);
  const file = await buildExport(
    job.kind,
    job.workspaceId,
    job.language,
    (key) => i18n.default.t(key),
    { number: f.decimal, dateTime: f.dateTime },
    onProgress,
  );
  return { status: 'done', file };
}

/** Starts an export in its own module worker (on the page where there are no workers). */
export function startExport(
  job: ExportJob,
  onProgress: (progress: ExportProgress) => void,
): RunningExport {
  if (typeof Worker === 'undefined') {
    return {
      outcome: onThePage(job, onProgress).catch((): ExportOutcome => ({ status: 'failed' })),
      cancel: () => undefined,
    };
  }
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ExportOutcome) => void = () => undefined;
  const outcome = new Promise<ExportOutcome>((resolve) => {
    settle = (result) => {
      worker.terminate();
      resolve(result);
    };
  });
  worker.onmessage = (event: MessageEvent<ExportMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'done') settle({ status: 'done', file: message.file });
    else settle({ status: 'failed' });
  };
  worker.onerror = () => settle({ status: 'failed' });
  worker.postMessage(job);
  return { outcome, cancel: () => settle({ status: 'cancelled' }) };
}
