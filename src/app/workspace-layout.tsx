import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { useWorkspace } from '../data/use-workspaces';
import { EmptyState } from '../ui/page-header';
import { Link } from 'react-router';
import styles from './shell.module.css';

/** The side navigation of a workspace, in the order of the workshop flow. */
const NAV = [
  { to: 'use-cases', key: 'nav.useCases', step: 4 },
  { to: 'ranking', key: 'nav.ranking', step: 7 },
  { to: 'audit', key: 'nav.audit', step: null },
  { to: 'method', key: 'nav.method', step: null },
] as const;

export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  if (workspace === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (workspace === null) {
    return (
      <main className={styles.notFound}>
        <EmptyState>
          {t('shell.workspaceNotFound')} <Link to="/">{t('shell.backHome')}</Link>
        </EmptyState>
      </main>
    );
  }
  return (
    <div className={styles.workspace}>
      <nav className={styles.nav} aria-label={t('shell.workspaceNav')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                className={({ isActive }) => (isActive ? styles.navActive : styles.navLink)}
              >
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className={styles.content}>
        <Outlet />
      </main>
    </div>
  );
}
