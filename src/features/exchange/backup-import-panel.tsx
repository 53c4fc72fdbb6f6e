import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { importBackup, type BackupImport } from '../../db/repositories/backup';
import type { Backup } from '../../domain/exchange/backup-format';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import type { Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { ChooseFile } from './choose-file';
import { ProblemMessage } from './problem-message';
import styles from './exchange.module.css';

/** Import a JSON backup: as a new workspace, or replacing this one after a confirmation. */
export function BackupImportPanel({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const toast = useToast();
  const navigate = useNavigate();
  const change = useChangeContext();
  const [backup, setBackup] = useState<Backup | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = async (mode: BackupImport) => {
    if (!backup) return;
    try {
      const ids = await importBackup(database(), change(), backup, mode);
      setBackup(null);
      if (mode.kind === 'replace') toast({ message: t('exchange.replaced') });
      else {
        const first = ids[0];
        toast({
          message: t('exchange.importedAsNew', { count: ids.length }),
          action: first
            ? {
                label: t('exchange.openImported'),
                onAction: () => void navigate(`/w/${first}/ranking`),
              }
            : undefined,
        });
      }
    } catch {
      setProblem({ key: 'exchange.importFailed', path: '' });
    }
  };

  return (
    <Card>
      <h2>{t('exchange.importBackupTitle')}</h2>
      <p>{t('exchange.importBackupLead')}</p>
      <ChooseFile
        label={t('exchange.chooseBackup')}
        accept=".json,application/json"
        onProblem={(p) => {
          setProblem(p);
          if (p) setBackup(null);
        }}
        onRead={(file) => {
          if (file.kind === 'backup') setBackup(file.backup);
          else setProblem({ key: 'exchange.problem.notBackup', path: '' });
        }}
      />
      {problem ? <ProblemMessage problem={problem} /> : null}
      {backup ? (
        <>
          <p role="status">
            {t('exchange.backupSummary', {
              count: backup.workspaces.length,
              date: f.dateTime(backup.exportedAt),
              names: f.list(backup.workspaces.map((b) => b.workspace.name)),
            })}
          </p>
          <div className={styles.buttons}>
            <Button variant="primary" onPress={() => void run({ kind: 'asNew' })}>
              {t('exchange.importAsNew')}
            </Button>
            <Button
              variant="danger"
              isDisabled={backup.workspaces.length !== 1}
              onPress={() => setConfirming(true)}
            >
              {t('exchange.replaceThis')}
            </Button>
          </div>
          {backup.workspaces.length !== 1 ? (
            <p className={styles.muted}>{t('exchange.replaceNeedsOne')}</p>
          ) : null}
        </>
      ) : null}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('exchange.replaceTitle')}
        message={t('exchange.replaceMessage', { name: workspace.name })}
        confirmLabel={t('exchange.replaceConfirm')}
        onConfirm={() => void run({ kind: 'replace', workspaceId: workspace.id })}
      />
    </Card>
  );
}
