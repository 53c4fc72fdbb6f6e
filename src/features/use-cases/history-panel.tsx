import { useTranslation } from 'react-i18next';
import { useUseCaseHistory } from '../../data/use-use-case';
import { AuditList } from '../../ui/audit-list';
import { EmptyState } from '../../ui/page-header';

export function HistoryPanel({ useCaseId }: { useCaseId: string }) {
  const { t } = useTranslation();
  const entries = useUseCaseHistory(useCaseId);
  if (entries === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (entries.length === 0) return <EmptyState>{t('audit.emptyForUseCase')}</EmptyState>;
  return <AuditList entries={entries} />;
}
