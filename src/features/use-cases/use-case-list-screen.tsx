import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspaceRanking, type WorkspaceRanking } from '../../data/use-ranking';
import { database } from '../../db/database';
import { createUseCase } from '../../db/repositories/use-cases';
import type { UseCase } from '../../domain/schema/use-case';
import { matchesKey, queryWords, searchKey } from '../../domain/search/fold-text';
import { titleOrder } from '../../domain/search/title-order';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { QuadrantBadge } from '../../ui/quadrant-badge';
import { VirtualTable, type Column } from '../../ui/virtual-table';
import { SearchField } from '../../ui/search-field';
import { CataloguePicker } from './catalogue-picker';
import { EMPTY_USE_CASE_FORM, UseCaseFormDialog } from './use-case-form-dialog';
import styles from './use-cases.module.css';

interface ListEntry {
  useCase: UseCase;
  /** Its title and tags folded once (searchKey): typing filters without folding again. */
  key: string;
}

/** The use cases of one ranking sorted by title, per language, kept while the ranking lasts. */
const sortedLists = new WeakMap<WorkspaceRanking, Map<string, ListEntry[]>>();

/**
 * The use cases by title (the order of Intl.Collator of the language: titleOrder) with their search keys, computed once
 * per read of the records: coming back to the list, or typing in its filter, sorts nothing.
 */
function sortedEntries(data: WorkspaceRanking, locale: string): ListEntry[] {
  const byLocale = sortedLists.get(data) ?? new Map<string, ListEntry[]>();
  sortedLists.set(data, byLocale);
  const known = byLocale.get(locale);
  if (known) return known;
  const compare = titleOrder(locale);
  const entries = data.useCases
    .map((useCase) => ({ useCase, key: searchKey([useCase.title, ...useCase.tags]) }))
    .sort((a, b) => compare(a.useCase.title, b.useCase.title));
  byLocale.set(locale, entries);
  return entries;
}

/** Every use case of the workspace, searchable, with its state of scoring. */
export default function UseCaseListScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const navigate = useNavigate();
  const data = useWorkspaceRanking(workspaceId);
  const change = useChangeContext();
  const [creating, setCreating] = useState(false);
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');
  // The field shows each key at once; the list follows in a render that typing can interrupt.
  const shownQuery = useDeferredValue(query);
  const searchField = useRef<HTMLInputElement>(null);

  const rankById = useMemo(
    () => new Map(data?.decision.ranked.map((r) => [r.id, r]) ?? []),
    [data],
  );
  const missingById = useMemo(
    () => new Map(data?.decision.toScore.map((r) => [r.id, r.missing]) ?? []),
    [data],
  );
  const rows = useMemo(() => {
    if (!data) return [];
    const entries = sortedEntries(data, f.locale);
    const words = queryWords(shownQuery);
    return (words.length === 0 ? entries : entries.filter((e) => matchesKey(words, e.key))).map(
      (e) => e.useCase,
    );
  }, [data, shownQuery, f.locale]);

  if (!data) return <NotReady data={data} />;
  const searching = data.useCases.length > 0 && queryWords(shownQuery).length > 0;
  const clearSearch = () => {
    setQuery('');
    searchField.current?.focus();
  };

  const columns: Column<UseCase>[] = [
    {
      id: 'title',
      header: t('useCase.title'),
      cell: (u) => <Link to={`/w/${workspaceId}/use-cases/${u.id}`}>{u.title}</Link>,
    },
    { id: 'scope', header: t('useCase.scope'), cell: (u) => t(`scope.${u.scope}`) },
    { id: 'status', header: t('useCase.status'), cell: (u) => t(`status.${u.status}`) },
    { id: 'owner', header: t('useCase.owner'), optional: true, cell: (u) => u.owner || '—' },
    {
      id: 'score',
      header: t('ranking.overall'),
      align: 'end',
      cell: (u) => {
        const r = rankById.get(u.id);
        if (r) return f.score(r.overall);
        const missing = missingById.get(u.id)?.length ?? 8;
        return (
          <span className={styles.toScore}>{t('useCase.missingCount', { count: missing })}</span>
        );
      },
    },
    {
      id: 'quadrant',
      header: t('ranking.quadrant'),
      cell: (u) => {
        const r = rankById.get(u.id);
        return r ? <QuadrantBadge quadrant={r.quadrant} /> : '—';
      },
    },
  ];

  return (
    <ScreenPage
      title={t('nav.useCases')}
      lead={t('useCase.listLead', { count: data.useCases.length })}
      actions={
        <>
          <Button onPress={() => setPicking(true)}>{t('catalogue.open')}</Button>
          <Button variant="primary" onPress={() => setCreating(true)}>
            {t('useCase.new')}
          </Button>
        </>
      }
    >
      <div className={styles.toolbar}>
        <SearchField
          label={t('useCase.search')}
          value={query}
          onChange={setQuery}
          inputRef={searchField}
        />
        {searching ? (
          <p role="status" className={styles.found}>
            {rows.length === 0
              ? t('useCase.noneFound', { query: shownQuery.trim() })
              : t('useCase.found', { count: rows.length })}
          </p>
        ) : null}
      </div>
      {data.useCases.length === 0 ? (
        <EmptyState>{t('useCase.empty')}</EmptyState>
      ) : searching && rows.length === 0 ? (
        <EmptyState>
          <Button onPress={clearSearch}>{t('useCase.clearSearch')}</Button>
        </EmptyState>
      ) : (
        <VirtualTable
          label={t('nav.useCases')}
          rows={rows}
          columns={columns}
          rowKey={(u) => u.id}
        />
      )}
      {picking ? (
        <CataloguePicker
          isOpen
          onOpenChange={setPicking}
          workspaceId={workspaceId}
          existingTitles={data.useCases.map((u) => u.title)}
        />
      ) : null}
      {creating ? (
        <UseCaseFormDialog
          isOpen
          onOpenChange={setCreating}
          title={t('useCase.new')}
          submitLabel={t('common.create')}
          initial={EMPTY_USE_CASE_FORM}
          onSubmit={async (form) => {
            const id = await createUseCase(database(), change(), workspaceId, form);
            void navigate(`/w/${workspaceId}/use-cases/${id}/scores`);
          }}
        />
      ) : null}
    </ScreenPage>
  );
}
