import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkspaceSummary } from '../../db/repositories/workspace-reads';
import { PlainButton } from '../../ui/plain-button';
import { useFormatters } from '../../ui/format';
import type { WorkspaceAction } from './workspace-actions-menu';
import styles from './workspaces.module.css';

const WorkspaceActionsMenu = lazy(() => import('./workspace-actions-menu'));

interface Props {
  summary: WorkspaceSummary;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

type Opened = { focus: 'first' | 'last' | true } | null;

export function WorkspaceCard({ summary, onRename, onDuplicate, onDelete }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const menuId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  // The menu's code is fetched on the first press; it stays mounted (closed) afterwards.
  const [menuLoaded, setMenuLoaded] = useState(false);
  const [opened, setOpened] = useState<Opened>(null);
  const open = (focus: 'first' | 'last' | true) => {
    setMenuLoaded(true);
    setOpened({ focus });
  };
  const { workspace, useCaseCount } = summary;
  return (
    <li className={styles.card}>
      <div className={styles.cardHead}>
        <h2 className={styles.cardTitle}>
          <Link to={`/w/${workspace.id}`}>{workspace.name}</Link>
        </h2>
        {workspace.isDemo ? <span className={styles.demo}>{t('home.demoBadge')}</span> : null}
      </div>
      {workspace.description ? <p className={styles.description}>{workspace.description}</p> : null}
      <p className={styles.meta}>
        {t('home.useCaseCount', { count: useCaseCount })} ·{' '}
        {t('home.updated', { at: f.dateTime(workspace.updatedAt) })}
      </p>
      <div className={styles.cardActions}>
        <PlainButton
          ref={triggerRef}
          small
          aria-label={t('home.actionsFor', { name: workspace.name })}
          aria-haspopup="menu"
          aria-expanded={opened !== null}
          aria-controls={opened ? menuId : undefined}
          onPress={({ keyboard }) => open(keyboard ? 'first' : true)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              open(e.key === 'ArrowDown' ? 'first' : 'last');
            }
          }}
        >
          {t('home.actions')} {'▾'}
        </PlainButton>
        {menuLoaded ? (
          <Suspense fallback={null}>
            <WorkspaceActionsMenu
              id={menuId}
              triggerRef={triggerRef}
              isOpen={opened !== null}
              focus={opened?.focus ?? true}
              onOpenChange={(isOpen) => !isOpen && setOpened(null)}
              onAction={(action: WorkspaceAction) => {
                if (action === 'rename') onRename();
                if (action === 'duplicate') onDuplicate();
                if (action === 'delete') onDelete();
              }}
            />
          </Suspense>
        ) : null}
      </div>
    </li>
  );
}
