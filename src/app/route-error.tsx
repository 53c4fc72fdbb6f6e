import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import styles from './shell.module.css';

/** A screen that failed, or an address that leads nowhere: say so and offer the way home. */
export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error && !notFound) console.error(error);
  return (
    <main className={styles.notFound}>
      <h1>{notFound ? t('shell.notFoundTitle') : t('shell.errorTitle')}</h1>
      <p>{notFound ? t('shell.notFoundText') : t('shell.errorText')}</p>
      <p>
        <Link to="/">{t('shell.backHome')}</Link>
      </p>
    </main>
  );
}
