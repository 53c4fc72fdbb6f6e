import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { useActorName } from '../data/use-actor';
import { useWorkspace } from '../data/use-workspaces';
import { database } from '../db/database';
import { changeContext } from '../db/change-context';
import { prepareFirstRun } from '../db/repositories/workspaces';
import { currentLanguage } from '../i18n/i18n';
import { BackupStatus } from '../features/exchange/backup-status';
import { ActorButton } from './actor-gate';
import { LanguageSwitch } from './language-switch';
import { usePageFocus } from './use-page-focus';
import styles from './shell.module.css';

/** The header (brand, workspace, person, language) above every screen. */
export function AppShell() {
  const { t } = useTranslation();
  const actor = useActorName();
  usePageFocus();
  useEffect(() => {
    // First run: the demo workspace, created in the UI language once the person has given
    // their name (they are its facilitator), so that there is something to see.
    if (actor) void prepareFirstRun(database(), changeContext(actor), currentLanguage());
  }, [actor]);
  return (
    <div className={styles.app}>
      <a href="#main" className={styles.skip}>
        {t('shell.skipToContent')}
      </a>
      <header className={styles.header}>
        <Link to="/" className={styles.brand}>
          {t('app.name')}
        </Link>
        <WorkspaceName />
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

function WorkspaceName() {
  const { workspaceId } = useParams();
  const workspace = useWorkspace(workspaceId ?? '');
  if (!workspaceId || !workspace) return null;
  return (
    <span className={styles.workspaceName} title={workspace.name}>
      {workspace.name}
    </span>
  );
}
