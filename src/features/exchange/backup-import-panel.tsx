import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import type { Workspace } from '../../domain/schema/workspace';
import { Card } from '../../ui/page-header';
import type { BackupStream } from './backup-stream';
import { ChooseFile } from './choose-file';
import { ProblemMessage } from './problem-message';

// The import itself (its schemas, the list of targets, the confirmation) loads with the file.
const BackupImportChoice = lazy(() => import('./backup-import-choice'));

interface Props {
  /** The workspace whose Export screen shows the panel; none on the home page. */
  workspace?: Workspace | undefined;
}

/**
 * Import a JSON backup (of one workspace or of all): as new workspaces, or replacing one after
 * a confirmation (this one on its Export screen; the one chosen on the home page).
 */
export function BackupImportPanel({ workspace }: Props) {
  const { t } = useTranslation();
  const [stream, setStream] = useState<BackupStream | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [importing, setImporting] = useState(false);
  // The choice is shown from the file's frame while its records are still being checked: a
  // refusal found before the person chooses replaces it (one found later aborts the import).
  useEffect(
    () =>
      stream?.onChecked((refused) => {
        if (!refused || importing) return;
        setProblem(refused);
        setStream(null);
      }),
    [stream, importing],
  );
  // A file no longer shown (imported, refused, another chosen, the panel closed): its reading
  // stops (the import worker holds its records until then).
  useEffect(() => () => stream?.close(), [stream]);
  return (
    <Card>
      <h2>{t('exchange.importBackupTitle')}</h2>
      <p>{t(workspace ? 'exchange.importBackupLead' : 'exchange.importBackupHomeLead')}</p>
      <ChooseFile
        label={t('exchange.chooseBackup')}
        accept=".json,.gz,application/json,application/gzip"
        onProblem={(p) => {
          setProblem(p);
          if (p) setStream(null);
        }}
        onRead={(file) => {
          if (file.kind === 'backup') setStream(file.stream);
          else setProblem({ key: 'exchange.problem.notBackup', path: '' });
        }}
      />
      {problem ? <ProblemMessage problem={problem} /> : null}
      {stream ? (
        <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
          <BackupImportChoice
            stream={stream}
            workspace={workspace}
            onImporting={setImporting}
            onImported={() => setStream(null)}
            onProblem={(p) => {
              setProblem(p);
              if (p.key !== 'exchange.importFailed') setStream(null);
            }}
          />
        </Suspense>
      ) : null}
    </Card>
  );
}
