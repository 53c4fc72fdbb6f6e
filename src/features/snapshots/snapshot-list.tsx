import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/table-scroll';
import type { DecisionSnapshot } from '../../domain/schema/decision-snapshot';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { downloadSnapshot } from './diff-files';
import styles from './snapshots.module.css';
import { ColumnHeads } from '../../ui/column-heads';

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
  if (snapshots.length === 0) return <p className={styles.hint}>{t('snapshots.empty')}</p>;
  return (
    <TableScroll label={t('snapshots.listTitle')}>
      <table className={styles.table} aria-label={t('snapshots.listTitle')}>
        <ColumnHeads
          columns={[
            t('snapshots.name'),
            t('snapshots.takenAt'),
            t('snapshots.takenBy'),
            { label: t('snapshots.rankedCount'), className: styles.number },
            t('snapshots.actions'),
          ]}
        />
        <tbody>
          {snapshots.map((s) => (
            <tr key={s.id} data-testid="snapshot-row">
              <td>
                {s.name}
                {s.origin === 'workshop' ? (
                  <span className={styles.who}> · {t('snapshots.origin.workshop')}</span>
                ) : null}
              </td>
              <td>{f.dateTime(s.takenAt)}</td>
              <td>{s.takenBy}</td>
              <td className={styles.number}>
                {f.integer(s.useCases.filter((u) => u.decidedRank !== null).length)}
              </td>
              <td className={styles.actions}>
                <Button small onPress={() => downloadSnapshot(s)}>
                  {t('snapshots.exportJson')}
                </Button>
                <Button small variant="danger" onPress={() => onDelete(s)}>
                  {t('snapshots.delete')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
