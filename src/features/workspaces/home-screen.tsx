import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { database } from '../../db/database';
import {
  createDemoWorkspace,
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  restoreWorkspace,
  updateWorkspaceDetails,
  type WorkspaceSummary,
} from '../../db/repositories/workspaces';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspaces } from '../../data/use-workspaces';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { WorkspaceCard } from './workspace-card';
import { WorkspaceFormDialog } from './workspace-form-dialog';
import styles from './workspaces.module.css';

type Editing = { mode: 'create' } | { mode: 'rename'; summary: WorkspaceSummary } | null;

const UNDO_MS = 10_000;

/** Home: the list of workspaces (create, rename, duplicate, delete with undo, the demo). */
export default function HomeScreen() {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const change = useChangeContext();
  const toast = useToast();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<WorkspaceSummary | null>(null);

  const remove = async (summary: WorkspaceSummary) => {
    const bundle = await deleteWorkspace(database(), summary.workspace.id);
    if (!bundle) return;
    toast({
      message: t('home.deleted', { name: summary.workspace.name }),
      durationMs: UNDO_MS,
      action: {
        label: t('common.undo'),
        onAction: () => {
          void restoreWorkspace(database(), bundle).then(() =>
            toast({ message: t('home.restored', { name: summary.workspace.name }) }),
          );
        },
      },
    });
  };

  const duplicate = async (summary: WorkspaceSummary) => {
    const name = t('home.copyOf', { name: summary.workspace.name }).slice(0, 200);
    await duplicateWorkspace(database(), change(), summary.workspace.id, name);
    toast({ message: t('home.duplicated', { name }) });
  };

  return (
    <main className={styles.home}>
      <PageHeader
        title={t('home.title')}
        lead={t('home.lead')}
        actions={
          <>
            <Button
              onPress={() => {
                void createDemoWorkspace(database(), change(), currentLanguage()).then((id) => {
                  toast({ message: t('home.demoCreated') });
                  void navigate(`/w/${id}`);
                });
              }}
            >
              {t('home.createDemo')}
            </Button>
            <Button variant="primary" onPress={() => setEditing({ mode: 'create' })}>
              {t('home.newWorkspace')}
            </Button>
          </>
        }
      />
      {workspaces === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : workspaces.length === 0 ? (
        <EmptyState>{t('home.empty')}</EmptyState>
      ) : (
        <ul className={styles.grid} aria-label={t('home.listLabel')}>
          {workspaces.map((summary) => (
            <WorkspaceCard
              key={summary.workspace.id}
              summary={summary}
              onRename={() => setEditing({ mode: 'rename', summary })}
              onDuplicate={() => void duplicate(summary)}
              onDelete={() => setDeleting(summary)}
            />
          ))}
        </ul>
      )}
      <WorkspaceFormDialog
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing?.mode === 'rename' ? t('home.renameTitle') : t('home.createTitle')}
        submitLabel={editing?.mode === 'rename' ? t('common.save') : t('common.create')}
        initial={
          editing?.mode === 'rename'
            ? {
                name: editing.summary.workspace.name,
                description: editing.summary.workspace.description,
              }
            : { name: '', description: '' }
        }
        onSubmit={async (form) => {
          if (editing?.mode === 'rename') {
            await updateWorkspaceDetails(database(), change(), editing.summary.workspace.id, form);
          } else {
            const id = await createWorkspace(database(), change(), form, currentLanguage());
            toast({ message: t('home.created', { name: form.name }) });
            void navigate(`/w/${id}`);
          }
        }}
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('home.deleteTitle')}
        message={t('home.deleteMessage', {
          name: deleting?.workspace.name ?? '',
          count: deleting?.useCaseCount ?? 0,
        })}
        confirmLabel={t('common.delete')}
        onConfirm={() => {
          if (deleting) void remove(deleting);
        }}
      />
    </main>
  );
}
