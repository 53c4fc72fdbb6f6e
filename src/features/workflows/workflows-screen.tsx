import { useMemo, useState } from 'react';
import { useDiscovery, useDiscoveryWrites } from '../../data/use-discovery';
import { useDependantRecords } from '../../data/use-dependants';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { useToast } from '../../ui/toast';
import { StepDialogs, type StepRequest } from '../../ui/step-dialogs';
import { BpmnImport } from './bpmn-import';
import { StepDetail } from './step-detail';
import { StepList } from './step-list';
import { downloadWorkflowBpmn } from './write-bpmn-file';
import styles from './workflows.module.css';

/** Workshop step 2: internal workflows, their ordered steps and frictions. */
export default function WorkflowsScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const data = useDiscovery(workspaceId);
  const writes = useDiscoveryWrites();
  const records = useDependantRecords(workspaceId);
  const toast = useToast();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [stepId, setStepId] = useState<string | null>(null);
  const [request, setRequest] = useState<StepRequest | null>(null);

  const internal = useMemo(
    () => data?.workflows.filter((w) => w.kind === 'internal') ?? [],
    [data],
  );
  const uncoveredByStep = useMemo(() => {
    const map = new Map<string, number>();
    for (const f of data?.frictions ?? []) {
      if (data?.coverage.uncoveredFrictionIds.has(f.id))
        map.set(f.stepId, (map.get(f.stepId) ?? 0) + 1);
    }
    return map;
  }, [data]);

  if (!data)
    return <NotReady data={data} missing={<EmptyState>{t('workflows.noWorkspace')}</EmptyState>} />;

  const workflow = internal.find((w) => w.id === chosenId) ?? internal[0] ?? null;
  const steps = workflow ? (data.stepsByWorkflow.get(workflow.id) ?? []) : [];
  const step = steps.find((s) => s.id === stepId) ?? steps[0] ?? null;
  const anchoredOn = (ids: ReadonlySet<string>) =>
    data.useCases.filter((u) => u.stepIds.some((id) => ids.has(id)));

  return (
    <ScreenPage
      title={t('nav.workflows')}
      lead={t('workflows.lead')}
      actions={
        <>
          <BpmnImport workspaceId={workspaceId} />
          <Button variant="primary" onPress={() => setRequest({ kind: 'newWorkflow' })}>
            {t('workflows.newWorkflow')}
          </Button>
        </>
      }
    >
      {internal.length === 0 ? (
        <EmptyState>{t('workflows.noWorkflow')}</EmptyState>
      ) : (
        <div className={styles.layout}>
          <nav aria-label={t('workflows.workflowList')} className={styles.workflowList}>
            <ul>
              {internal.map((w) => (
                <li key={w.id}>
                  <button
                    type="button"
                    className={w.id === workflow?.id ? styles.current : undefined}
                    aria-current={w.id === workflow?.id ? 'true' : undefined}
                    onClick={() => {
                      setChosenId(w.id);
                      setStepId(null);
                    }}
                  >
                    {w.name}
                    <span className={styles.stepMeta}>
                      {t('workflows.stepCount', {
                        count: data.stepsByWorkflow.get(w.id)?.length ?? 0,
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {workflow ? (
            <section className={styles.main} aria-labelledby="workflow-title">
              <div className={styles.workflowHeader}>
                <div>
                  <h2 id="workflow-title">{workflow.name}</h2>
                  {workflow.description ? (
                    <p className={styles.muted}>{workflow.description}</p>
                  ) : null}
                </div>
                <div className={styles.rowActions} data-editing-chrome="">
                  <Button
                    onPress={() =>
                      void downloadWorkflowBpmn(workflow, steps, data.workspace.departments).then(
                        (file) => toast({ message: t('bpmn.exported', { file }) }),
                      )
                    }
                  >
                    {t('bpmn.export')}
                  </Button>
                  <Button onPress={() => setRequest({ kind: 'editWorkflow', workflow })}>
                    {t('workflows.editWorkflow')}
                  </Button>
                  <Button
                    variant="quiet"
                    onPress={() => setRequest({ kind: 'deleteWorkflow', workflow })}
                  >
                    {t('workflows.deleteWorkflow')}
                  </Button>
                  <Button
                    variant="primary"
                    onPress={() =>
                      setRequest({ kind: 'newStep', workflowId: workflow.id, phase: null })
                    }
                  >
                    {t('workflows.addStep')}
                  </Button>
                </div>
              </div>
              <p className={styles.muted}>{t('workflows.reorderHint')}</p>
              <StepList
                label={t('workflows.stepsOf', { name: workflow.name })}
                steps={steps}
                departments={data.workspace.departments}
                countByStep={data.coverage.countByStep}
                uncoveredByStep={uncoveredByStep}
                frictionsByStep={data.frictionsByStep}
                selectedId={step?.id ?? null}
                onSelect={(s) => setStepId(s.id)}
                onMove={(s, to) => void writes.moveStep(s.id, to)}
                onEdit={(s) => setRequest({ kind: 'editStep', step: s })}
                onDelete={(s) => setRequest({ kind: 'deleteStep', step: s })}
              />
              {step ? (
                <StepDetail
                  workspaceId={workspaceId}
                  step={step}
                  frictions={data.frictionsByStep.get(step.id) ?? []}
                  uncovered={data.coverage.uncoveredFrictionIds}
                  anchored={anchoredOn(new Set([step.id]))}
                  kpis={data.workspace.kpis}
                  onAddFriction={() => setRequest({ kind: 'friction', step, friction: null })}
                  onEditFriction={(friction) => setRequest({ kind: 'friction', step, friction })}
                  onDeleteFriction={(friction) =>
                    void writes
                      .deleteFriction(friction.id)
                      .then(() => toast({ message: t('workflows.saved') }))
                  }
                  onSuggest={() => setRequest({ kind: 'catalogue', step })}
                />
              ) : null}
            </section>
          ) : null}
        </div>
      )}
      <StepDialogs
        request={request}
        onClose={() => setRequest(null)}
        mode="internal"
        workspace={data.workspace}
        writes={writes}
        records={records}
        onCreated={(what, id) => {
          if (what === 'workflow') setChosenId(id);
          else setStepId(id);
        }}
      />
    </ScreenPage>
  );
}
