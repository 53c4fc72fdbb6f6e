import { useState } from 'react';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspace } from '../../data/use-workspaces';
import { database } from '../../db/database';
import { removeInitiative, saveFramingItem } from '../../db/repositories/framing';
import { updateWorkspaceSettings } from '../../db/repositories/workspaces';
import type { DependantTarget } from '../../domain/dependants/dependants';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { useToast } from '../../ui/toast';
import { IntentionCard } from './intention-card';
import { KpiCard } from './kpi-card';
import { NamedListCard } from './named-list-card';
import { RemoveWithDependantsDialog } from './remove-with-dependants-dialog';
import styles from './framing.module.css';

/** Workshop step 1: the workspace's intention, departments, initiatives and KPIs. */
export default function FramingScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const workspace = useWorkspace(workspaceId);
  const change = useChangeContext();
  const toast = useToast();
  // The department or KPI being removed: its dialog says what depends on it.
  const [removing, setRemoving] = useState<(DependantTarget & { name: string }) | null>(null);
  const db = database();

  if (!workspace)
    return (
      <NotReady data={workspace} missing={<EmptyState>{t('framing.noWorkspace')}</EmptyState>} />
    );
  const saved = () => toast({ message: t('framing.saved') });

  return (
    <ScreenPage title={t('nav.framing')} lead={t('framing.lead')}>
      <IntentionCard
        intention={workspace.intention}
        onSave={async (text) => {
          await updateWorkspaceSettings(db, change(), workspaceId, { intention: text });
          saved();
        }}
      />
      <div className={styles.grid}>
        <NamedListCard
          title={t('framing.departments')}
          empty={t('framing.noDepartment')}
          addLabel={t('framing.addDepartment')}
          nameLabel={t('framing.departmentName')}
          withDescription={false}
          items={workspace.departments}
          onSave={async (id, form, seen) => {
            await saveFramingItem(
              db,
              change(),
              workspaceId,
              'departments',
              id,
              { name: form.name },
              seen,
            );
            saved();
          }}
          onRemove={(item) => setRemoving({ kind: 'department', id: item.id, name: item.name })}
        />
        <NamedListCard
          title={t('framing.initiatives')}
          empty={t('framing.noInitiative')}
          addLabel={t('framing.addInitiative')}
          nameLabel={t('framing.initiativeName')}
          withDescription
          items={workspace.initiatives}
          onSave={async (id, form, seen) => {
            const initiative = seen && { ...seen, description: seen.description ?? '' };
            await saveFramingItem(db, change(), workspaceId, 'initiatives', id, form, initiative);
            saved();
          }}
          onRemove={(item) => {
            void removeInitiative(db, change(), workspaceId, item.id).then(saved);
          }}
        />
      </div>
      <KpiCard
        workspace={workspace}
        onSave={async (id, form, seen) => {
          await saveFramingItem(db, change(), workspaceId, 'kpis', id, form, seen);
          saved();
        }}
        onRemove={(kpi) => setRemoving({ kind: 'kpi', id: kpi.id, name: kpi.name })}
      />
      {removing ? (
        <RemoveWithDependantsDialog
          workspaceId={workspaceId}
          target={{ kind: removing.kind, id: removing.id }}
          name={removing.name}
          title={t('framing.removeTitle', { name: removing.name })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </ScreenPage>
  );
}
