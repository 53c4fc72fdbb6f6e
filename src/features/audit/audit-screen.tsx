import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuditTrail } from '../../data/use-audit-trail';
import { AuditList } from '../../ui/audit-list';
import { Button } from '../../ui/button';
import { EmptyState, PageHeader } from '../../ui/page-header';

const PAGE = 100;

/** The workspace's audit trail: every change and decision, newest first. */
export default function AuditScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const entries = useAuditTrail(workspaceId);
  const [shown, setShown] = useState(PAGE);
  if (entries === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <div>
      <PageHeader title={t('nav.audit')} lead={t('audit.lead', { count: entries.length })} />
      {entries.length === 0 ? (
        <EmptyState>{t('audit.emptyTrail')}</EmptyState>
      ) : (
        <>
          <AuditList entries={entries.slice(0, shown)} />
          {shown < entries.length ? (
            <p>
              <Button onPress={() => setShown((n) => n + PAGE)}>
                {t('audit.showMore', { count: Math.min(PAGE, entries.length - shown) })}
              </Button>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
