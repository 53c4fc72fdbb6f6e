import { useTranslation } from 'react-i18next';
import type { RowError } from '../../domain/exchange/import-use-cases';
import styles from './exchange.module.css';

const SHOWN = 50;

/** The errors of an imported list: row, column, what is wrong; nothing is written meanwhile. */
export function RowErrors({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={styles.problem}>
      <p>{t('exchange.rowErrors', { count: errors.length })}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('exchange.row')}</th>
            <th scope="col">{t('exchange.column')}</th>
            <th scope="col">{t('exchange.problemColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, SHOWN).map((e, i) => (
            <tr key={i}>
              <td>{e.row}</td>
              <td>{e.column}</td>
              <td>{t(e.key, e.params ?? {})}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > SHOWN ? (
        <p>{t('exchange.moreErrors', { count: errors.length - SHOWN })}</p>
      ) : null}
    </div>
  );
}
