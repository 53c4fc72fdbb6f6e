import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import styles from './framing.module.css';

/** Edit and remove one named item of Framing (a department, an initiative, a KPI). */
export function ItemActions(props: { name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <span className={styles.actions} data-editing-chrome="">
      <Button small aria-label={t('framing.editItem', { name: props.name })} onPress={props.onEdit}>
        {t('common.edit')}
      </Button>
      <Button
        small
        variant="quiet"
        aria-label={t('framing.removeItem', { name: props.name })}
        onPress={props.onRemove}
      >
        {t('framing.remove')}
      </Button>
    </span>
  );
}
