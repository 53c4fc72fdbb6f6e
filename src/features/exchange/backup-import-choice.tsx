import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspaces } from '../../data/workspace-list';
import type { BackupImport } from '../../db/repositories/backup-import';
import { BackupRefused } from '../../domain/exchange/backup-parts';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import type { Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFormatters } from '../../ui/format';
import { ChoiceSelect } from '../../ui/select-options';
import { useToast } from '../../ui/toast';
import type { BackupStream } from './backup-stream';
import { ImportProgress, type Progress } from './import-progress';
import styles from './exchange.module.css';

interface Props {
  /** The file being read: its frame now, its checked records as they come. */
  stream: BackupStream;
  /** The workspace whose Export screen shows the panel; none on the home page. */
  workspace?: Workspace | undefined;
  /** Told when an import starts and ends (a refusal found meanwhile aborts it). */
  onImporting: (importing: boolean) => void;
  onImported: () => void;
  onProblem: (problem: ImportProblem) => void;
}

/**
 * What a backup file holds and how to import it (as new workspaces, or replacing one after a
 * confirmation). Loaded once a file's frame is read, with the import's code and the
 * confirmation; the import writes the records as they are checked, in one transaction.
 */
export default function BackupImportChoice({
  stream,
  workspace,
  onImporting,
  onImported,
  onProblem,
}: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const toast = useToast();
  const navigate = useNavigate();
  const change = useChangeContext();
  const selectId = useId();
  const workspaces = useWorkspaces();
  const [confirming, setConfirming] = useState(false);
  const [chosenId, setChosenId] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const onHome = workspace === undefined;
  const target = workspace ?? workspaces?.find((s) => s.workspace.id === chosenId)?.workspace;

  const run = async (mode: BackupImport) => {
    if (progress) return;
    setProgress({ done: 0, total: null });
    onImporting(true);
    try {
      const ids = await stream.importAs(mode, change(), (done, total) =>
        setProgress({ done, total }),
      );
      onImported();
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
    } catch (error) {
      // A file refused by a later part: its own message (nothing was written).
      onProblem(
        error instanceof BackupRefused ? error.problem : { key: 'exchange.importFailed', path: '' },
      );
    } finally {
      setProgress(null);
      onImporting(false);
    }
  };

  const { backup } = stream.frame;
  const single = backup.workspaces.length === 1;
  return (
    <>
      <p role="status">
        {t('exchange.backupSummary', {
          count: backup.workspaces.length,
          date: f.dateTime(backup.exportedAt),
          names: f.list(backup.workspaces.map((b) => b.workspace.name)),
        })}
      </p>
      {onHome && single && workspaces?.length ? (
        <div className={styles.file}>
          <label htmlFor={selectId}>{t('exchange.replaceWhich')}</label>
          <ChoiceSelect
            id={selectId}
            className={styles.select}
            value={chosenId}
            onChange={setChosenId}
            none={t('exchange.replaceNone')}
            options={workspaces.map((s) => ({ value: s.workspace.id, label: s.workspace.name }))}
          />
        </div>
      ) : null}
      <div className={styles.buttons}>
        <Button
          variant="primary"
          isDisabled={progress !== null}
          onPress={() => void run({ kind: 'asNew' })}
        >
          {t('exchange.importAsNew', { count: backup.workspaces.length })}
        </Button>
        {onHome && !workspaces?.length ? null : (
          <Button
            variant="danger"
            isDisabled={!single || !target || progress !== null}
            onPress={() => setConfirming(true)}
          >
            {t(onHome ? 'exchange.replaceChosen' : 'exchange.replaceThis')}
          </Button>
        )}
      </div>
      {progress ? <ImportProgress progress={progress} countKey="exchange.recordsProgress" /> : null}
      {!single && !(onHome && !workspaces?.length) ? (
        <p className={styles.muted}>{t('exchange.replaceNeedsOne')}</p>
      ) : null}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('exchange.replaceTitle', { name: target?.name ?? '' })}
        message={t('exchange.replaceMessage', { name: target?.name ?? '' })}
        confirmLabel={t('exchange.replaceConfirm')}
        onConfirm={() => {
          if (target) void run({ kind: 'replace', workspaceId: target.id });
        }}
      />
    </>
  );
}
