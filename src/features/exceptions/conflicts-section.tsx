import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionBoard } from '../../data/use-decisions';
import type { KpiConflict } from '../../domain/conflicts/kpi-conflicts';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { Pager, usePage } from '../../ui/pager';
import { conflictSentence, type Names } from './decision-texts';
import styles from './exceptions.module.css';
import { DataTable } from '../../ui/data-table';

function Sides({
  conflict,
  names,
  workspaceId,
  label,
}: {
  conflict: KpiConflict;
  names: Names;
  workspaceId: string;
  /** The conflict in words: names its table's scroll region apart from the others'. */
  label: string;
}) {
  const { t } = useTranslation();
  const paging = usePage(conflict.sides, 10);
  return (
    <>
      <Pager paging={paging} label={t('conflicts.sidesLabel')} />
      <DataTable
        className={styles.table}
        label={t('conflicts.sidesLabel')}
        scroll={`${t('conflicts.sidesLabel')} · ${label}`}
        rows={paging.items}
        rowKey={(s) => `${s.useCaseId}-${s.kpiId}`}
        columns={[
          {
            label: t('conflicts.useCase'),
            cell: (s) => (
              <Link to={`/w/${workspaceId}/use-cases/${s.useCaseId}`}>
                {names.useCase(s.useCaseId)}
              </Link>
            ),
          },
          { label: t('conflicts.kpi'), cell: (s) => names.kpi(s.kpiId) },
          {
            label: t('conflicts.effect'),
            cellClassName: (s) => (s.improves ? styles.good : styles.bad),
            cell: (s) =>
              t('conflicts.effectText', {
                effect: t(s.effect === 'increase' ? 'conflicts.raises' : 'conflicts.lowers'),
                judgement: t(s.improves ? 'conflicts.good' : 'conflicts.bad'),
              }),
          },
          { label: t('conflicts.department'), cell: (s) => names.department(s.departmentId) },
        ]}
      />
    </>
  );
}

/** The KPI conflicts: those waiting for an arbitration, then those arbitrated, with their decision. */
export function ConflictsSection({
  board,
  names,
  workspaceId,
  onArbitrate,
}: {
  board: DecisionBoard;
  names: Names;
  workspaceId: string;
  onArbitrate: (conflict: KpiConflict) => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const sentence = (c: KpiConflict) => conflictSentence(c, names, t, f.list);
  const arbitrated = board.conflicts.flatMap((c) => {
    const decision = board.arbitrations.get(c.key);
    return decision ? [{ conflict: c, decision }] : [];
  });
  const open = usePage(board.openConflicts, 20);
  const closed = usePage(arbitrated, 20);
  return (
    <Card>
      <h2>{t('conflicts.title')}</h2>
      <p className={styles.hint}>{t('conflicts.lead')}</p>
      <h3>{t('conflicts.openTitle', { count: board.openConflicts.length })}</h3>
      {board.openConflicts.length === 0 ? (
        <p>{t('conflicts.noneOpen')}</p>
      ) : (
        <>
          <Pager
            paging={open}
            label={t('conflicts.openTitle', { count: board.openConflicts.length })}
          />
          <ul className={styles.list} data-testid="open-conflicts">
            {open.items.map((c) => (
              <li key={c.key} className={styles.item}>
                <p>
                  <strong>{t(`conflicts.kind.${c.kind}`)}</strong> · {sentence(c)}
                </p>
                <Sides conflict={c} names={names} workspaceId={workspaceId} label={sentence(c)} />
                <Button
                  small
                  aria-label={t('conflicts.arbitrateLabel', { what: sentence(c) })}
                  onPress={() => onArbitrate(c)}
                >
                  {t('conflicts.arbitrate')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {arbitrated.length > 0 ? (
        <>
          <h3>{t('conflicts.arbitratedTitle', { count: arbitrated.length })}</h3>
          <Pager
            paging={closed}
            label={t('conflicts.arbitratedTitle', { count: arbitrated.length })}
          />
          <ul className={styles.list} data-testid="arbitrated-conflicts">
            {closed.items.map(({ conflict, decision }) => (
              <li key={conflict.key} className={`${styles.item} ${styles.closed}`}>
                <p>
                  <strong>{t(`conflicts.kind.${conflict.kind}`)}</strong> · {sentence(conflict)}
                </p>
                <p>{t('conflicts.decisionIs', { decision: decision.decision })}</p>
                <p>{t('conflicts.noteIs', { note: decision.reason })}</p>
                <p className={styles.meta}>
                  {t('conflicts.byAt', { author: decision.author, at: f.dateTime(decision.at) })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
