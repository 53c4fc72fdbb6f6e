import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkspaceSummary } from '../../db/repositories/workspace-reads';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspaces } from '../../data/workspace-list';
import { currentLanguage } from '../../i18n/i18n';
import { PlainButton } from '../../ui/plain-button';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { WorkspaceCard } from './workspace-card';
import styles from './workspaces.module.css';

// Loaded when used, not with the first screen: the writes (and the schemas that check them) with
// the database (Dexie), the name form (react-hook-form) and the modal dialogs.
const workspaceWrites = async () => {
  const [writes, { database }] = await Promise.all([
    import('../../db/repositories/workspaces'),
    import('../../db/database'),
  ]);
  return { ...writes, db: database() };
};
const WorkspaceFormDialog = lazy(() =>
  import('./workspace-form-dialog').then((m) => ({ default: m.WorkspaceFormDialog })),
);
const ConfirmDialog = lazy(() =>
  import('../../ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
);

type Editing = { mode: 'create' } | { mode: 'rename'; summary: WorkspaceSummary } | null;

const UNDO_MS = 10_000;

interface Props {
  /** Where a backup is imported (the app passes the exchange area's panel). */
  backupImport?: ReactNode;
}

/**
 * Home: the list of workspaces (create, rename, duplicate, delete with undo, the demo), and
 * the import of a backup below it.
 */
export default function HomeScreen({ backupImport }: Props) {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const change = useChangeContext();
  const toast = useToast();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<WorkspaceSummary | null>(null);

  const remove = async (summary: WorkspaceSummary) => {
    const { deleteWorkspace, restoreWorkspace, db } = await workspaceWrites();
    const bundle = await deleteWorkspace(db, summary.workspace.id);
    if (!bundle) return;
    toast({
      message: t('home.deleted', { name: summary.workspace.name }),
      durationMs: UNDO_MS,
      action: {
        label: t('common.undo'),
        onAction: () => {
          void restoreWorkspace(db, bundle).then(() =>
            toast({ message: t('home.restored', { name: summary.workspace.name }) }),
          );
        },
      },
    });
  };

  const duplicate = async (summary: WorkspaceSummary) => {
    const name = t('home.copyOf', { name: summary.workspace.name }).slice(0, 200);
    const { duplicateWorkspace, db } = await workspaceWrites();
    await duplicateWorkspace(db, change(), summary.workspace.id, name);
    toast({ message: t('home.duplicated', { name }) });
  };

  return (
    <main className={styles.home}>
      <PageHeader
        title={t('home.title')}
        lead={t('home.lead')}
        actions={
          <>
            <PlainButton
              onPress={() => {
                void workspaceWrites()
                  .then(({ createDemoWorkspace, db }) =>
                    createDemoWorkspace(db, change(), currentLanguage()),
                  )
                  .then((id) => {
                    toast({ message: t('home.demoCreated') });
                    void navigate(`/w/${id}`);
                  });
              }}
            >
              {t('home.createDemo')}
            </PlainButton>
            <PlainButton variant="primary" onPress={() => setEditing({ mode: 'create' })}>
              {t('home.newWorkspace')}
            </PlainButton>
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
      {backupImport ? <div className={styles.backupImport}>{backupImport}</div> : null}
      <Suspense fallback={null}>
        {editing ? (
          <WorkspaceFormDialog
            isOpen
            onOpenChange={(open) => !open && setEditing(null)}
            title={editing.mode === 'rename' ? t('home.renameTitle') : t('home.createTitle')}
            submitLabel={editing.mode === 'rename' ? t('common.save') : t('common.create')}
            initial={
              editing.mode === 'rename'
                ? {
                    name: editing.summary.workspace.name,
                    description: editing.summary.workspace.description,
                  }
                : { name: '', description: '' }
            }
            stale={
              editing.mode === 'rename'
                ? {
                    seen: {
                      name: editing.summary.workspace.name,
                      description: editing.summary.workspace.description,
                    },
                    toForm: (w) => ({ name: w.name, description: w.description }),
                  }
                : undefined
            }
            onSubmit={async (form, seen) => {
              const writes = await workspaceWrites();
              if (editing.mode === 'rename') {
                const id = editing.summary.workspace.id;
                await writes.updateWorkspaceDetails(writes.db, change(), id, form, seen);
              } else {
                const id = await writes.createWorkspace(
                  writes.db,
                  change(),
                  form,
                  currentLanguage(),
                );
                toast({ message: t('home.created', { name: form.name }) });
                void navigate(`/w/${id}`);
              }
            }}
          />
        ) : null}
        {deleting ? (
          <ConfirmDialog
            isOpen
            onOpenChange={(open) => !open && setDeleting(null)}
            title={t('home.deleteTitle')}
            message={t('home.deleteMessage', {
              name: deleting.workspace.name,
              count: deleting.useCaseCount,
            })}
            confirmLabel={t('common.delete')}
            onConfirm={() => void remove(deleting)}
          />
        ) : null}
      </Suspense>
    </main>
  );
}
