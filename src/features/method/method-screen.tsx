import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useWorkspace } from '../../data/use-workspaces';
import { CRITERIA } from '../../domain/schema/criterion';
import { useFormatters } from '../../ui/format';
import { Card, PageHeader } from '../../ui/page-header';
import styles from './method.module.css';
import { TableScroll } from '../../ui/table-scroll';
import { ColumnHeads } from '../../ui/column-heads';

/** "How is this computed?": SCORING.md in plain words, in the UI language. */
export default function MethodScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const f = useFormatters();
  return (
    <div className={styles.method}>
      <PageHeader title={t('method.title')} lead={t('method.lead')} />
      {workspace ? (
        <Card>
          <h2>{t('method.hereTitle', { name: workspace.name })}</h2>
          <p>
            {t('method.hereThresholds', {
              value: f.rawScore(workspace.thresholds.value),
              feasibility: f.rawScore(workspace.thresholds.feasibility),
            })}{' '}
            {t(`method.hereAggregation.${workspace.aggregation}`)}
          </p>
          <TableScroll label={t('method.hereTitle', { name: workspace.name })}>
            <table className={styles.table}>
              <caption className={styles.caption}>{t('method.hereWeights')}</caption>
              <tbody>
                {CRITERIA.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{t(`criteria.${c.id}.label`)}</th>
                    <td>{f.rawScore(workspace.weights[c.id])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </Card>
      ) : null}
      <Card>
        <h2>{t('method.criteriaTitle')}</h2>
        <TableScroll label={t('method.criteriaTitle')}>
          <table className={styles.table}>
            <ColumnHeads
              columns={[t('explanation.criterion'), t('method.axis'), t('method.direction')]}
            />
            <tbody>
              {CRITERIA.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{t(`criteria.${c.id}.label`)}</th>
                  <td>{t(`axis.${c.axis}`)}</td>
                  <td>{t(`direction.${c.direction}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
      {(
        ['oriented', 'weights', 'scores', 'contributions', 'quadrants', 'ranking', 'group'] as const
      ).map((section) => (
        <Card key={section}>
          <h2>{t(`method.${section}.title`)}</h2>
          <p>{t(`method.${section}.text`)}</p>
          <pre className={styles.formula}>{t(`method.${section}.formula`)}</pre>
        </Card>
      ))}
    </div>
  );
}
