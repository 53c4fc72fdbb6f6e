import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { useParkingLot } from '../../data/use-workshop';
import { database } from '../../db/database';
import { closeParkingItem } from '../../db/repositories/workshops';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import styles from './exceptions.module.css';

/** The workshop's parking lot: open remarks, each waiting for its named owner. */
export function ParkedRemarks({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const change = useChangeContext();
  const items = useParkingLot(workspaceId);
  const open = (items ?? []).filter((i) => i.closedAt === null);
  if (open.length === 0) return null;
  return (
    <Card>
      <h2>{t('workshop.parking.title')}</h2>
      <p className={styles.hint}>{t('workshop.parking.lead')}</p>
      <ul aria-label={t('workshop.parking.title')}>
        {open.map((item) => (
          <li key={item.id}>
            <strong>{item.text}</strong>{' '}
            <span className={styles.hint}>
              {t('workshop.parking.byAt', {
                owner: item.owner,
                author: item.author,
                at: f.dateTime(item.createdAt),
              })}
            </span>{' '}
            <Button
              small
              aria-label={t('workshop.parking.closeLabel', { text: item.text.slice(0, 80) })}
              onPress={() => void closeParkingItem(database(), change(), item.id)}
            >
              {t('workshop.parking.close')}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
