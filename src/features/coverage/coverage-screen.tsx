import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoverage } from '../../data/use-coverage';
import type { HeatScale } from '../../domain/coverage/coverage';
import type { UseCase } from '../../domain/schema/use-case';
import { JOURNEY_PHASES } from '../../domain/schema/workflow';
import { EmptyState, Card } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { VirtualTable, type Column } from '../../ui/virtual-table';
import styles from './coverage.module.css';
import { ColumnHeads } from '../../ui/column-heads';

const LEVEL = [styles.level0, styles.level1, styles.level2, styles.level3];

interface CellFacts {
  level: number;
  count: number;
  uncoveredFrictionCount: number;
}

/** A heatmap cell's colour class: its level, and a dashed border when a friction is uncovered. */
function cellClass(cell: CellFacts, base = ''): string {
  return [base, LEVEL[cell.level], cell.uncoveredFrictionCount > 0 ? styles.hasUncovered : '']
    .filter(Boolean)
    .join(' ');
}

/** What a heatmap cell says: its use cases, what it holds, its uncovered frictions. */
function CellText({ cell, children }: { cell: CellFacts; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {children}
      <span className={styles.cellCount}>{t('workflows.useCaseCount', { count: cell.count })}</span>
      {cell.uncoveredFrictionCount > 0 ? (
        <span className={styles.cellWarning}>
          {t('workflows.uncoveredCount', { count: cell.uncoveredFrictionCount })}
        </span>
      ) : null}
    </>
  );
}

/** The colours of a section's cells and the counts each stands for (see HeatScale). */
function HeatLegend({ scale }: { scale: HeatScale }) {
  const { t } = useTranslation();
  const span = (from: number, to: number) =>
    from === to
      ? t('coverage.legendExactly', { count: from })
      : t('coverage.legendRange', { from, to });
  return (
    <p className={styles.legend}>
      <span>{t('coverage.legend')}</span>
      <span className={`${styles.swatch} ${styles.level0}`}>{t('coverage.legendNone')}</span>
      <span className={`${styles.swatch} ${styles.level1}`}>{span(1, scale.low)}</span>
      <span className={`${styles.swatch} ${styles.level2}`}>{span(scale.low + 1, scale.high)}</span>
      <span className={`${styles.swatch} ${styles.level3}`}>
        {t('coverage.legendFrom', { from: scale.high + 1 })}
      </span>
      <span className={`${styles.swatch} ${styles.level0} ${styles.hasUncovered}`}>
        {t('coverage.uncovered')}
      </span>
    </p>
  );
}

/** Workshop step 4: where the use cases are, and where the long tail has no candidate yet. */
export default function CoverageScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const coverage = useCoverage(workspaceId);
  if (!coverage)
    return (
      <NotReady data={coverage} missing={<EmptyState>{t('workflows.noWorkspace')}</EmptyState>} />
    );
  const columns: Column<UseCase>[] = [
    {
      id: 'title',
      header: t('coverage.useCase'),
      cell: (u) => <Link to={`/w/${workspaceId}/use-cases/${u.id}/qualification`}>{u.title}</Link>,
    },
    { id: 'status', header: t('coverage.status'), cell: (u) => t(`status.${u.status}`) },
  ];
  return (
    <ScreenPage
      title={t('nav.coverage')}
      lead={t('coverage.lead', {
        uncovered: t('coverage.uncoveredCount', { count: coverage.uncoveredFrictionIds.size }),
        unanchored: t('coverage.unanchoredCount', { count: coverage.unanchored.length }),
      })}
    >
      <Card className={styles.section}>
        <h2>{t('coverage.internalTitle')}</h2>
        {coverage.internal.length === 0 ? (
          <p>{t('coverage.noInternal')}</p>
        ) : (
          <HeatLegend scale={coverage.internalScale} />
        )}
        {coverage.internal.map(({ workflow, cells }) => (
          <div key={workflow.id} className={styles.row}>
            <h3 className={styles.rowTitle}>{workflow.name}</h3>
            <ol className={styles.cells} aria-label={workflow.name}>
              {cells.map((cell) => (
                <li key={cell.stepId} className={cellClass(cell, styles.cell)}>
                  <CellText cell={cell}>
                    <span className={styles.cellName}>{cell.name}</span>
                  </CellText>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </Card>
      <Card className={styles.section}>
        <h2>{t('coverage.journeyTitle')}</h2>
        {coverage.journeys.length === 0 ? (
          <p>{t('coverage.noJourney')}</p>
        ) : (
          <>
            <HeatLegend scale={coverage.journeyScale} />
            <div className={styles.tableScroll}>
              <table className={styles.heatTable}>
                <caption className="visually-hidden">{t('coverage.journeyTitle')}</caption>
                <ColumnHeads
                  columns={[
                    t('coverage.journey'),
                    ...JOURNEY_PHASES.map((p) => t(`journey.phase.${p}`)),
                  ]}
                />
                <tbody>
                  {coverage.journeys.map(({ workflow, phases }) => (
                    <tr key={workflow.id}>
                      <th scope="row">{workflow.name}</th>
                      {phases.map((cell) => (
                        <td key={cell.phase} className={cellClass(cell)}>
                          <CellText cell={cell} />
                          <span className={styles.cellSub}>
                            {t('workflows.stepCount', { count: cell.stepCount })}
                          </span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>
      <Card className={styles.section}>
        <h2>{t('coverage.unanchoredTitle')}</h2>
        <p className={styles.muted}>{t('coverage.unanchoredLead')}</p>
        {coverage.unanchored.length === 0 ? (
          <p>{t('coverage.allAnchored')}</p>
        ) : (
          <VirtualTable
            label={t('coverage.unanchoredTitle')}
            rows={coverage.unanchored}
            columns={columns}
            rowKey={(u) => u.id}
            maxHeight="40vh"
          />
        )}
      </Card>
    </ScreenPage>
  );
}
