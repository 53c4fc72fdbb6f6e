import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  AUDIT_PAGE_SIZE,
  readAuditEntries,
  useAuditActors,
  useAuditNames,
  useAuditTrailPages,
  useUseCaseTitles,
} from '../../data/use-audit-trail';
import type { AuditQuery } from '../../db/repositories/audit-trail';
import { auditActors, type AuditFilter } from '../../domain/audit/describe-entry';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '../../domain/schema/audit-entry';
import { AuditList } from '../../ui/audit-list';
import { Button } from '../../ui/button';
import { FilterBar, FilterSelect } from '../../ui/filter-bar';
import { FilterSearch } from '../../ui/filter-search';
import { useFormatters } from '../../ui/format';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { auditTrailCsv } from './audit-csv';
import { auditShownLine } from './audit-shown-line';
import { downloadText } from '../../ui/download-file';

const NO_FILTER: AuditFilter = { useCaseId: null, actor: null, entityType: null };
const NO_TITLES: ReadonlyMap<string, string> = new Map();

function saveText(text: string, name: string): void {
  downloadText(name, text, 'text/csv;charset=utf-8');
}

/**
 * The workspace's audit trail: every change and decision, newest first, filtered and exported.
 * It reads a page of entries at a time through the trail's index (never the whole trail), and
 * counts the rest; the use cases' titles, for the use case filter, arrive after the first page.
 */
export default function AuditScreen() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const { workspaceId = '' } = useParams();
  // Filtered on some records (?ids=a,b&about=title), as a difference between snapshots links.
  const [search] = useSearchParams();
  const ids = search.get('ids');
  const about = search.get('about') ?? '';
  const names = useAuditNames(workspaceId);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [pages, setPages] = useState(1);
  const query = useMemo(
    (): AuditQuery => ({
      ...filter,
      entityIds: ids ? new Set(ids.split(',')) : null,
      decisionUseCase: names?.decisionUseCase,
    }),
    [filter, ids, names],
  );
  const trail = useAuditTrailPages(workspaceId, query, pages);
  const actorsRead = useAuditActors(workspaceId);
  const actors = useMemo(() => auditActors(actorsRead ?? [], f.locale), [actorsRead, f.locale]);
  const titles = useUseCaseTitles(workspaceId) ?? NO_TITLES;
  const useCases = useMemo(() => {
    const collator = new Intl.Collator(f.locale);
    return [...titles]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => collator.compare(a.title, b.title));
  }, [titles, f.locale]);
  if (trail === undefined || names === undefined)
    return <p aria-busy="true">{t('common.loading')}</p>;
  const narrow = (next: (x: AuditFilter) => AuditFilter) => {
    setFilter(next);
    setPages(1);
  };
  const exportCsv = async () => {
    const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
    const day = new Date().toISOString().slice(0, 10);
    const entries = await readAuditEntries(workspaceId, query);
    const text = auditTrailCsv(entries, { ...names, useCases: titles }, t, f, language);
    saveText(text, `${t('auditTrail.fileName')}-${day}.csv`);
  };
  return (
    <div>
      <PageHeader
        title={t('nav.audit')}
        lead={t('audit.lead', { count: trail.total })}
        actions={
          <Button onPress={() => void exportCsv()} isDisabled={trail.matching === 0}>
            {t('auditTrail.export', { count: trail.matching })}
          </Button>
        }
      />
      {ids ? (
        <p data-testid="audit-filter">
          {t('audit.filteredOn', { about })} <Link to=".">{t('audit.showAll')}</Link>
        </p>
      ) : null}
      {trail.total === 0 ? (
        <EmptyState>{t('audit.emptyTrail')}</EmptyState>
      ) : (
        <>
          <FilterBar label={t('auditTrail.filters')}>
            <FilterSearch
              label={t('auditTrail.column.useCase')}
              anyLabel={t('auditTrail.anyUseCase')}
              value={filter.useCaseId ?? ''}
              onChange={(v) => narrow((x) => ({ ...x, useCaseId: v || null }))}
              options={useCases}
              noneMatch={t('auditTrail.useCaseNoneMatch')}
              more={(count) => t('auditTrail.useCaseMore', { count })}
            />
            <FilterSelect
              label={t('auditTrail.column.actor')}
              anyLabel={t('auditTrail.anyone')}
              value={filter.actor ?? ''}
              onChange={(v) => narrow((x) => ({ ...x, actor: v || null }))}
              options={actors.map((a) => ({ value: a, label: a }))}
            />
            <FilterSelect
              label={t('auditTrail.column.kind')}
              anyLabel={t('auditTrail.anyKind')}
              value={filter.entityType ?? ''}
              onChange={(v) =>
                narrow((x) => ({
                  ...x,
                  entityType: AUDIT_ENTITY_TYPES.find((k): k is AuditEntityType => k === v) ?? null,
                }))
              }
              options={AUDIT_ENTITY_TYPES.map((k) => ({ value: k, label: t(`audit.entity.${k}`) }))}
            />
          </FilterBar>
          <p role="status">
            {auditShownLine(t, {
              shown: trail.entries.length,
              matching: trail.matching,
              total: trail.total,
            })}
          </p>
          {trail.matching === 0 ? (
            <EmptyState>{t('auditTrail.noneMatch')}</EmptyState>
          ) : (
            <>
              <AuditList entries={trail.entries} names={names} label={t('nav.audit')} />
              {trail.hasMore ? (
                <Button onPress={() => setPages((p) => p + 1)}>
                  {t('auditTrail.older', {
                    count: Math.min(AUDIT_PAGE_SIZE, trail.matching - trail.entries.length),
                  })}
                </Button>
              ) : null}
            </>
          )}
        </>
      )}
    </div>
  );
}
