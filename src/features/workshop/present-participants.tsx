import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { setWorkshopParticipants } from '../../db/repositories/workshops';
import type { Participant } from '../../domain/schema/participant';
import type { Workshop } from '../../domain/schema/workshop';
import styles from './workshop.module.css';

/** Who is in the room: a check box per participant of the workspace. */
export function PresentParticipants({
  workshop,
  participants,
}: {
  workshop: Workshop;
  participants: readonly Participant[];
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  if (participants.length === 0)
    return <p className={styles.muted}>{t('workshop.participants.none')}</p>;
  const present = new Set(workshop.participantIds);
  return (
    <fieldset className={styles.present}>
      <legend className={styles.srOnly}>{t('workshop.participants.title')}</legend>
      {participants.map((p) => (
        <label key={p.id} className={styles.check}>
          <input
            type="checkbox"
            checked={present.has(p.id)}
            onChange={(e) => {
              const next = e.target.checked
                ? [...workshop.participantIds, p.id]
                : workshop.participantIds.filter((id) => id !== p.id);
              void setWorkshopParticipants(database(), change(), workshop.id, next);
            }}
          />
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}
