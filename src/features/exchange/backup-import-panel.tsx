import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedBackup } from '../../domain/exchange/backup-format';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import type { Workspace } from '../../domain/schema/workspace';
import { Card } from '../../ui/page-header';
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
  const [backup, setBackup] = useState<CheckedBackup | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  return (
    <Card>
      <h2>{t('exchange.importBackupTitle')}</h2>
      <p>{t(workspace ? 'exchange.importBackupLead' : 'exchange.importBackupHomeLead')}</p>
      <ChooseFile
        label={t('exchange.chooseBackup')}
        accept=".json,.gz,application/json,application/gzip"
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
        <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
          <BackupImportChoice
            backup={backup}
            workspace={workspace}
            onImported={() => setBackup(null)}
            onProblem={setProblem}
          />
        </Suspense>
      ) : null}
    </Card>
  );
}
