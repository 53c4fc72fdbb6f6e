import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useWorkspaceRanking } from '../../data/use-ranking';
import type { RankedUseCase } from '../../domain/ranking/rank-use-cases';
import { QUADRANTS } from '../../domain/scoring/quadrant';
import { SCOPES, USE_CASE_STATUSES } from '../../domain/schema/use-case';
import { buttonClass } from '../../ui/button-class';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { QuadrantBadge } from '../../ui/quadrant-badge';
import { VirtualTable, type Column, type SortState } from '../../ui/virtual-table';
import {
  filterRankedRows,
  sortRankedRows,
  type RankedRow,
  type RankingFilters,
} from './ranked-rows';
import { ToScoreList } from './to-score-list';
import { AwaitingRevealList } from './awaiting-reveal-list';
import { useDecidedPositions } from './use-decided-positions';
import styles from './ranking.module.css';

const ALL = 'all';

/** The ranked list (SCORING.md sections 4, 6, 7), sortable and filterable, and the use cases to score. */
export default function RankingScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const data = useWorkspaceRanking(workspaceId);
  const board = useDecidedPositions(data);
  const [sort, setSort] = useState<SortState>({ column: 'rank', direction: 'ascending' });
  const [filters, setFilters] = useState<RankingFilters>({
    quadrant: ALL,
    scope: ALL,
    status: ALL,
  });

  const rows = useMemo(() => {
    if (!data) return [];
    const joined: RankedRow[] = data.decision.ranked.flatMap((r) => {
      const u = data.useCasesById.get(r.id);
      return u ? [{ ...r, scope: u.scope, status: u.status }] : [];
    });
    return sortRankedRows(filterRankedRows(joined, filters), sort, f.locale);
  }, [data, filters, sort, f.locale]);

  if (!data) return <NotReady data={data} />;

  const onSort = (column: string) =>
    setSort((s) =>
      s.column === column
        ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : {
            column,
            direction: column === 'rank' || column === 'title' ? 'ascending' : 'descending',
          },
    );
  const num = (pick: (r: RankedUseCase) => number) => (r: RankedRow) => f.score(pick(r));
  // The decided position matters only once people have overridden the model somewhere.
  const decidedColumn: Column<RankedRow>[] =
    (board?.overrides.length ?? 0) > 0
      ? [
          {
            id: 'decided',
            header: t('overrides.decidedColumn'),
            align: 'end',
            width: '5.5rem',
            cell: (r) => {
              const decidedRank = data.decision.byId.get(r.id)?.decidedRank ?? r.rank;
              const n = board?.overridesByUseCase.get(r.id)?.length ?? 0;
              return (
                <span style={{ whiteSpace: 'nowrap', fontWeight: n > 0 ? 700 : undefined }}>
                  {f.integer(decidedRank)}
                  {n > 0 ? <span aria-hidden="true">{` ⚑${n}`}</span> : null}
                  {n > 0 ? (
                    <span className="visually-hidden">{t('overrides.badge', { count: n })}</span>
                  ) : null}
                </span>
              );
            },
          },
        ]
      : [];
  const columns: Column<RankedRow>[] = [
    {
      id: 'rank',
      header: t('ranking.rank'),
      sortable: true,
      align: 'end',
      width: '5rem',
      cell: (r) => f.integer(r.rank),
    },
    {
      id: 'title',
      header: t('useCase.title'),
      sortable: true,
      // The one column people read: a quarter of the table at least, so titles rarely wrap.
      width: '25%',
      cell: (r) => <Link to={`/w/${workspaceId}/use-cases/${r.id}/explanation`}>{r.title}</Link>,
    },
    {
      id: 'overall',
      header: t('ranking.overall'),
      sortable: true,
      align: 'end',
      cell: num((r) => r.overall),
    },
    {
      id: 'value',
      header: t('ranking.value'),
      sortable: true,
      align: 'end',
      cell: num((r) => r.value),
    },
    {
      id: 'feasibility',
      header: t('ranking.feasibility'),
      sortable: true,
      align: 'end',
      cell: num((r) => r.feasibility),
    },
    {
      id: 'quadrant',
      header: t('ranking.quadrant'),
      sortable: true,
      cell: (r) => <QuadrantBadge quadrant={r.quadrant} />,
    },
    ...decidedColumn,
    {
      id: 'scope',
      header: t('useCase.scope'),
      sortable: true,
      optional: true,
      cell: (r) => t(`scope.${r.scope}`),
    },
    {
      id: 'status',
      header: t('useCase.status'),
      sortable: true,
      optional: true,
      cell: (r) => t(`status.${r.status}`),
    },
    {
      id: 'clarity',
      header: t('qualification.clarityColumn'),
      align: 'end',
      optional: true,
      cell: (r) => {
        const d = data.decision.byId.get(r.id);
        return d ? t('qualification.clarityScore', { filled: d.clarity.filled }) : null;
      },
    },
    {
      id: 'contest',
      header: t('overrides.actionColumn'),
      optional: true,
      width: '7rem',
      cell: (r) => (
        <Link
          data-editing-chrome=""
          to={`/w/${workspaceId}/use-cases/${r.id}/explanation?contest=1`}
          aria-label={t('overrides.contestRow', { title: r.title })}
        >
          {t('overrides.contestShort')}
        </Link>
      ),
    },
  ];
  const select = (
    key: keyof RankingFilters,
    label: string,
    options: readonly string[],
    prefix: string,
  ) => (
    <label className={styles.filter}>
      <span>{label}</span>
      <select
        value={filters[key]}
        onChange={(e) => setFilters((x) => ({ ...x, [key]: e.target.value }))}
      >
        <option value={ALL}>{t('ranking.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}.${o}`)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ScreenPage
      title={t('nav.ranking')}
      lead={t('ranking.lead', {
        ranked: data.decision.ranked.length,
        toScore: data.decision.toScore.length,
      })}
      actions={
        <Link className={buttonClass()} to={`/w/${workspaceId}/book`}>
          {t('ranking.printBook')}
        </Link>
      }
    >
      <div className={styles.filters} role="group" aria-label={t('ranking.filters')}>
        {select('quadrant', t('ranking.quadrant'), QUADRANTS, 'quadrant')}
        {select('scope', t('useCase.scope'), SCOPES, 'scope')}
        {select('status', t('useCase.status'), USE_CASE_STATUSES, 'status')}
        <span>{t('overrides.workspaceCount', { count: board?.overrides.length ?? 0 })}</span>
        <span className={styles.count} aria-live="polite">
          {t('ranking.shown', { count: rows.length })}
        </span>
      </div>
      {data.decision.ranked.length === 0 ? (
        <EmptyState>{t('ranking.empty')}</EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState>{t('ranking.noneMatch')}</EmptyState>
      ) : (
        <VirtualTable
          label={t('ranking.tableLabel')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.id}
          sort={sort}
          onSort={onSort}
          sortHint={t('ranking.sortHint')}
          maxHeight="60vh"
        />
      )}
      <AwaitingRevealList
        workspaceId={workspaceId}
        items={data.decision.awaitingReveal}
        participants={data.decision.participantCount}
      />
      <ToScoreList workspaceId={workspaceId} items={data.decision.toScore} />
    </ScreenPage>
  );
}
