import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDiscovery, useDiscoveryWrites } from '../../data/use-discovery';
import { currentLanguage } from '../../i18n/i18n';
import { AnchoredDeleteDialog } from '../../ui/anchored-delete-dialog';
import { Button } from '../../ui/button';
import { EmptyState, PageHeader } from '../../ui/page-header';
import { StepDialogs, type StepRequest } from '../../ui/step-dialogs';
import { useToast } from '../../ui/toast';
import { WorkflowFormDialog } from '../../ui/workflow-form-dialog';
import { JourneyMap } from './journey-map';
import styles from './journey.module.css';

type JourneyRequest = { kind: 'new' } | { kind: 'edit' } | { kind: 'delete'; anchored: string[] };

/** Workshop step 3: customer journeys as maps of the six phases; several per workspace. */
export default function JourneyScreen() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const data = useDiscovery(workspaceId);
  const writes = useDiscoveryWrites();
  const toast = useToast();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [request, setRequest] = useState<StepRequest | null>(null);
  const [journeyRequest, setJourneyRequest] = useState<JourneyRequest | null>(null);

  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (data === null) return <EmptyState>{t('workflows.noWorkspace')}</EmptyState>;

  const journeys = data.workflows.filter((w) => w.kind === 'journey');
  const journey = journeys.find((w) => w.id === chosenId) ?? journeys[0] ?? null;
  const anchoredTitles = (ids: ReadonlySet<string>) =>
    data.useCases.filter((u) => u.stepIds.some((id) => ids.has(id))).map((u) => u.title);
  const saved = () => toast({ message: t('workflows.saved') });

  return (
    <div className={styles.screen}>
      <div data-no-print>
        <PageHeader
          title={t('nav.journey')}
          lead={t('journey.lead')}
          actions={
            <Button variant="primary" onPress={() => setJourneyRequest({ kind: 'new' })}>
              {t('journey.newJourney')}
            </Button>
          }
        />
      </div>
      {journey === null ? (
        <EmptyState>{t('journey.noJourney')}</EmptyState>
      ) : (
        <>
          <div className={styles.toolbar} data-no-print>
            <label className={styles.selector}>
              <span>{t('journey.chooseJourney')}</span>
              <select value={journey.id} onChange={(e) => setChosenId(e.target.value)}>
                {journeys.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.name}
                  </option>
                ))}
              </select>
            </label>
            <Button onPress={() => setJourneyRequest({ kind: 'edit' })}>
              {t('journey.editJourney')}
            </Button>
            <Button
              variant="quiet"
              onPress={() =>
                setJourneyRequest({
                  kind: 'delete',
                  anchored: anchoredTitles(
                    new Set((data.stepsByWorkflow.get(journey.id) ?? []).map((s) => s.id)),
                  ),
                })
              }
            >
              {t('journey.deleteJourney')}
            </Button>
            <Button onPress={() => window.print()}>{t('journey.print')}</Button>
          </div>
          <JourneyMap
            data={data}
            journey={journey}
            onAddStep={(phase) => setRequest({ kind: 'newStep', workflowId: journey.id, phase })}
            onEdit={(step) => setRequest({ kind: 'editStep', step })}
            onAddFriction={(step) => setRequest({ kind: 'friction', step, friction: null })}
            onEditFriction={(step, friction) => setRequest({ kind: 'friction', step, friction })}
            onSuggest={(step) => setRequest({ kind: 'catalogue', step })}
            onDelete={(step) =>
              setRequest({ kind: 'deleteStep', step, anchored: anchoredTitles(new Set([step.id])) })
            }
          />
        </>
      )}
      <StepDialogs
        request={request}
        onClose={() => setRequest(null)}
        mode="journey"
        departments={data.workspace.departments}
        kpis={data.workspace.kpis}
        language={currentLanguage()}
        onSaveStep={async (workflowId, id, fields) => {
          await writes.saveStep(workflowId, id, fields);
          saved();
        }}
        onDeleteStep={(s) => void writes.deleteStep(s.id).then(saved)}
        onSaveFriction={async (s, id, fields) => {
          await writes.saveFriction(s.id, id, fields);
          saved();
        }}
        onAddFromCatalogue={async (s, entry) => {
          await writes.addFromCatalogue(s.id, entry.id, currentLanguage());
          toast({ message: t('workflows.addedFromCatalogue', { step: s.name }) });
        }}
      />
      <WorkflowFormDialog
        isOpen={journeyRequest?.kind === 'new' || journeyRequest?.kind === 'edit'}
        onOpenChange={(open) => {
          if (!open) setJourneyRequest(null);
        }}
        title={journeyRequest?.kind === 'edit' ? t('journey.editJourney') : t('journey.newJourney')}
        nameLabel={t('journey.journeyName')}
        initial={
          journeyRequest?.kind === 'edit' && journey
            ? { name: journey.name, description: journey.description }
            : { name: '', description: '' }
        }
        onSubmit={async (fields) => {
          if (journeyRequest?.kind === 'edit' && journey) {
            await writes.updateWorkflow(journey.id, fields);
          } else {
            setChosenId(await writes.createWorkflow(workspaceId, 'journey', fields));
          }
          saved();
        }}
      />
      <AnchoredDeleteDialog
        isOpen={journeyRequest?.kind === 'delete'}
        onOpenChange={(open) => {
          if (!open) setJourneyRequest(null);
        }}
        title={t('journey.deleteJourneyTitle', { name: journey?.name ?? '' })}
        anchored={journeyRequest?.kind === 'delete' ? journeyRequest.anchored : []}
        onConfirm={() => {
          if (journey) void writes.deleteWorkflow(journey.id).then(saved);
        }}
      />
    </div>
  );
}
