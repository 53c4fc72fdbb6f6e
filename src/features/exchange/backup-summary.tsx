import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBackupStatus } from '../../data/use-backup';
import { useFormatters } from '../../ui/format';
import { daysSince, formatSince, REMINDER_CHANGES, REMINDER_DAYS } from './relative-time';
import styles from './exchange.module.css';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "Last backup: N days / M changes ago" and, when it is time, the reminder; live. */
export default function BackupSummary() {
  const { t } = useTranslation();
  const { workspaceId } = useParams();
  const status = useBackupStatus(workspaceId ?? null);
  const f = useFormatters();
  const now = useNow();
  if (!status) return null;
  const { lastBackupAt, changes } = status;
  // The reminder: 50 changes or more not backed up, or a backup 7 days old with changes since.
  const late =
    changes >= REMINDER_CHANGES ||
    (changes > 0 && lastBackupAt !== null && daysSince(lastBackupAt, now) >= REMINDER_DAYS);
  const text = lastBackupAt
    ? [
        t('backup.last', { when: formatSince(lastBackupAt, now, f.locale) }),
        t('backup.changes', { count: changes }),
      ].join(' · ')
    : [t('backup.never'), t('backup.unsaved', { count: changes })].join(' · ');
  return (
    <span className={styles.status} role="status" aria-label={t('backup.statusLabel')}>
      <span>{text}</span>
      {late && workspaceId ? (
        <Link to={`/w/${workspaceId}/export`} className={styles.reminder}>
          {t('backup.reminder')}
        </Link>
      ) : late ? (
        <span className={styles.reminder}>{t('backup.reminder')}</span>
      ) : null}
    </span>
  );
}
