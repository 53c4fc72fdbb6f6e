import { useTranslation } from 'react-i18next';
import { useAuditNames } from '../../data/use-audit-trail';
import { useUseCaseHistory } from '../../data/use-use-case';
import { AuditList } from '../../ui/audit-list';
import { EmptyState } from '../../ui/page-header';

/** The history of one use case: its changes, its scores, the decisions about it. */
export function HistoryPanel({
  workspaceId,
  useCaseId,
}: {
  workspaceId: string;
  useCaseId: string;
}) {
  const { t } = useTranslation();
  const entries = useUseCaseHistory(workspaceId, useCaseId);
  const names = useAuditNames(workspaceId);
  if (entries === undefined || names === undefined)
    return <p aria-busy="true">{t('common.loading')}</p>;
  if (entries.length === 0) return <EmptyState>{t('audit.emptyForUseCase')}</EmptyState>;
  return <AuditList entries={entries} names={names} label={t('useCase.tab.history')} />;
}
