import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useWorkspace } from '../../data/use-workspaces';
import { PageHeader } from '../../ui/page-header';
import { BackupImportPanel } from './backup-import-panel';
import { ExportPanel } from './export-panel';
import { ListImportPanel } from './list-import-panel';
import { StoragePanel } from './storage-panel';
import styles from './exchange.module.css';

/** Export and import: files out (CSV, XLSX, Markdown, JSON backup) and data in. */
export default function ExportScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  if (workspace === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (workspace === null) return null;
  return (
    <div>
      <PageHeader title={t('nav.export')} lead={t('exchange.lead')} />
      <div className={styles.sections}>
        <ExportPanel workspaceId={workspaceId} />
        <BackupImportPanel workspace={workspace} />
        <ListImportPanel workspaceId={workspaceId} />
        <StoragePanel />
      </div>
    </div>
  );
}
