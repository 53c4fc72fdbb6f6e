import { useTranslation } from 'react-i18next';
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Link } from 'react-router';
import type { WorkspaceSummary } from '../../db/repositories/workspaces';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import styles from './workspaces.module.css';

interface Props {
  summary: WorkspaceSummary;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function WorkspaceCard({ summary, onRename, onDuplicate, onDelete }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
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
        <MenuTrigger>
          <Button small aria-label={t('home.actionsFor', { name: workspace.name })}>
            {t('home.actions')} {'▾'}
          </Button>
          <Popover className={styles.popover}>
            <Menu
              className={styles.menu}
              onAction={(key) => {
                if (key === 'rename') onRename();
                if (key === 'duplicate') onDuplicate();
                if (key === 'delete') onDelete();
              }}
            >
              <MenuItem id="rename" className={styles.menuItem}>
                {t('home.rename')}
              </MenuItem>
              <MenuItem id="duplicate" className={styles.menuItem}>
                {t('home.duplicate')}
              </MenuItem>
              <MenuItem id="delete" className={`${styles.menuItem} ${styles.menuDanger}`}>
                {t('common.delete')}
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
      </div>
    </li>
  );
}
