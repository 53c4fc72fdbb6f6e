import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../domain/scoring/quadrant';
import styles from './ui.module.css';

export function QuadrantBadge({ quadrant }: { quadrant: Quadrant }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${styles[quadrant]}`} data-quadrant={quadrant}>
      {t(`quadrant.${quadrant}`)}
    </span>
  );
}
