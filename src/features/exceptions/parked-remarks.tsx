import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { useParkingLot } from '../../data/use-workshop';
import { database } from '../../db/database';
import { closeParkingItem } from '../../db/repositories/workshops';
import { Card } from '../../ui/page-header';
import { ParkedRemarkList } from '../../ui/parked-remark-list';
import styles from './exceptions.module.css';

/** The workshop's parking lot: open remarks, each waiting for its named owner. */
export function ParkedRemarks({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const items = useParkingLot(workspaceId);
  const open = (items ?? []).filter((i) => i.closedAt === null);
  if (open.length === 0) return null;
  return (
    <Card>
      <h2>{t('workshop.parking.title')}</h2>
      <p className={styles.hint}>{t('workshop.parking.lead')}</p>
      <ParkedRemarkList
        items={open}
        label={t('workshop.parking.title')}
        onClose={(item) => void closeParkingItem(database(), change(), item.id)}
      />
    </Card>
  );
}
