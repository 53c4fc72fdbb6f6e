import { useState } from 'react';
import { useChangeContext } from '../../data/use-actor';
import { useRoadmap } from '../../data/use-roadmap';
import { database } from '../../db/database';
import { applyRoadmapSuggestion, type ApplyProgress } from '../../db/repositories/roadmap-moves';
import { createWaves } from '../../db/repositories/roadmap-waves';
import { PLACEMENT_REASONS, type PlacementReason } from '../../domain/roadmap/suggest-roadmap';
import { ProgressLine } from '../../ui/progress-line';
import { TabSet } from '../../ui/tab-set';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { useToast } from '../../ui/toast';
import { OverrideDialog } from './override-dialog';
import { RoadmapBoard } from './roadmap-board';
import { TimelineView } from './timeline-view';
import { useCardMoves } from './use-card-moves';
import { useDefaultWaveDrafts } from './wave-drafts';
import { WaveSettingsDialog } from './wave-settings-dialog';
import styles from './roadmap.module.css';

/** The roadmap: waves (or quarters) of ordered use cases, the suggestion, and a timeline. */
export default function RoadmapScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const data = useRoadmap(workspaceId);
  const context = useChangeContext();
  const toast = useToast();
  const draftsOf = useDefaultWaveDrafts();
  const moves = useCardMoves(data);
  const [confirming, setConfirming] = useState(false);
  const [settings, setSettings] = useState(false);
  const [applying, setApplying] = useState<ApplyProgress | null>(null);

  if (!data) return <NotReady data={data} />;
  const db = database();

  const suggest = async () => {
    const reasons = Object.fromEntries(
      PLACEMENT_REASONS.map((r) => [r, t(`roadmap.reason.${r}`)]),
    ) as Record<PlacementReason, string>;
    const texts = {
      reasons,
      superseded: t('roadmap.superseded'),
      summary: t('roadmap.suggestionApplied'),
      backlog: t('roadmap.backlog'),
      out: t('roadmap.out'),
    };
    // At 50,000 use cases IndexedDB takes seconds to write the placements: the count shows it,
    // and the suggestion cannot be applied twice meanwhile.
    setApplying({ done: 0, total: 0 });
    try {
      await applyRoadmapSuggestion(db, context(), workspaceId, texts, data, setApplying);
      toast({ message: t('roadmap.suggestionApplied') });
    } catch {
      toast({ message: t('roadmap.suggestFailed') });
    } finally {
      setApplying(null);
    }
  };

  const actions =
    data.waves.length > 0 ? (
      <>
        <Button onPress={() => setSettings(true)}>{t('roadmap.settings.open')}</Button>
        <Button variant="primary" onPress={() => setConfirming(true)} isDisabled={!!applying}>
          {t('roadmap.suggest')}
        </Button>
      </>
    ) : null;

  return (
    <ScreenPage
      title={t('nav.roadmap')}
      lead={t('roadmap.lead')}
      actions={actions}
      headerNotPrinted
    >
      {data.waves.length === 0 ? (
        <EmptyState>
          <p>{t('roadmap.noWaves')}</p>
          <Button
            variant="primary"
            onPress={() =>
              void createWaves(db, context(), workspaceId, draftsOf(data.workspace.roadmapMode))
            }
          >
            {t('roadmap.createWaves')}
          </Button>
        </EmptyState>
      ) : (
        <>
          {applying ? (
            <ProgressLine
              label={t('roadmap.applying')}
              done={applying.done}
              total={applying.total}
              text={t('roadmap.applyingCount', { done: applying.done, total: applying.total })}
            />
          ) : null}
          <TabSet
            label={t('roadmap.views')}
            noPrint
            tabs={[
              {
                id: 'board',
                label: t('roadmap.board'),
                content: (
                  <>
                    <p className={styles.hint} data-editing-chrome="">
                      {t('roadmap.boardHint')}
                    </p>
                    <RoadmapBoard data={data} onMove={moves.move} />
                  </>
                ),
              },
              {
                id: 'timeline',
                label: t('roadmap.timeline.tab'),
                content: <TimelineView data={data} />,
              },
            ]}
          />
          <ConfirmDialog
            isOpen={confirming}
            onOpenChange={setConfirming}
            title={t('roadmap.suggestTitle')}
            message={t('roadmap.suggestMessage')}
            confirmLabel={t('roadmap.suggestConfirm')}
            onConfirm={() => void suggest()}
          />
          <OverrideDialog
            request={moves.pending}
            onCancel={moves.cancel}
            onConfirm={moves.confirm}
          />
          <WaveSettingsDialog data={data} isOpen={settings} onOpenChange={setSettings} />
        </>
      )}
    </ScreenPage>
  );
}
