import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { database } from '../../db/database';
import { createUseCase } from '../../db/repositories/use-cases';
import type { UseCase } from '../../domain/schema/use-case';
import { matchesQuery } from '../../domain/search/fold-text';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { QuadrantBadge } from '../../ui/quadrant-badge';
import { VirtualTable, type Column } from '../../ui/virtual-table';
import { CataloguePicker } from './catalogue-picker';
import { EMPTY_USE_CASE_FORM, UseCaseFormDialog } from './use-case-form-dialog';
import styles from './use-cases.module.css';

/** Every use case of the workspace, searchable, with its state of scoring. */
export default function UseCaseListScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const navigate = useNavigate();
  const data = useWorkspaceRanking(workspaceId);
  const change = useChangeContext();
  const [creating, setCreating] = useState(false);
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');

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
    const collator = new Intl.Collator(f.locale);
    return data.useCases
      .filter((u) => matchesQuery(query, [u.title, ...u.tags]))
      .sort((a, b) => collator.compare(a.title, b.title));
  }, [data, query, f.locale]);

  if (!data) return <NotReady data={data} />;

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
        <label className={styles.search}>
          <span className="visually-hidden">{t('useCase.search')}</span>
          <input
            type="search"
            placeholder={t('useCase.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      {data.useCases.length === 0 ? (
        <EmptyState>{t('useCase.empty')}</EmptyState>
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
      <UseCaseFormDialog
        isOpen={creating}
        onOpenChange={setCreating}
        title={t('useCase.new')}
        submitLabel={t('common.create')}
        initial={EMPTY_USE_CASE_FORM}
        onSubmit={async (form) => {
          const id = await createUseCase(database(), change(), workspaceId, form);
          void navigate(`/w/${workspaceId}/use-cases/${id}/scores`);
        }}
      />
    </ScreenPage>
  );
}
