import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table';
import type { DecisionSnapshot } from '../../domain/schema/decision-snapshot';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { downloadSnapshot } from './diff-files';
import styles from './snapshots.module.css';

/** The frozen decisions, newest first: name, when, by whom, how many ranked; export, delete. */
export function SnapshotList({
  snapshots,
  onDelete,
}: {
  snapshots: readonly DecisionSnapshot[];
  onDelete: (snapshot: DecisionSnapshot) => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <DataTable
      className={styles.table}
      label={t('snapshots.listTitle')}
      scroll={t('snapshots.listTitle')}
      empty={<p className={styles.hint}>{t('snapshots.empty')}</p>}
      rows={snapshots}
      rowKey={(s) => s.id}
      rowTestId="snapshot-row"
      columns={[
        {
          label: t('snapshots.name'),
          cell: (s) => (
            <>
              {s.name}
              {s.origin === 'workshop' ? (
                <span className={styles.who}> · {t('snapshots.origin.workshop')}</span>
              ) : null}
            </>
          ),
        },
        { label: t('snapshots.takenAt'), cell: (s) => f.dateTime(s.takenAt) },
        { label: t('snapshots.takenBy'), cell: (s) => s.takenBy },
        {
          label: t('snapshots.rankedCount'),
          number: styles.number,
          cell: (s) => f.integer(s.useCases.filter((u) => u.decidedRank !== null).length),
        },
        {
          label: t('snapshots.actions'),
          cellClassName: styles.actions,
          cell: (s) => (
            <>
              <Button small onPress={() => downloadSnapshot(s)}>
                {t('snapshots.exportJson')}
              </Button>
              <Button small variant="danger" onPress={() => onDelete(s)}>
                {t('snapshots.delete')}
              </Button>
            </>
          ),
        },
      ]}
    />
  );
}
