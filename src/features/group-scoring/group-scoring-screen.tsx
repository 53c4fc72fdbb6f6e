import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGroupScoring } from '../../data/use-group-scoring';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { TabSet } from '../../ui/tab-set';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { DivergenceHeatmap } from './divergence-heatmap';
import { GroupSettings } from './group-settings';
import { ScalesSection } from './scales-section';
import { WorkshopView } from './workshop-view';

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
  const decided = useWorkspaceRanking(workspaceId);
  const view: View = VIEWS.find((v) => v === params.get('view')) ?? 'workshop';

  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (data === null) return <EmptyState>{t('groupScoring.noWorkspace')}</EmptyState>;

  return (
    <div>
      <PageHeader title={t('nav.scoring')} lead={t('groupScoring.screenLead')} />
      <TabSet
        label={t('groupScoring.viewsLabel')}
        selected={view}
        onSelect={(id) => setParams(id === 'workshop' ? {} : { view: id }, { replace: true })}
        tabs={[
          { id: 'workshop', content: <WorkshopView data={data} decision={decided?.decision} /> },
          { id: 'heatmap', content: <DivergenceHeatmap data={data} /> },
          {
            id: 'participants',
            content: (
              <>
                <GroupSettings workspace={data.workspace} />
                <p>
                  <Link to={`/w/${workspaceId}/participants`}>
                    {t('groupScoring.participantsUnderFraming', {
                      count: data.participants.length,
                    })}
                  </Link>
                </p>
              </>
            ),
          },
          { id: 'scales', content: <ScalesSection workspace={data.workspace} /> },
        ].map((tab) => ({ ...tab, label: t(`groupScoring.view.${tab.id}`) }))}
      />
    </div>
  );
}
