import i18next from 'i18next';
import { makeFormatters } from '../../ui/format';
import { buildExport } from './exporters';
import type { ExportJob, ExportMessage } from './export-job';

/**
 * Builds an export (XLSX, CSV, Markdown, JSON report) off the page's thread: reads the workspace from the
 * database, takes its rows, writes the file, reports its progress, and sends the file back.
 * A module worker of our own origin, which the Content Security Policy allows ('self').
 */
const post = (message: ExportMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ExportJob>) => {
  const job = event.data;
  try {
    const texts = i18next.createInstance();
    await texts.init({
      lng: job.language,
      resources: { [job.language]: { translation: job.catalogue } },
      interpolation: { escapeValue: false },
    });
    const f = makeFormatters(job.language);
    const file = await buildExport(
      job.kind,
      job.workspaceId,
      job.language,
      (key) => texts.t(key),
      { number: f.decimal, dateTime: f.dateTime },
      (progress) => post({ type: 'progress', progress }),
    );
    post({ type: 'done', file });
  } catch (error) {
    post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
