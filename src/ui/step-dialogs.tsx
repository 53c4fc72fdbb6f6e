import { useTranslation } from 'react-i18next';
import { suggestForStep } from '../domain/catalogue/catalogue';
import type { Language } from '../domain/schema/common';
import type { Friction, JourneyPhase, Step, Workflow } from '../domain/schema/workflow';
import type { Workspace } from '../domain/schema/workspace';
import { currentLanguage } from '../i18n/i18n';
import { CatalogueDialog } from './catalogue-dialog';
import { DependantsDialog } from './dependants-dialog';
import type { DependantRecords, DependantTarget } from '../domain/dependants/dependants';
import type { RecordChange, RemovalChoice } from '../domain/dependants/removal-plan';
import { FrictionFormDialog, frictionFieldsOf, type FrictionFields } from './friction-form-dialog';
import { StepFormDialog, stepFieldsOf, type StepFields } from './step-form-dialog';
import { useToast } from './toast';
import { NameFormDialog, type NameFields } from './name-form-dialog';

/** Which dialog about a workflow (or journey) or one of its steps is open. */
export type StepRequest =
  | { kind: 'newWorkflow' }
  | { kind: 'editWorkflow'; workflow: Workflow }
  | { kind: 'deleteWorkflow'; workflow: Workflow }
  | { kind: 'newStep'; workflowId: string; phase: JourneyPhase | null }
  | { kind: 'editStep'; step: Step }
  | { kind: 'deleteStep'; step: Step }
  | { kind: 'friction'; step: Step; friction: Friction | null }
  | { kind: 'catalogue'; step: Step };

/** The writes these dialogs make: the discovery data hook's, passed in by the screen. */
export interface StepDialogWrites {
  createWorkflow: (workspaceId: string, kind: Mode, fields: NameFields) => Promise<string>;
  /** `seen`: the record's fields as the dialog opened them (another tab's save is refused). */
  updateWorkflow: (id: string, fields: NameFields, seen?: NameFields) => Promise<unknown>;
  saveStep: (
    workflowId: string,
    id: string | null,
    fields: StepFields,
    seen?: StepFields,
  ) => Promise<unknown>;
  removeWithDependants: (
    workspaceId: string,
    target: DependantTarget,
    choice: RemovalChoice,
  ) => Promise<RecordChange[]>;
  undoRemoval: (workspaceId: string, changes: RecordChange[]) => Promise<void>;
  saveFriction: (
    stepId: string,
    id: string | null,
    fields: FrictionFields,
    seen?: FrictionFields,
  ) => Promise<unknown>;
  addFromCatalogue: (stepId: string, entryId: string, language: Language) => Promise<unknown>;
}

type Mode = 'internal' | 'journey';

interface Props {
  request: StepRequest | null;
  onClose: () => void;
  /** Internal workflows (steps have a kind) or customer journeys (steps have a phase). */
  mode: Mode;
  /** Its departments and KPIs are offered in the step and friction forms. */
  workspace: Workspace;
  writes: StepDialogWrites;
  /** The workspace's records, to say what depends on a step or workflow being deleted. */
  records: DependantRecords | null | undefined;
  /** A workflow or step was created: the screen may show it. */
  onCreated?: (what: 'workflow' | 'step', id: string) => void;
}

const WORDS = {
  internal: {
    new: 'workflows.newWorkflow',
    edit: 'workflows.editWorkflow',
    name: 'workflows.workflowName',
    delete: 'workflows.deleteWorkflowTitle',
  },
  journey: {
    new: 'journey.newJourney',
    edit: 'journey.editJourney',
    name: 'journey.journeyName',
    delete: 'journey.deleteJourneyTitle',
  },
} as const;

