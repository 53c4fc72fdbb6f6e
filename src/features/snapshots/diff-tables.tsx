import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreChange, SnapshotDiff } from '../../domain/snapshots/snapshot-diff-types';
import { useFormatters } from '../../ui/format';
import styles from './snapshots.module.css';
import { DataTable } from '../../ui/data-table';

/** The audit trail filtered on the records behind one difference. */
function AuditLink({
  workspaceId,
  ids,
  title,
}: {
  workspaceId: string;
  ids: string[];
  title: string;
}) {
  const { t } = useTranslation();
  const search = new URLSearchParams({ ids: ids.join(','), about: title });
  return (
    <Link to={`/w/${workspaceId}/audit?${search.toString()}`}>
      {t('snapshots.auditLink', { title })}
    </Link>
  );
}

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  if (count === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** Who changed one score and why: each scorer's change, the agreement made or ended. */
function WhoWhy({ change: c }: { change: ScoreChange }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const score = (n: number | null) => (n === null ? '—' : f.rawScore(n));
  const when = (iso: string | null) => (iso ? f.dateTime(iso) : '');
  return (
    <>
      {c.contributions.map((p) => (
        <div key={p.scorecardId}>
          {t('snapshots.contribution', {
            who: p.participantName,
            from: score(p.from),
            to: score(p.to),
            when: when(p.at),
          })}
          {p.rationale ? <span className={styles.who}> — {p.rationale}</span> : null}
        </div>
      ))}
      {c.agreement ? (
        <div>
          {t('snapshots.agreement', {
            who: c.agreement.author,
            score: score(c.agreement.agreedScore),
            when: when(c.agreement.at),
          })}
          <span className={styles.who}> — {c.agreement.note}</span>
        </div>
      ) : null}
      {c.agreementEnded ? (
        <div>{t('snapshots.agreementEnded', { who: c.agreementEnded.author })}</div>
      ) : null}
    </>
  );
}

/** The differences, one table per kind; each row links to its audit entries. */
export function DiffTables({ diff, workspaceId }: { diff: SnapshotDiff; workspaceId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const score = (n: number | null) => (n === null ? '—' : f.rawScore(n));
  const rank = (n: number | null) => (n === null ? '—' : f.integer(n));
  const wsTitle = t('snapshots.settingsAudit');
  const audit = (ids: string[], title: string) => (
    <AuditLink workspaceId={workspaceId} ids={ids} title={title} />
  );
  const value = (v: number | string) =>
    typeof v === 'number' ? f.decimal(v) : t(`snapshots.aggregation.${v}`);
  // Weights and settings: one row each, what changed, from, to.
  const settingRows = [
    ...diff.weightChanges.map((w) => ({ change: w, what: t(`criteria.${w.criterion}.label`) })),
    ...diff.settingChanges.map((s) => ({ change: s, what: t(`snapshots.setting.${s.setting}`) })),
  ];
  return (
    <div>
      <Section title={t('snapshots.kind.rankMove')} count={diff.rankMoves.length}>
        <DataTable
          className={styles.table}
          testId="rank-moves"
          rowTestId="rank-move"
          rows={diff.rankMoves}
          rowKey={(m) => m.useCaseId}
          columns={[
            { label: t('snapshots.column.useCase'), cell: (m) => m.title },
            { label: t('snapshots.column.from'), number: styles.number, cell: (m) => rank(m.from) },
            { label: t('snapshots.column.to'), number: styles.number, cell: (m) => rank(m.to) },
            {
              label: t('snapshots.column.overall'),
              number: styles.number,
              cell: (m) => (
                <>
                  {m.overallFrom === null ? '—' : f.score(m.overallFrom)} →{' '}
                  {m.overallTo === null ? '—' : f.score(m.overallTo)}
                </>
              ),
            },
            { label: t('snapshots.column.audit'), cell: (m) => audit(m.auditIds, m.title) },
          ]}
        />
      </Section>
      <Section title={t('snapshots.addedDropped')} count={diff.added.length + diff.dropped.length}>
        <ul>
          {diff.added.map((a) => (
            <li key={`+${a.useCaseId}`}>
              {t(`snapshots.addedSentence.${a.kind}`, { title: a.title, rank: rank(a.to) })}{' '}
              {audit(a.auditIds, a.title)}
            </li>
          ))}
          {diff.dropped.map((d) => (
            <li key={`-${d.useCaseId}`}>
              {t(`snapshots.droppedSentence.${d.kind}`, { title: d.title, rank: rank(d.from) })}{' '}
              {audit(d.auditIds, d.title)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('snapshots.kind.scoreChange')} count={diff.scoreChanges.length}>
        <DataTable
          className={styles.table}
          testId="score-changes"
          rowTestId="score-change"
          rows={diff.scoreChanges}
          rowKey={(c) => `${c.useCaseId}:${c.criterion}`}
          columns={[
            { label: t('snapshots.column.useCase'), cell: (c) => c.title },
            { label: t('snapshots.column.what'), cell: (c) => t(`criteria.${c.criterion}.label`) },
            {
              label: t('snapshots.column.from'),
              number: styles.number,
              cell: (c) => score(c.from),
            },
            { label: t('snapshots.column.to'), number: styles.number, cell: (c) => score(c.to) },
            { label: t('snapshots.column.whoWhy'), cell: (c) => <WhoWhy change={c} /> },
            { label: t('snapshots.column.audit'), cell: (c) => audit(c.auditIds, c.title) },
          ]}
        />
      </Section>
      <Section
        title={t('snapshots.kind.weightChange')}
        count={diff.weightChanges.length + diff.settingChanges.length}
      >
        <table className={styles.table} data-testid="weight-changes">
          <tbody>
            {settingRows.map(({ change, what }) => (
              <tr key={what}>
                <td>{what}</td>
                <td className={styles.number}>{value(change.from)}</td>
                <td className={styles.number}>{value(change.to)}</td>
                <td>{audit(change.auditIds, wsTitle)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        title={t('snapshots.overrides')}
        count={diff.overridesAdded.length + diff.overridesEnded.length}
      >
        <ul>
          {[
            ...diff.overridesAdded.map((o) => ['added', o] as const),
            ...diff.overridesEnded.map((o) => ['ended', o] as const),
          ].map(([kind, o]) => (
            <li key={`${kind}:${o.overrideId}`}>
              {t(`snapshots.override.${kind}`, {
                title: o.title,
                who: o.override.author,
                reason: o.override.reason,
              })}{' '}
              {audit(o.auditIds, o.title)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('snapshots.kind.quadrantChange')} count={diff.quadrantChanges.length}>
        <ul data-testid="quadrant-changes">
          {diff.quadrantChanges.map((q) => (
            <li key={q.useCaseId}>
              {t('snapshots.quadrantSentence', {
                title: q.title,
                from: t(`quadrant.${q.from}`),
                to: t(`quadrant.${q.to}`),
              })}{' '}
              {audit(q.auditIds, q.title)}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
