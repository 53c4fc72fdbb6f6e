import { useWorkspace } from '../../data/use-workspaces';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { BackupImportPanel } from './backup-import-panel';
import { ExportPanel } from './export-panel';
import { ListImportPanel } from './list-import-panel';
import { StoragePanel } from './storage-panel';
import styles from './exchange.module.css';

/** Export and import: files out (CSV, XLSX, Markdown, JSON backup) and data in. */
export default function ExportScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const workspace = useWorkspace(workspaceId);
  if (!workspace) return <NotReady data={workspace} />;
  return (
    <ScreenPage title={t('nav.export')} lead={t('exchange.lead')}>
      <div className={styles.sections}>
        <ExportPanel workspaceId={workspaceId} />
        <BackupImportPanel workspace={workspace} />
        <ListImportPanel workspaceId={workspaceId} />
        <StoragePanel />
      </div>
    </ScreenPage>
  );
}