/** The dialogs of a workflow and its steps (create, edit, delete, friction, catalogue). */
export function StepDialogs({ request, onClose, writes, ...props }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const saved = () => toast({ message: t('workflows.saved') });
  const onOpenChange = (open: boolean) => {
    if (!open) onClose();
  };
  const words = WORDS[props.mode];
  if (!request) return null;
  switch (request.kind) {
    case 'newWorkflow':
    case 'editWorkflow': {
      const workflow = request.kind === 'editWorkflow' ? request.workflow : null;
      return (
        <NameFormDialog
          isOpen
          onOpenChange={onOpenChange}
          title={t(workflow ? words.edit : words.new)}
          nameLabel={t(words.name)}
          descriptionLabel={t('workflows.description')}
          initial={{ name: workflow?.name ?? '', description: workflow?.description ?? '' }}
          stale={
            workflow
              ? {
                  seen: { name: workflow.name, description: workflow.description },
                  toForm: (w) => ({ name: w.name, description: w.description }),
                }
              : undefined
          }
          onSubmit={async (fields, seen) => {
            if (workflow) await writes.updateWorkflow(workflow.id, fields, seen);
            else {
              const id = await writes.createWorkflow(props.workspace.id, props.mode, fields);
              props.onCreated?.('workflow', id);
            }
            saved();
          }}
        />
      );
    }
    case 'deleteWorkflow':
    case 'deleteStep': {
      if (!props.records) return null;
      const [target, name, title] =
        request.kind === 'deleteStep'
          ? ([
              { kind: 'step', id: request.step.id },
              request.step.name,
              'workflows.deleteStepTitle',
            ] as const)
          : ([
              { kind: 'workflow', id: request.workflow.id },
              request.workflow.name,
              words.delete,
            ] as const);
      const workspaceId = props.workspace.id;
      return (
        <DependantsDialog
          title={t(title, { name })}
          name={name}
          target={target}
          records={props.records}
          onRemove={(choice) => writes.removeWithDependants(workspaceId, target, choice)}
          onUndo={(changes) => writes.undoRemoval(workspaceId, changes)}
          onClose={onClose}
        />
      );
    }
    case 'newStep':
    case 'editStep': {
      const step = request.kind === 'editStep' ? request.step : null;
      return (
        <StepFormDialog
          isOpen
          onOpenChange={onOpenChange}
          title={step ? t('workflows.editStep', { name: step.name }) : t('workflows.newStep')}
          mode={props.mode}
          departments={props.workspace.departments}
          initial={{
            name: step?.name ?? '',
            phase: step ? step.phase : request.kind === 'newStep' ? request.phase : null,
            kind: step?.kind ?? null,
            departmentId: step?.departmentId ?? null,
            owner: step?.owner ?? '',
            yearlyVolume: step?.yearlyVolume ?? null,
            frequency: step?.frequency ?? '',
          }}
          stale={step ? { seen: stepFieldsOf(step), toForm: stepFieldsOf } : undefined}
          onSubmit={async (fields, seen) => {
            const workflowId =
              step?.workflowId ?? (request.kind === 'newStep' ? request.workflowId : '');
            const id = await writes.saveStep(workflowId, step?.id ?? null, fields, seen);
            if (typeof id === 'string') props.onCreated?.('step', id);
            saved();
          }}
        />
      );
    }
    case 'friction':
      return (
        <FrictionFormDialog
          isOpen
          onOpenChange={onOpenChange}
          title={
            request.friction
              ? t('workflows.editFriction')
              : t('workflows.newFriction', { step: request.step.name })
          }
          kpis={props.workspace.kpis}
          initial={{
            description: request.friction?.description ?? '',
            severity: request.friction?.severity ?? 2,
            kpiIds: request.friction?.kpiIds ?? [],
          }}
          stale={
            request.friction
              ? { seen: frictionFieldsOf(request.friction), toForm: frictionFieldsOf }
              : undefined
          }
          onSubmit={async (fields, seen) => {
            await writes.saveFriction(request.step.id, request.friction?.id ?? null, fields, seen);
            saved();
          }}
        />
      );
    case 'catalogue':
      return (
        <CatalogueDialog
          isOpen
          onOpenChange={onOpenChange}
          stepName={request.step.name}
          entries={suggestForStep(request.step)}
          language={currentLanguage()}
          onAdd={async (entry) => {
            await writes.addFromCatalogue(request.step.id, entry.id, currentLanguage());
            toast({ message: t('workflows.addedFromCatalogue', { step: request.step.name }) });
          }}
        />
      );
  }
}
