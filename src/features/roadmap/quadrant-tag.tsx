import type { Quadrant } from '../../domain/scoring/quadrant';
import styles from './quadrant-tag.module.css';

/**
 * The quadrant of a card, large enough for a projector and with AA contrast. Its label comes
 * translated from the caller (`t('quadrant.<q>')`): a board of cards translates once per card.
 */
export function QuadrantTag({ quadrant, label }: { quadrant: Quadrant; label: string }) {
  return <span className={`${styles.tag} ${styles[quadrant]}`}>{label}</span>;
}
