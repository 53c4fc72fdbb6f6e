import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { useActorName } from '../data/use-actor';
import { changeContext } from '../db/change-context';
import { allTextsLoaded, currentLanguage } from '../i18n/i18n';
import { BackupStatus } from '../features/exchange/backup-status';
import { ActorButton } from './actor-gate';
import { LanguageSwitch } from './language-switch';
import { loadable, useLoaded } from '../ui/loadable';
import { useFocusKeeper } from '../ui/use-focus-return';
import { usePageFocus } from './use-page-focus';
import styles from './shell.module.css';

// Only on a workspace's screens, which load the workspace code anyway; the router loads it with
// the workspace's layout (router.tsx), so that the name is drawn with the screen.
export const WORKSPACE_NAME = loadable(() => import('./workspace-name'));

/** The header (brand, workspace, person, language) above every screen. */
export function AppShell() {
  const { t } = useTranslation();
  const actor = useActorName();
  usePageFocus();
  useFocusKeeper();
  // The texts of the other screens, fetched once the first screen is shown.
  useEffect(() => {
    void allTextsLoaded();
  }, []);
  useEffect(() => {
    // First run: the demo workspace, created in the UI language once the person has given
    // their name (they are its facilitator), so that there is something to see.
    // The repository (and its schemas) and the database are loaded off the first screen's path.
    if (!actor) return;
    void Promise.all([import('../db/repositories/workspaces'), import('../db/database')]).then(
      ([{ prepareFirstRun }, { database }]) =>
        prepareFirstRun(database(), changeContext(actor), currentLanguage()),
    );
  }, [actor]);
  return (
    <div className={styles.app}>
      <a href="#main" className={styles.skip}>
        {t('shell.skipToContent')}
      </a>
      <SkipToNavigation />
      <header className={styles.header}>
        <Link to="/" className={styles.brand}>
          {t('app.name')}
        </Link>
        <CurrentWorkspaceName />
        <div className={styles.headerEnd}>
          <BackupStatus />
          <ActorButton />
          <LanguageSwitch />
        </div>
      </header>
      <div id="main" className={styles.body}>
        <Outlet />
      </div>
    </div>
  );
}

/** On a workspace's screens, a second skip link goes to the side navigation. */
function SkipToNavigation() {
  const { t } = useTranslation();
  const { workspaceId } = useParams();
  if (!workspaceId) return null;
  return (
    <a href="#workspace-nav" className={styles.skip}>
      {t('shell.skipToNavigation')}
    </a>
  );
}

function CurrentWorkspaceName() {
  const { workspaceId } = useParams();
  if (!workspaceId) return null;
  return <WorkspaceName workspaceId={workspaceId} />;
}

function WorkspaceName({ workspaceId }: { workspaceId: string }) {
  const module = useLoaded(WORKSPACE_NAME);
  return module ? <module.default workspaceId={workspaceId} /> : null;
}
