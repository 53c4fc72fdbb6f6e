import { useTranslation } from 'react-i18next';
import type { UseCase } from '../../domain/schema/use-case';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import styles from './use-cases.module.css';

export function DetailsPanel({ useCase }: { useCase: UseCase }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const none = t('common.none');
  return (
    <Card>
      <dl className={styles.details}>
        <dt>{t('useCase.description')}</dt>
        <dd>{useCase.description || none}</dd>
        <dt>{t('useCase.scope')}</dt>
        <dd>{t(`scope.${useCase.scope}`)}</dd>
        <dt>{t('useCase.status')}</dt>
        <dd>{t(`status.${useCase.status}`)}</dd>
        <dt>{t('useCase.owner')}</dt>
        <dd>{useCase.owner || none}</dd>
        <dt>{t('useCase.tags')}</dt>
        <dd>{useCase.tags.length ? useCase.tags.join(', ') : none}</dd>
        <dt>{t('useCase.intention')}</dt>
        <dd>{useCase.intention || none}</dd>
        <dt>{t('useCase.dataSignals')}</dt>
        <dd>{useCase.dataSignals || none}</dd>
        <dt>{t('useCase.complianceNote')}</dt>
        <dd>{useCase.complianceNote || none}</dd>
        <dt>{t('useCase.updatedAt')}</dt>
        <dd>{f.dateTime(useCase.updatedAt)}</dd>
      </dl>
    </Card>
  );
}
