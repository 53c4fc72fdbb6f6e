import { useTranslation } from 'react-i18next';
import { useUseCaseHistory } from '../../data/use-use-case';
import { AuditList } from '../../ui/audit-list';
import { EmptyState } from '../../ui/page-header';

export function HistoryPanel({
  workspaceId,
  useCaseId,
}: {
  workspaceId: string;
  useCaseId: string;
}) {
  const { t } = useTranslation();
  const entries = useUseCaseHistory(workspaceId, useCaseId);
  if (entries === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (entries.length === 0) return <EmptyState>{t('audit.emptyForUseCase')}</EmptyState>;
  return <AuditList entries={entries} />;
}
