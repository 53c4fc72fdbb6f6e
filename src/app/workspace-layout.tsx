import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useWorkspace } from '../data/use-workspaces';
import { EmptyState } from '../ui/page-header';
import { SCREENS } from './navigation';
import styles from './shell.module.css';

/** A workspace: its side navigation and the current screen (a lazy route of its own). */
export default function WorkspaceLayout() {
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
          {SCREENS.filter((screen) => screen.ready).map((screen) => (
            <li key={screen.path}>
              <NavLink
                to={screen.path}
                className={({ isActive }) => (isActive ? styles.navActive : styles.navLink)}
              >
                {t(screen.labelKey)}
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
