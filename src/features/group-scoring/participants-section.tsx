import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupScoringData } from '../../data/use-group-scoring';
import type { Participant } from '../../domain/schema/participant';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { ParticipantDialog } from './participant-dialog';
import { RemoveParticipantDialog } from './remove-participant-dialog';
import styles from './group-scoring.module.css';

/** The participants of the workspace: name, department, role; add, rename, remove. */
export function ParticipantsSection({ data }: { data: GroupScoringData }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const departmentName = (id: string | null) =>
    data.workspace.departments.find((d) => d.id === id)?.name ?? t('common.none');
  const scoredBy = (id: string) => data.scorecards.filter((c) => c.participantId === id).length;

  return (
    <section aria-labelledby="participants-heading" className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 id="participants-heading">{t('participants.title')}</h2>
        <Button variant="primary" onPress={() => setEditing('new')}>
          {t('participants.add')}
        </Button>
      </div>
      <p className={styles.hint}>{t('participants.lead')}</p>
      {data.participants.length === 0 ? (
        <EmptyState>{t('participants.empty')}</EmptyState>
      ) : (
        <table className={styles.table}>
          <caption className={styles.visuallyHidden}>{t('participants.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.department')}</th>
              <th scope="col">{t('participants.role')}</th>
              <th scope="col" className={styles.num}>
                {t('participants.scored')}
              </th>
              <th scope="col">
                <span className={styles.visuallyHidden}>{t('participants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.participants.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{departmentName(p.departmentId)}</td>
                <td>{p.role || t('common.none')}</td>
                <td className={styles.num}>{scoredBy(p.id)}</td>
                <td className={styles.rowActions}>
                  <Button
                    small
                    onPress={() => setEditing(p)}
                    aria-label={t('participants.editNamed', { name: p.name })}
                  >
                    {t('common.edit')}
                  </Button>
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
      )}
      <ParticipantDialog
        workspace={data.workspace}
        participant={editing === 'new' ? null : editing}
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
      />
      {removing ? (
        <RemoveParticipantDialog
          participant={removing}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
