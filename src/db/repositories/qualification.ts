import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { catalogueText, findCatalogueEntry } from '../../domain/catalogue/catalogue';
import type { Language } from '../../domain/schema/common';
import { useCaseSchema } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { addRecorded, factsOf, mustGetWorkspace, putChanged, withRecord } from './recorded-writes';

/** The qualification of a use case (SCORING.md section 12), as the qualification tab edits it. */
export const qualificationFormSchema = useCaseSchema.pick({
  intention: true,
  dataSignals: true,
  humanLoop: true,
  successMeasure: true,
  kpiEffects: true,
  complianceNote: true,
  owner: true,
  stepIds: true,
});
export type QualificationForm = z.input<typeof qualificationFormSchema>;

/**
 * Saves the qualification of a use case. KPIs must be the workspace's and steps must exist;
 * a KPI named twice in the effects is refused. One audit entry with the fields that changed.
 */
export async function saveQualification(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  form: QualificationForm,
): Promise<void> {
  const fields = qualificationFormSchema.parse(form);
  await withRecord(db, db.useCases, useCaseId, 'Use case', [db.steps], async (current) => {
    const workspace = await mustGetWorkspace(db, current.workspaceId);
    const kpiIds = new Set(workspace.kpis.map((k) => k.id));
    const steps = await db.steps.bulkGet(fields.stepIds);
    const issues: z.core.$ZodRawIssue[] = [];
    const refuse = (path: (string | number)[]) =>
      issues.push({ code: 'custom', path, message: 'errors.invalid', input: form });
    if (fields.successMeasure.kpiId !== null && !kpiIds.has(fields.successMeasure.kpiId)) {
      refuse(['successMeasure', 'kpiId']);
    }
    fields.kpiEffects.forEach((e, i) => {
      const twice = fields.kpiEffects.findIndex((x) => x.kpiId === e.kpiId) !== i;
      if (!kpiIds.has(e.kpiId) || twice) refuse(['kpiEffects', i, 'kpiId']);
    });
    steps.forEach((s, i) => {
      if (!s || s.workspaceId !== current.workspaceId) refuse(['stepIds', i]);
    });
    if (issues.length > 0) throw new z.ZodError(issues as z.core.$ZodIssue[]);
    const now = ctx.now();
    const next = useCaseSchema.parse({
      ...current,
      ...fields,
      stepIds: [...new Set(fields.stepIds)],
      updatedAt: now,
    });
    const change = { current, next, now };
    await putChanged(db, ctx, db.useCases, change, factsOf('useCase', next, next.title));
  });
}

/**
 * Adds an editable copy of a catalogue entry, in the language shown, anchored on a step:
 * internal scope on an internal workflow, external on a customer journey.
 */
export async function addUseCaseFromCatalogue(
  db: ClarteDatabase,
  ctx: ChangeContext,
  stepId: string,
  entryId: string,
  language: Language,
): Promise<string> {
  const entry = findCatalogueEntry(entryId);
  if (!entry) {
    throw new z.ZodError([
      { code: 'custom', path: ['entryId'], message: 'errors.invalid', input: entryId },
    ]);
  }
  return db.transaction(
    'rw',
    [db.useCases, db.workspaces, db.workflows, db.steps, db.audit],
    async () => {
      const step = await db.steps.get(stepId);
      if (!step) throw new Error(`No step ${stepId}`);
      const [workspace, workflow] = await Promise.all([
        db.workspaces.get(step.workspaceId),
        db.workflows.get(step.workflowId),
      ]);
      if (!workspace || !workflow) throw new Error(`No workflow for step ${stepId}`);
      const text = catalogueText(entry, language);
      const now = ctx.now();
      const useCase = useCaseSchema.parse({
        id: ctx.newId(),
        workspaceId: step.workspaceId,
        title: text.title,
        description: text.description,
        scope: workflow.kind === 'journey' ? 'external' : 'internal',
        stepIds: [stepId],
        status: 'idea',
        createdAt: now,
        updatedAt: now,
      });
      await addRecorded(db, ctx, now, db.useCases, useCase, {
        ...factsOf('useCase', useCase, useCase.title),
        after: toJson({
          catalogueEntry: entry.id,
          title: useCase.title,
          scope: useCase.scope,
          stepIds: useCase.stepIds,
        }),
      });
      return useCase.id;
    },
  );
}
