import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAuditTrail } from '../../data/use-audit-trail';
import { AuditList } from '../../ui/audit-list';
import { Button } from '../../ui/button';
import { EmptyState, PageHeader } from '../../ui/page-header';

const PAGE = 100;

/** The workspace's audit trail: every change and decision, newest first. */
export default function AuditScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const all = useAuditTrail(workspaceId);
  const [shown, setShown] = useState(PAGE);
  // Filtered on some records (?ids=a,b&about=title), as a difference between snapshots links.
  const [search] = useSearchParams();
  const ids = search.get('ids');
  const about = search.get('about') ?? '';
  const entries = useMemo(() => {
    if (!all || !ids) return all;
    const wanted = new Set(ids.split(','));
    return all.filter((e) => wanted.has(e.entityId));
  }, [all, ids]);
  if (entries === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <div>
      <PageHeader title={t('nav.audit')} lead={t('audit.lead', { count: entries.length })} />
      {ids ? (
        <p data-testid="audit-filter">
          {t('audit.filteredOn', { about })} <Link to=".">{t('audit.showAll')}</Link>
        </p>
      ) : null}
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
