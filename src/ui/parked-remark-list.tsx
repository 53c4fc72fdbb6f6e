import { useTranslation } from 'react-i18next';
import type { ParkingItem } from '../domain/schema/parking-lot';
import { Button } from './button';
import { useFormatters } from './format';
import styles from './parked-remark-list.module.css';

/**
 * Remarks parked during a workshop, open ones first: the remark, its owner, who parked it and
 * when; an open one has its "Close" button, a closed one says so (and is struck through).
 */
export function ParkedRemarkList({
  items,
  onClose,
  label,
}: {
  items: readonly ParkingItem[];
  onClose: (item: ParkingItem) => void;
  /** The list's name for a screen reader, where no heading right above names it. */
  label?: string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const sorted = [...items].sort(
    (a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null),
  );
  return (
    <ul className={styles.list} aria-label={label}>
      {sorted.map((item) => (
        <li key={item.id} className={item.closedAt ? styles.closed : undefined}>
          <span className={styles.remark}>{item.text}</span>
          <span className={styles.muted}>
            {t('workshop.parking.byAt', {
              owner: item.owner,
              author: item.author,
              at: f.dateTime(item.createdAt),
            })}
          </span>
          {item.closedAt === null ? (
            <Button
              small
              aria-label={t('workshop.parking.closeLabel', { text: item.text.slice(0, 80) })}
              onPress={() => onClose(item)}
            >
              {t('workshop.parking.close')}
            </Button>
          ) : (
            <span className={styles.muted}>{t('workshop.parking.closed')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
