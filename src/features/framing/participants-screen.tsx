import { useState } from 'react';
import { DataTable } from '../../ui/data-table';
import { useParticipants } from '../../data/use-participants';
import { useWorkspace } from '../../data/use-workspaces';
import type { Participant } from '../../domain/schema/participant';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import table from '../../ui/report-table.module.css';
import { ParticipantDialog } from './participant-dialog';
import { RemoveParticipantDialog } from './remove-with-dependants-dialog';
import { ItemActions } from './item-actions';

/**
 * Framing: the people of the workshop (name, department, role), managed before anyone scores;
 * add, rename, remove (issue 16: participants are managed under Framing).
 */
export default function ParticipantsScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const workspace = useWorkspace(workspaceId);
  const data = useParticipants(workspaceId);
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  if (workspace === undefined || data === undefined) return <Loading />;
  if (workspace === null) return <EmptyState>{t('framing.noWorkspace')}</EmptyState>;
  const departmentName = (id: string | null) =>
    workspace.departments.find((d) => d.id === id)?.name ?? t('common.none');
  const scoredBy = (id: string) => f.integer(data.scorecardCount.get(id) ?? 0);

  return (
    <ScreenPage
      title={t('participants.title')}
      lead={t('participants.lead')}
      actions={
        <Button variant="primary" onPress={() => setEditing('new')}>
          {t('participants.add')}
        </Button>
      }
    >
      <DataTable
        caption={t('participants.title')}
        captionHidden
        scroll={t('participants.title')}
        empty={<EmptyState>{t('participants.empty')}</EmptyState>}
        rows={data.participants}
        rowKey={(p) => p.id}
        columns={[
          { label: t('participants.name'), rowHeader: true, cell: (p) => p.name },
          { label: t('participants.department'), cell: (p) => departmentName(p.departmentId) },
          { label: t('participants.role'), cell: (p) => p.role || t('common.none') },
          { label: t('participants.scored'), number: table.number, cell: (p) => scoredBy(p.id) },
          {
            label: t('participants.actions'),
            hidden: true,
            chrome: true,
            cell: (p) => (
              <ItemActions
                name={p.name}
                onEdit={() => setEditing(p)}
                onRemove={() => setRemoving(p)}
              />
            ),
          },
        ]}
      />
      <ParticipantDialog
        workspace={workspace}
        participant={editing === 'new' ? null : editing}
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
      />
      {removing ? (
        <RemoveParticipantDialog participant={removing} onClose={() => setRemoving(null)} />
      ) : null}
    </ScreenPage>
  );
}
