import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/page-header';

/** The book of one-page business cases: not built yet. */
export default function BookScreen() {
  const { t } = useTranslation();
  return <EmptyState>{t('shell.notYetAvailable')}</EmptyState>;
}
