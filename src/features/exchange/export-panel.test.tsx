import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import { setUpI18n, switchLanguage } from '../../i18n/i18n';
import type { RunningExport } from './export-job';
import { ExportPanel } from './export-panel';

// The export's code (export-job.ts) is loaded when a file is asked for. Here its loading is
// held until the test lets it go, as a slow network or a busy machine would hold it.
const job = vi.hoisted(() => {
  let letGo: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (letGo = resolve));
  return { letGo, loaded, startExport: vi.fn<(...args: unknown[]) => RunningExport>() };
});
vi.mock('./export-job', async () => {
  await job.loaded;
  return { startExport: job.startExport };
});

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('cancelling an export', () => {
  it('keeps a Cancel pressed while the export’s code loads: nothing starts, and it says so', async () => {
    await renderInLanguage('en', <ExportPanel workspaceId="ws-1" />);
    press('Workbook (XLSX)');
    // The bar and its button show at once, before the code has come.
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    press('Cancel the export');
    job.letGo();
    expect(
      await screen.findByText('Export cancelled: nothing was downloaded.'),
    ).toBeInTheDocument();
    expect(job.startExport).not.toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Workbook (XLSX)' })).toBeEnabled();
  });

  it('stops a running export (in French): its worker is told, and nothing is downloaded', async () => {
    const cancel = vi.fn();
    job.startExport.mockImplementation(() => {
      let settle: (outcome: { status: 'cancelled' }) => void = () => undefined;
      const outcome = new Promise<{ status: 'cancelled' }>((resolve) => (settle = resolve));
      cancel.mockImplementation(() => settle({ status: 'cancelled' }));
      return { outcome, cancel };
    });
    job.letGo();
    // The export is asked in the page's language, with its texts (the app's own i18next).
    await setUpI18n();
    await switchLanguage('fr');
    await renderInLanguage('fr', <ExportPanel workspaceId="ws-1" />);
    press('Classeur (XLSX)');
    await waitFor(() => expect(job.startExport).toHaveBeenCalledTimes(1));
    press('Annuler l’export');
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Export annulé : rien n’a été téléchargé.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
