import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGroupScoring } from '../../data/use-group-scoring';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { DivergenceHeatmap } from './divergence-heatmap';
import { GroupSettings } from './group-settings';
import { ScalesSection } from './scales-section';
import { WorkshopView } from './workshop-view';
import styles from './group-scoring.module.css';

const VIEWS = ['workshop', 'heatmap', 'participants', 'scales'] as const;
type View = (typeof VIEWS)[number];

/**
 * Scoring as a group (SCORING.md section 9): the divergences to discuss in the workshop, the
 * heatmap of divergence, the participants and group settings, and the workspace's scales.
 * Each view is deep-linkable (?view=heatmap).
 */
export default function GroupScoringScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const data = useGroupScoring(workspaceId);
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'workshop';

  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (data === null) return <EmptyState>{t('groupScoring.noWorkspace')}</EmptyState>;

  return (
    <div>
      <PageHeader title={t('nav.scoring')} lead={t('groupScoring.screenLead')} />
      <Tabs
        selectedKey={view}
        onSelectionChange={(key) =>
          setParams(key === 'workshop' ? {} : { view: String(key) }, { replace: true })
        }
      >
        <TabList aria-label={t('groupScoring.viewsLabel')} className={styles.tabList}>
          {VIEWS.map((id) => (
            <Tab key={id} id={id} className={styles.tab}>
              {t(`groupScoring.view.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="workshop">
          <WorkshopView data={data} />
        </TabPanel>
        <TabPanel id="heatmap">
          <DivergenceHeatmap data={data} />
        </TabPanel>
        <TabPanel id="participants">
          <GroupSettings workspace={data.workspace} />
          <p>
            <Link to={`/w/${workspaceId}/participants`}>
              {t('groupScoring.participantsUnderFraming', { count: data.participants.length })}
            </Link>
          </p>
        </TabPanel>
        <TabPanel id="scales">
          <ScalesSection workspace={data.workspace} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
