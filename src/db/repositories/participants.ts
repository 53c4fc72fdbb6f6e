import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { participantSchema, type Participant } from '../../domain/schema/participant';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { listParticipants } from './scorecards';
import { recordChange } from '../write';
import { addRecorded, deleteRecorded, factsOf, mustGetWorkspace } from './recorded-writes';
import { updateSeen, type RecordEdits } from './recorded-edits';
import { ofWorkspace } from './workspace-reads';

/** What a person types to add or change a participant: the entity's own fields. */
export const participantFieldsSchema = participantSchema.pick({
  name: true,
  departmentId: true,
  role: true,
});
export type ParticipantFieldsInput = z.input<typeof participantFieldsSchema>;
export type ParticipantFields = z.output<typeof participantFieldsSchema>;

/** Message key of the error raised when the name is already a participant's. */
export const NAME_TAKEN = 'participants.nameTaken';

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

function refuse(path: string, message: string): never {
  throw new z.ZodError([{ code: 'custom', path: [path], message, input: undefined }]);
}

/** Checks the fields against the workspace (department exists, name not taken); throws a ZodError. */
async function checkFields(
  db: ClarteDatabase,
  workspaceId: string,
  fields: ParticipantFields,
  selfId: string | null,
): Promise<void> {
  const workspace = await mustGetWorkspace(db, workspaceId);
  if (
    fields.departmentId !== null &&
    !workspace.departments.some((d) => d.id === fields.departmentId)
  )
    refuse('departmentId', 'errors.invalid');
  const others = (await listParticipants(db, workspaceId)).filter((p) => p.id !== selfId);
  if (others.some((p) => sameName(p.name, fields.name))) refuse('name', NAME_TAKEN);
}

/** Adds a participant to a workspace; returns its id. Two participants never share a name. */
export async function addParticipant(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  input: ParticipantFieldsInput,
): Promise<string> {
  const fields = participantFieldsSchema.parse(input);
  const participant = participantSchema.parse({ ...fields, id: ctx.newId(), workspaceId });
  await db.transaction('rw', [db.workspaces, db.participants, db.audit], async () => {
    await checkFields(db, workspaceId, fields, null);
    await addRecorded(db, ctx, ctx.now(), db.participants, participant, {
      ...factsOf('participant', participant, participant.name),
      after: toJson(fields),
    });
  });
  return participant.id;
}

/** How a participant is edited (updateSeen): the dialog's fields, checked against the workspace. */
function participantEdits(
  db: ClarteDatabase,
): RecordEdits<Participant, ParticipantFieldsInput, ParticipantFields> {
  return {
    entityType: 'participant',
    table: db.participants,
    form: participantFieldsSchema,
    schema: participantSchema,
    check: (current, fields) => checkFields(db, current.workspaceId, fields, current.id),
  };
}

/** Renames a participant or changes their department or role. */
export async function updateParticipant(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  input: ParticipantFieldsInput,
  /** The participant as the dialog opened it: changed since by another tab, the save is refused. */
  seen?: Partial<Participant>,
): Promise<void> {
  await updateSeen(db, ctx, participantEdits(db), id, input, seen);
}

/** What happens to the scorecards of a participant who is removed. */
export type ScorecardsOnRemoval = 'keep' | 'delete';

/**
 * Removes a participant. Their scorecards are either kept (they still count in the group's
 * scores, shown as a former participant's) or deleted, each with its own audit entry; the
 * caller chooses explicitly. Decisions and the audit trail are history: never touched.
 */
export async function removeParticipant(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  scorecards: ScorecardsOnRemoval,
): Promise<void> {
  z.enum(['keep', 'delete']).parse(scorecards);
  await db.transaction(
    'rw',
    [db.workspaces, db.participants, db.scorecards, db.useCases, db.audit],
    async () => {
      const current = await db.participants.get(id);
      if (!current) return;
      const now = ctx.now();
      const workspaceId = current.workspaceId;
      if (scorecards === 'delete') {
        const cards = await ofWorkspace(db.scorecards, workspaceId);
        for (const card of cards.filter((c) => c.participantId === id)) {
          const useCase = await db.useCases.get(card.useCaseId);
          await db.scorecards.delete(card.id);
          await recordChange(db, ctx, now, {
            workspaceId,
            action: 'deleted',
            entityType: 'scorecard',
            entityId: card.useCaseId,
            label: `${useCase?.title ?? card.useCaseId} · ${current.name}`,
            before: toJson(card.scores),
          });
        }
      }
      await deleteRecorded(db, ctx, now, db.participants, {
        ...factsOf('participant', current, current.name),
        before: toJson({
          name: current.name,
          departmentId: current.departmentId,
          role: current.role,
        }),
      });
    },
  );
}
