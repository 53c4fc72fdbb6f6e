import { useTranslation } from 'react-i18next';
import type { StabilityInterval } from '../../domain/sensitivity/weight-stability';
import { useFormatters } from '../../ui/format';
import styles from './weights.module.css';
import { WeightsTable } from './weights-table';

const WIDTH = 360;
const HEIGHT = 26;

/** For each criterion, the weights that keep the top K order: a bar around the current weight. */
export function StabilityBars({ intervals }: { intervals: readonly StabilityInterval[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const number = (n: number) =>
    new Intl.NumberFormat(f.locale, { maximumFractionDigits: 2 }).format(n);
  const scaleMax = Math.max(
    1,
    ...intervals.map((i) => (Number.isFinite(i.max) ? i.max : i.current * 2)),
    ...intervals.map((i) => i.current * 1.5),
  );
  const x = (w: number) => (Math.min(w, scaleMax) / scaleMax) * WIDTH;
  return (
    <WeightsTable
      caption={t('sensitivity.stabilityCaption')}
      columns={[
        t('sensitivity.criterion'),
        { label: t('sensitivity.current'), className: styles.num },
        t('sensitivity.interval'),
        { label: t('sensitivity.barHeader'), hidden: true },
      ]}
    >
      {intervals.map((i) => {
        const infinite = !Number.isFinite(i.max);
        return (
          <tr key={i.criterion}>
            <th scope="row">{t(`criteria.${i.criterion}.label`)}</th>
            <td className={styles.num}>{number(i.current)}</td>
            <td>
              {t('sensitivity.range', {
                min: number(i.min),
                max: infinite ? t('sensitivity.infinity') : number(i.max),
              })}
            </td>
            <td>
              <svg width={WIDTH} height={HEIGHT} aria-hidden="true" className={styles.bar}>
                <rect x={0} y={11} width={WIDTH} height={4} fill="#e3e7ee" />
                <rect
                  x={x(i.min)}
                  y={5}
                  width={Math.max(2, x(i.max) - x(i.min))}
                  height={16}
                  rx={3}
                  fill="#2446a6"
                  fillOpacity={0.35}
                  stroke="#2446a6"
                />
                {infinite ? (
                  <path d={`M${WIDTH - 10},4 L${WIDTH},13 L${WIDTH - 10},22 Z`} fill="#2446a6" />
                ) : null}
                <rect x={x(i.current) - 1.5} y={1} width={3} height={24} fill="#1c2430" />
              </svg>
            </td>
          </tr>
        );
      })}
    </WeightsTable>
  );
}
