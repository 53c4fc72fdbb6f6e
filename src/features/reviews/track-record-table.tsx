import { useTranslation } from 'react-i18next';
import type { TrackRecord } from '../../domain/reviews/promised-delivered';
import { useFormatters } from '../../ui/format';
import styles from '../../ui/report-table.module.css';
import { ColumnHeads } from '../../ui/column-heads';

export interface OpenEstimates {
  count: number;
  yearlyBenefit: number;
}

/** How far past estimates were from what happened, next to the same people's open estimates. */
export function TrackRecordTable({
  records,
  open,
  keyLabel,
}: {
  records: readonly TrackRecord[];
  open: ReadonlyMap<string, OpenEstimates>;
  keyLabel: string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const pct = (x: number | null) => (x === null ? '—' : `${f.integer(x * 100)} %`);
  if (records.length === 0) return <p>{t('reviews.noTrackRecord')}</p>;
  return (
    <table className={styles.table} data-testid="track-record">
      <ColumnHeads
        columns={[
          keyLabel,
          { label: t('reviews.reviewsCount'), className: styles.number },
          { label: t('reviews.benefitRatio'), className: styles.number },
          { label: t('reviews.attainment'), className: styles.number },
          { label: t('reviews.openEstimates'), className: styles.number },
          { label: t('reviews.openIfLikeBefore'), className: styles.number },
        ]}
      />
      <tbody>
        {records.map((r) => {
          const o = open.get(r.key);
          return (
            <tr key={r.key}>
              <td>{r.key}</td>
              <td className={styles.number}>{f.integer(r.reviews)}</td>
              <td className={styles.number}>{pct(r.benefitRatio)}</td>
              <td className={styles.number}>{pct(r.kpiAttainment)}</td>
              <td className={styles.number}>
                {o
                  ? t('reviews.openValue', { count: o.count, amount: f.integer(o.yearlyBenefit) })
                  : '—'}
              </td>
              <td className={styles.number}>
                {o && r.benefitRatio !== null ? f.integer(o.yearlyBenefit * r.benefitRatio) : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
