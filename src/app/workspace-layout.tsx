import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useWorkspace } from '../data/use-workspaces';
import { useRetainedWorkspaceReads } from '../data/workspace-queries';
import { useOpenWorkshop } from '../data/use-workshop';
import { isRunning } from '../domain/workshop/agenda';
import { allTextsLoaded } from '../i18n/i18n';
import { loadable, useLoaded } from '../ui/loadable';
import { EmptyState } from '../ui/page-header';
import { SCREENS } from './navigation';
import styles from './shell.module.css';

// The guided workshop's bar and the projector key, with the texts of the workshop area: asked for
// with this layout, drawn beside the screen without holding it back (no Suspense, ui/loadable).
const WORKSHOP_CHROME = loadable(() =>
  Promise.all([import('../features/workshop/workshop-chrome'), allTextsLoaded()]).then(
    ([module]) => module,
  ),
);
void WORKSHOP_CHROME.load();

const COLLAPSED_KEY = 'clarte.navCollapsed';

/** Whether the person folded the side navigation (remembered in this browser). */
function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberCollapsed(collapsed: boolean): void {
  try {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '1' : '0');
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
}

/**
 * A workspace: its side navigation and the current screen (a lazy route of its own). While a
 * workshop's timer runs, the navigation gives way to the workshop's bar (focused layout).
 */
export default function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  useRetainedWorkspaceReads(workspaceId);
  const workshop = useOpenWorkshop(workspaceId);
  const running = workshop && isRunning(workshop) ? workshop : null;
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const chrome = useLoaded(WORKSHOP_CHROME);
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
    <div
      className={styles.workspace}
      data-workspace-layout
      data-focused={running ? '' : undefined}
      data-nav-collapsed={collapsed ? '' : undefined}
    >
      <nav
        id="workspace-nav"
        tabIndex={-1}
        className={styles.nav}
        aria-label={t('shell.workspaceNav')}
        hidden={running !== null}
      >
        <button
          type="button"
          className={styles.navToggle}
          aria-expanded={!collapsed}
          aria-controls="workspace-nav-list"
          onClick={() => {
            setCollapsed(!collapsed);
            rememberCollapsed(!collapsed);
          }}
        >
          <span aria-hidden="true">{collapsed ? '»' : '«'}</span>{' '}
          <span className={collapsed ? styles.navToggleLabelCollapsed : undefined}>
            {t(collapsed ? 'shell.showNav' : 'shell.hideNav')}
          </span>
        </button>
        <ul id="workspace-nav-list" hidden={collapsed}>
          {SCREENS.filter((screen) => screen.ready).map((screen) => (
            <li key={screen.path} className={screen.parent ? styles.navChild : undefined}>
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
        {chrome ? <chrome.default workspaceId={workspaceId} running={running} /> : null}
        <Outlet />
      </main>
    </div>
  );
}
