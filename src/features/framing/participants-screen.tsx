import { useState } from 'react';
import { TableScroll } from '../../ui/table-scroll';
import { useParticipants } from '../../data/use-participants';
import { useWorkspace } from '../../data/use-workspaces';
import type { Participant } from '../../domain/schema/participant';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import table from '../../ui/report-table.module.css';
import { ParticipantDialog } from './participant-dialog';
import { RemoveParticipantDialog } from './remove-with-dependants-dialog';
import { ColumnHeads } from '../../ui/column-heads';

/**
 * Framing: the people of the workshop (name, department, role), managed before anyone scores;
 * add, rename, remove (issue 16: participants are managed under Framing).
 */
export default function ParticipantsScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const workspace = useWorkspace(workspaceId);
  const data = useParticipants(workspaceId);
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  if (workspace === undefined || data === undefined) return <Loading />;
  if (workspace === null) return <EmptyState>{t('framing.noWorkspace')}</EmptyState>;
  const departmentName = (id: string | null) =>
    workspace.departments.find((d) => d.id === id)?.name ?? t('common.none');
  const scoredBy = (id: string) => data.scorecardCount.get(id) ?? 0;

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
      {data.participants.length === 0 ? (
        <EmptyState>{t('participants.empty')}</EmptyState>
      ) : (
        <TableScroll label={t('participants.title')}>
          <table className={table.table}>
            <caption className="visually-hidden">{t('participants.title')}</caption>
            <ColumnHeads
              columns={[
                t('participants.name'),
                t('participants.department'),
                t('participants.role'),
                { label: t('participants.scored'), className: table.number },
                { label: t('participants.actions'), hidden: true },
              ]}
            />
            <tbody>
              {data.participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{departmentName(p.departmentId)}</td>
                  <td>{p.role || t('common.none')}</td>
                  <td className={table.number}>{scoredBy(p.id)}</td>
                  <td data-editing-chrome="">
                    <Button
                      small
                      onPress={() => setEditing(p)}
                      aria-label={t('participants.editNamed', { name: p.name })}
                    >
                      {t('common.edit')}
                    </Button>{' '}
                    <Button
                      small
                      variant="danger"
                      onPress={() => setRemoving(p)}
                      aria-label={t('participants.removeNamed', { name: p.name })}
                    >
                      {t('participants.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
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
