import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SnapshotDiff } from '../../domain/snapshots/snapshot-diff-types';
import { useFormatters } from '../../ui/format';
import styles from './snapshots.module.css';
import { ColumnHeads } from '../../ui/column-heads';

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

/** The differences, one table per kind; each row links to its audit entries. */
export function DiffTables({ diff, workspaceId }: { diff: SnapshotDiff; workspaceId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const score = (n: number | null) => (n === null ? '—' : f.rawScore(n));
  const rank = (n: number | null) => (n === null ? '—' : f.integer(n));
  const when = (iso: string | null) => (iso ? f.dateTime(iso) : '');
  const wsTitle = t('snapshots.settingsAudit');
  return (
    <div>
      <Section title={t('snapshots.kind.rankMove')} count={diff.rankMoves.length}>
        <table className={styles.table} data-testid="rank-moves">
          <ColumnHeads
            columns={[
              t('snapshots.column.useCase'),
              { label: t('snapshots.column.from'), className: styles.number },
              { label: t('snapshots.column.to'), className: styles.number },
              { label: t('snapshots.column.overall'), className: styles.number },
              t('snapshots.column.audit'),
            ]}
          />
          <tbody>
            {diff.rankMoves.map((m) => (
              <tr key={m.useCaseId} data-testid="rank-move">
                <td>{m.title}</td>
                <td className={styles.number}>{rank(m.from)}</td>
                <td className={styles.number}>{rank(m.to)}</td>
                <td className={styles.number}>
                  {m.overallFrom === null ? '—' : f.score(m.overallFrom)} →{' '}
                  {m.overallTo === null ? '—' : f.score(m.overallTo)}
                </td>
                <td>
                  <AuditLink workspaceId={workspaceId} ids={m.auditIds} title={m.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('snapshots.addedDropped')} count={diff.added.length + diff.dropped.length}>
        <ul>
          {diff.added.map((a) => (
            <li key={`+${a.useCaseId}`}>
              {t(`snapshots.addedSentence.${a.kind}`, { title: a.title, rank: rank(a.to) })}{' '}
              <AuditLink workspaceId={workspaceId} ids={a.auditIds} title={a.title} />
            </li>
          ))}
          {diff.dropped.map((d) => (
            <li key={`-${d.useCaseId}`}>
              {t(`snapshots.droppedSentence.${d.kind}`, { title: d.title, rank: rank(d.from) })}{' '}
              <AuditLink workspaceId={workspaceId} ids={d.auditIds} title={d.title} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('snapshots.kind.scoreChange')} count={diff.scoreChanges.length}>
        <table className={styles.table} data-testid="score-changes">
          <ColumnHeads
            columns={[
              t('snapshots.column.useCase'),
              t('snapshots.column.what'),
              { label: t('snapshots.column.from'), className: styles.number },
              { label: t('snapshots.column.to'), className: styles.number },
              t('snapshots.column.whoWhy'),
              t('snapshots.column.audit'),
            ]}
          />
          <tbody>
            {diff.scoreChanges.map((c) => (
              <tr key={`${c.useCaseId}:${c.criterion}`} data-testid="score-change">
                <td>{c.title}</td>
                <td>{t(`criteria.${c.criterion}.label`)}</td>
                <td className={styles.number}>{score(c.from)}</td>
                <td className={styles.number}>{score(c.to)}</td>
                <td>
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
                </td>
                <td>
                  <AuditLink workspaceId={workspaceId} ids={c.auditIds} title={c.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        title={t('snapshots.kind.weightChange')}
        count={diff.weightChanges.length + diff.settingChanges.length}
      >
        <table className={styles.table} data-testid="weight-changes">
          <tbody>
            {diff.weightChanges.map((w) => (
              <tr key={w.criterion}>
                <td>{t(`criteria.${w.criterion}.label`)}</td>
                <td className={styles.number}>{f.decimal(w.from)}</td>
                <td className={styles.number}>{f.decimal(w.to)}</td>
                <td>
                  <AuditLink workspaceId={workspaceId} ids={w.auditIds} title={wsTitle} />
                </td>
              </tr>
            ))}
            {diff.settingChanges.map((s) => (
              <tr key={s.setting}>
                <td>{t(`snapshots.setting.${s.setting}`)}</td>
                <td className={styles.number}>
                  {typeof s.from === 'number'
                    ? f.decimal(s.from)
                    : t(`snapshots.aggregation.${s.from}`)}
                </td>
                <td className={styles.number}>
                  {typeof s.to === 'number' ? f.decimal(s.to) : t(`snapshots.aggregation.${s.to}`)}
                </td>
                <td>
                  <AuditLink workspaceId={workspaceId} ids={s.auditIds} title={wsTitle} />
                </td>
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
              <AuditLink workspaceId={workspaceId} ids={o.auditIds} title={o.title} />
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
              <AuditLink workspaceId={workspaceId} ids={q.auditIds} title={q.title} />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
