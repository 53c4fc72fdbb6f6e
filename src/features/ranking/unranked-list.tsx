import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VirtualTable, type Column } from '../../ui/virtual-table';
import styles from './ranking.module.css';

/**
 * Use cases shown beside the ranking, not in it (to score, awaiting reveal): a title, a lead, each
 * use case linked to its scores, and one column saying what it waits for.
 */
export function UnrankedList<Row extends { id: string; title: string }>(props: {
  id: string;
  workspaceId: string;
  title: string;
  lead: string;
  action?: ReactNode;
  rows: readonly Row[];
  column: Column<Row>;
}) {
  const { t } = useTranslation();
  return (
    <section className={styles.toScore} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p className={styles.hint}>{props.lead}</p>
      {props.action}
      <VirtualTable
        label={props.title}
        rows={props.rows}
        rowKey={(u) => u.id}
        maxHeight="40vh"
        columns={[
          {
            id: 'title',
            header: t('useCase.title'),
            cell: (u) => (
              <Link to={`/w/${props.workspaceId}/use-cases/${u.id}/scores`}>{u.title}</Link>
            ),
          },
          props.column,
        ]}
      />
    </section>
  );
}
