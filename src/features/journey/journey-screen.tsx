import { useState } from 'react';
import { useDiscovery, useDiscoveryWrites } from '../../data/use-discovery';
import { useDependantRecords } from '../../data/use-dependants';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { ChoiceSelect } from '../../ui/select-options';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { StepDialogs, type StepRequest } from '../../ui/step-dialogs';
import { JourneyMap } from './journey-map';
import styles from './journey.module.css';

/** Workshop step 3: customer journeys as maps of the six phases; several per workspace. */
export default function JourneyScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const data = useDiscovery(workspaceId);
  const writes = useDiscoveryWrites();
  const records = useDependantRecords(workspaceId);
  const decision = useWorkspaceRanking(workspaceId)?.decision;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [request, setRequest] = useState<StepRequest | null>(null);

  if (!data)
    return <NotReady data={data} missing={<EmptyState>{t('workflows.noWorkspace')}</EmptyState>} />;

  const journeys = data.workflows.filter((w) => w.kind === 'journey');
  const journey = journeys.find((w) => w.id === chosenId) ?? journeys[0] ?? null;
  return (
    <ScreenPage
      title={t('nav.journey')}
      lead={t('journey.lead')}
      actions={
        <Button variant="primary" onPress={() => setRequest({ kind: 'newWorkflow' })}>
          {t('journey.newJourney')}
        </Button>
      }
      className={styles.screen}
      headerNotPrinted
    >
      {journey === null ? (
        <EmptyState>{t('journey.noJourney')}</EmptyState>
      ) : (
        <>
          <div className={styles.toolbar} data-no-print>
            <label className={styles.selector}>
              <span>{t('journey.chooseJourney')}</span>
              <ChoiceSelect
                value={journey.id}
                onChange={setChosenId}
                options={journeys.map((j) => ({ value: j.id, label: j.name }))}
              />
            </label>
            <Button onPress={() => setRequest({ kind: 'editWorkflow', workflow: journey })}>
              {t('journey.editJourney')}
            </Button>
            <Button
              variant="quiet"
              onPress={() => setRequest({ kind: 'deleteWorkflow', workflow: journey })}
            >
              {t('journey.deleteJourney')}
            </Button>
            <Button onPress={() => window.print()}>{t('journey.print')}</Button>
          </div>
          <JourneyMap
            data={data}
            decision={decision}
            journey={journey}
            onAddStep={(phase) => setRequest({ kind: 'newStep', workflowId: journey.id, phase })}
            onEdit={(step) => setRequest({ kind: 'editStep', step })}
            onAddFriction={(step) => setRequest({ kind: 'friction', step, friction: null })}
            onEditFriction={(step, friction) => setRequest({ kind: 'friction', step, friction })}
            onSuggest={(step) => setRequest({ kind: 'catalogue', step })}
            onDelete={(step) => setRequest({ kind: 'deleteStep', step })}
          />
        </>
      )}
      <StepDialogs
        request={request}
        onClose={() => setRequest(null)}
        mode="journey"
        workspace={data.workspace}
        writes={writes}
        records={records}
        onCreated={(what, id) => {
          if (what === 'workflow') setChosenId(id);
        }}
      />
    </ScreenPage>
  );
}
