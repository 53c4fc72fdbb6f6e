import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import type * as ExportersModule from './exporters';
import type { ExportedFile, ExportKind } from './exporters';

type Exporters = typeof ExportersModule;
import styles from './exchange.module.css';

const FILE_EXPORTS: readonly { kind: ExportKind; labelKey: string }[] = [
  { kind: 'rankedCsv', labelKey: 'exchange.rankedCsv' },
  { kind: 'roadmapCsv', labelKey: 'exchange.roadmapCsv' },
  { kind: 'xlsx', labelKey: 'exchange.xlsx' },
  { kind: 'markdown', labelKey: 'exchange.markdown' },
];

/** Buttons that download the exports of a workspace (builders loaded on first use). */
export function ExportPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const run = async (build: (m: Exporters) => Promise<ExportedFile>) => {
    setBusy(true);
    try {
      const exporters = await import('./exporters');
      const file = await build(exporters);
      exporters.download(file);
      toast({ message: t('exchange.exported', { file: file.name }) });
    } catch {
      toast({ message: t('exchange.exportFailed') });
    } finally {
      setBusy(false);
    }
  };
  const label = (key: string) => t(key);
  // The tables arrive rounded for reading (roundForDisplay): formatted as they are, not again.
  const format = { number: (n: number) => f.decimal(n), dateTime: f.dateTime };

  return (
    <Card>
      <h2>{t('exchange.exportTitle')}</h2>
      <p>{t('exchange.exportLead')}</p>
      <div className={styles.buttons} aria-busy={busy}>
        {FILE_EXPORTS.map(({ kind, labelKey }) => (
          <Button
            key={kind}
            isDisabled={busy}
            onPress={() =>
              void run((m) => m.buildExport(kind, workspaceId, currentLanguage(), label, format))
            }
          >
            {t(labelKey)}
          </Button>
        ))}
        <Button isDisabled={busy} onPress={() => void run((m) => m.buildBackup(workspaceId))}>
          {t('exchange.backupThis')}
        </Button>
        <Button isDisabled={busy} onPress={() => void run((m) => m.buildBackup('all'))}>
          {t('exchange.backupAll')}
        </Button>
      </div>
      {busy ? <p className={styles.muted}>{t('exchange.exporting')}</p> : null}
    </Card>
  );
}
