import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../domain/scoring/quadrant';
import styles from './quadrant-tag.module.css';

/** The quadrant of a card, large enough for a projector and with AA contrast. */
export function QuadrantTag({ quadrant }: { quadrant: Quadrant }) {
  const { t } = useTranslation();
  return <span className={`${styles.tag} ${styles[quadrant]}`}>{t(`quadrant.${quadrant}`)}</span>;
}
