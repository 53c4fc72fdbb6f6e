import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/page-header';

/** Not built yet: its navigation entry stays hidden until it is (src/app/navigation.ts). */
export default function PlaceholderScreen() {
  const { t } = useTranslation();
  return <EmptyState>{t('shell.notYetAvailable')}</EmptyState>;
}
