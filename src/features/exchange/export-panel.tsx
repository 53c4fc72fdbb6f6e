import i18next from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import { ProgressLine } from '../../ui/progress-line';
import type { ExportedFile } from './download-file';
import type { ExportKind, ExportProgress } from './exporters';
import styles from './exchange.module.css';

const FILE_EXPORTS: readonly { kind: ExportKind; labelKey: string }[] = [
  { kind: 'rankedCsv', labelKey: 'exchange.rankedCsv' },
  { kind: 'roadmapCsv', labelKey: 'exchange.roadmapCsv' },
  { kind: 'xlsx', labelKey: 'exchange.xlsx' },
  { kind: 'markdown', labelKey: 'exchange.markdown' },
  { kind: 'jsonReport', labelKey: 'exchange.jsonReport' },
];

/** A running export's bar: indeterminate while the workspace is read, then rows written. */
function ExportBar({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const writing = progress.stage === 'writing';
  return (
    <ProgressLine
      label={t('scale.export.progress')}
      done={writing ? progress.done : undefined}
      total={writing ? progress.total : undefined}
      text={
        writing
          ? t('scale.export.writing', { done: progress.done, total: progress.total })
          : t('scale.export.reading')
      }
    >
      <Button small onPress={onCancel}>
        {t('scale.export.cancel')}
      </Button>
    </ProgressLine>
  );
}

/**
 * Buttons that download the exports of a workspace. The files are built in the export worker,
 * with a progress bar and a cancel button; backups are built on the page (loaded on first use).
 */
export function ExportPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const cancel = useRef<() => void>(() => undefined);
  // What the last export came to: a live region that takes the focus once it is done (the
  // pressed button was disabled meanwhile, and the focus would otherwise fall to the page).
  const [result, setResult] = useState('');
  const resultLine = useRef<HTMLParagraphElement>(null);
  const tell = (message: string) => {
    setResult(message);
    requestAnimationFrame(() => resultLine.current?.focus());
  };

  const finish = async (file: ExportedFile) => {
    const { download } = await import('./download-file');
    download(file);
    tell(t('exchange.exported', { file: file.name }));
  };

  const exportFile = async (kind: ExportKind) => {
    setBusy(true);
    setProgress({ stage: 'reading' });
    // The bar and its Cancel button show at once: a Cancel pressed while the export's code is
    // still loading is kept, and the export then never starts.
    let cancelledEarly = false;
    cancel.current = () => {
      cancelledEarly = true;
    };
    try {
      const { startExport } = await import('./export-job');
      if (cancelledEarly) {
        tell(t('scale.export.cancelled'));
        return;
      }
      const language = currentLanguage();
      const running = startExport(
        {
          kind,
          workspaceId,
          language,
          catalogue: i18next.getResourceBundle(language, 'translation') as Record<string, unknown>,
        },
        setProgress,
      );
      cancel.current = running.cancel;
      const outcome = await running.outcome;
      if (outcome.status === 'done') await finish(outcome.file);
      else if (outcome.status === 'cancelled') tell(t('scale.export.cancelled'));
      else tell(t('exchange.exportFailed'));
    } catch {
      tell(t('exchange.exportFailed'));
    } finally {
      cancel.current = () => undefined;
      setProgress(null);
      setBusy(false);
    }
  };

  const backup = async (workspace: string) => {
    setBusy(true);
    try {
      const { buildBackup } = await import('./exporters');
      await finish(await buildBackup(workspace));
    } catch (error) {
      const megabytes = error instanceof Error && 'megabytes' in error ? error.megabytes : null;
      tell(
        typeof megabytes === 'number'
          ? t('scale.backup.tooLarge', { megabytes })
          : t('exchange.exportFailed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <h2>{t('exchange.exportTitle')}</h2>
      <p>{t('exchange.exportLead')}</p>
      <div className={styles.buttons} aria-busy={busy}>
        {FILE_EXPORTS.map(({ kind, labelKey }) => (
          <Button key={kind} isDisabled={busy} onPress={() => void exportFile(kind)}>
            {t(labelKey)}
          </Button>
        ))}
        <Button isDisabled={busy} onPress={() => void backup(workspaceId)}>
          {t('exchange.backupThis')}
        </Button>
        <Button isDisabled={busy} onPress={() => void backup('all')}>
          {t('exchange.backupAll')}
        </Button>
      </div>
      {progress ? (
        <ExportBar progress={progress} onCancel={() => cancel.current()} />
      ) : busy ? (
        <p className={styles.muted}>{t('exchange.exporting')}</p>
      ) : null}
      <p ref={resultLine} tabIndex={-1} role="status" data-testid="export-result">
        {busy ? '' : result}
      </p>
    </Card>
  );
}
