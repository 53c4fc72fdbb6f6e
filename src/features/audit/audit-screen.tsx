import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAuditNames, useAuditTrail } from '../../data/use-audit-trail';
import {
  auditActors,
  filterAuditEntries,
  type AuditFilter,
} from '../../domain/audit/describe-entry';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '../../domain/schema/audit-entry';
import { AuditList } from '../../ui/audit-list';
import { Button } from '../../ui/button';
import { FilterBar, FilterSelect } from '../../ui/filter-bar';
import { FilterSearch } from '../../ui/filter-search';
import { useFormatters } from '../../ui/format';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { auditTrailCsv } from './audit-csv';
import { downloadText } from '../../ui/download-file';

const NO_FILTER: AuditFilter = { useCaseId: null, actor: null, entityType: null };

function saveText(text: string, name: string): void {
  downloadText(name, text, 'text/csv;charset=utf-8');
}

/** The workspace's audit trail: every change and decision, newest first, filtered and exported. */
export default function AuditScreen() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const { workspaceId = '' } = useParams();
  const all = useAuditTrail(workspaceId);
  // Filtered on some records (?ids=a,b&about=title), as a difference between snapshots links.
  const [search] = useSearchParams();
  const ids = search.get('ids');
  const about = search.get('about') ?? '';
  const entries = useMemo(() => {
    if (!all || !ids) return all;
    const wanted = new Set(ids.split(','));
    return all.filter((e) => wanted.has(e.entityId));
  }, [all, ids]);
  const names = useAuditNames(workspaceId);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const shown = useMemo(
    () => (entries && names ? filterAuditEntries(entries, filter, names) : []),
    [entries, names, filter],
  );
  const actors = useMemo(() => auditActors(entries ?? [], f.locale), [entries, f.locale]);
  const useCases = useMemo(() => {
    const collator = new Intl.Collator(f.locale);
    return [...(names?.useCases ?? [])]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => collator.compare(a.title, b.title));
  }, [names, f.locale]);
  if (entries === undefined || names === undefined)
    return <p aria-busy="true">{t('common.loading')}</p>;
  const exportCsv = () => {
    const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
    const day = new Date().toISOString().slice(0, 10);
    saveText(auditTrailCsv(shown, names, t, f, language), `${t('auditTrail.fileName')}-${day}.csv`);
  };
  return (
    <div>
      <PageHeader
        title={t('nav.audit')}
        lead={t('audit.lead', { count: entries.length })}
        actions={
          <Button onPress={exportCsv} isDisabled={shown.length === 0}>
            {t('auditTrail.export', { count: shown.length })}
          </Button>
        }
      />
      {ids ? (
        <p data-testid="audit-filter">
          {t('audit.filteredOn', { about })} <Link to=".">{t('audit.showAll')}</Link>
        </p>
      ) : null}
      {entries.length === 0 ? (
        <EmptyState>{t('audit.emptyTrail')}</EmptyState>
      ) : (
        <>
          <FilterBar label={t('auditTrail.filters')}>
            <FilterSearch
              label={t('auditTrail.column.useCase')}
              anyLabel={t('auditTrail.anyUseCase')}
              value={filter.useCaseId ?? ''}
              onChange={(v) => setFilter((x) => ({ ...x, useCaseId: v || null }))}
              options={useCases}
              noneMatch={t('auditTrail.useCaseNoneMatch')}
              more={(count) => t('auditTrail.useCaseMore', { count })}
            />
            <FilterSelect
              label={t('auditTrail.column.actor')}
              anyLabel={t('auditTrail.anyone')}
              value={filter.actor ?? ''}
              onChange={(v) => setFilter((x) => ({ ...x, actor: v || null }))}
              options={actors.map((a) => ({ value: a, label: a }))}
            />
            <FilterSelect
              label={t('auditTrail.column.kind')}
              anyLabel={t('auditTrail.anyKind')}
              value={filter.entityType ?? ''}
              onChange={(v) =>
                setFilter((x) => ({
                  ...x,
                  entityType: AUDIT_ENTITY_TYPES.find((k): k is AuditEntityType => k === v) ?? null,
                }))
              }
              options={AUDIT_ENTITY_TYPES.map((k) => ({ value: k, label: t(`audit.entity.${k}`) }))}
            />
          </FilterBar>
          <p role="status">
            {t('auditTrail.shown', { count: shown.length, total: entries.length })}
          </p>
          {shown.length === 0 ? (
            <EmptyState>{t('auditTrail.noneMatch')}</EmptyState>
          ) : (
            <AuditList entries={shown} names={names} label={t('nav.audit')} />
          )}
        </>
      )}
    </div>
  );
}
