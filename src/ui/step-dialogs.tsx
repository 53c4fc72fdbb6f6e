import { useTranslation } from 'react-i18next';
import { suggestForStep } from '../domain/catalogue/catalogue';
import type { CatalogueEntry } from '../domain/catalogue/catalogue-entry';
import type { Language } from '../domain/schema/common';
import type { Friction, JourneyPhase, Step } from '../domain/schema/workflow';
import type { Department, Kpi } from '../domain/schema/workspace';
import { AnchoredDeleteDialog } from './anchored-delete-dialog';
import { CatalogueDialog } from './catalogue-dialog';
import { FrictionFormDialog, type FrictionFields } from './friction-form-dialog';
import { StepFormDialog, type StepFields } from './step-form-dialog';

/** Which dialog about a step is open. */
export type StepRequest =
  | { kind: 'newStep'; workflowId: string; phase: JourneyPhase | null }
  | { kind: 'editStep'; step: Step }
  | { kind: 'deleteStep'; step: Step; anchored: string[] }
  | { kind: 'friction'; step: Step; friction: Friction | null }
  | { kind: 'catalogue'; step: Step };

interface Props {
  request: StepRequest | null;
  onClose: () => void;
  mode: 'internal' | 'journey';
  departments: readonly Department[];
  kpis: readonly Kpi[];
  language: Language;
  onSaveStep: (workflowId: string, id: string | null, fields: StepFields) => Promise<void>;
  onDeleteStep: (step: Step) => void;
  onSaveFriction: (step: Step, id: string | null, fields: FrictionFields) => Promise<void>;
  onAddFromCatalogue: (step: Step, entry: CatalogueEntry) => Promise<void>;
}

/** The dialogs of a step (create, edit, delete, friction, catalogue), shared by both maps. */
export function StepDialogs({ request, onClose, ...props }: Props) {
  const { t } = useTranslation();
  const onOpenChange = (open: boolean) => {
    if (!open) onClose();
  };
  if (!request) return null;
  switch (request.kind) {
    case 'newStep':
    case 'editStep': {
      const step = request.kind === 'editStep' ? request.step : null;
      return (
        <StepFormDialog
          isOpen
          onOpenChange={onOpenChange}
          title={step ? t('workflows.editStep', { name: step.name }) : t('workflows.newStep')}
          mode={props.mode}
          departments={props.departments}
          initial={{
            name: step?.name ?? '',
            phase: step ? step.phase : request.kind === 'newStep' ? request.phase : null,
            kind: step?.kind ?? null,
            departmentId: step?.departmentId ?? null,
            owner: step?.owner ?? '',
            yearlyVolume: step?.yearlyVolume ?? null,
            frequency: step?.frequency ?? '',
          }}
          onSubmit={(fields) =>
            props.onSaveStep(
              step?.workflowId ?? (request.kind === 'newStep' ? request.workflowId : ''),
              step?.id ?? null,
              fields,
            )
          }
        />
      );
    }
    case 'deleteStep':
      return (
        <AnchoredDeleteDialog
          isOpen
          onOpenChange={onOpenChange}
          title={t('workflows.deleteStepTitle', { name: request.step.name })}
          anchored={request.anchored}
          onConfirm={() => props.onDeleteStep(request.step)}
        />
      );
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
          kpis={props.kpis}
          initial={{
            description: request.friction?.description ?? '',
            severity: request.friction?.severity ?? 2,
            kpiIds: request.friction?.kpiIds ?? [],
          }}
          onSubmit={(fields) =>
            props.onSaveFriction(request.step, request.friction?.id ?? null, fields)
          }
        />
      );
    case 'catalogue':
      return (
        <CatalogueDialog
          isOpen
          onOpenChange={onOpenChange}
          stepName={request.step.name}
          entries={suggestForStep(request.step)}
          language={props.language}
          onAdd={(entry) => props.onAddFromCatalogue(request.step, entry)}
        />
      );
  }
}
