import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import {
  addParticipant,
  participantFieldsSchema,
  updateParticipant,
} from '../../db/repositories/participants';
import type { Participant } from '../../domain/schema/participant';
import type { Workspace } from '../../domain/schema/workspace';
import { FormDialog, useEditForm, type OpenDialogProps } from '../../ui/form-dialog';
import { SelectField, TextField, fieldOf } from '../../ui/form-field';
import { fieldsOf } from '../../ui/use-record-as-opened';
import { useToast } from '../../ui/toast';

/** The form's fields: the department is a select whose "none" option is the empty string. */
const formSchema = z.strictObject({
  name: participantFieldsSchema.shape.name,
  departmentId: z.string(),
  role: z.string().pipe(participantFieldsSchema.shape.role.unwrap()),
});
type FormInput = z.input<typeof formSchema>;
type Form = z.output<typeof formSchema>;

interface Props extends OpenDialogProps {
  workspace: Workspace;
  /** null: a new participant. */
  participant: Participant | null;
}

function participantFormOf(participant: Participant | null): FormInput {
  return {
    name: participant?.name ?? '',
    departmentId: participant?.departmentId ?? '',
    role: participant?.role ?? '',
  };
}

/** Adds a participant, or renames one and changes their department or role. */
export function ParticipantDialog({ workspace, participant, isOpen, onOpenChange }: Props) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const form = useEditForm(formSchema, participantFormOf(participant));
  const { errors } = form.formState;
  const save = async (values: Form, seen?: Participant) => {
    const fields = { ...values, departmentId: values.departmentId || null };
    try {
      if (participant) {
        const asSeen = seen && fieldsOf(seen, ['name', 'departmentId', 'role']);
        await updateParticipant(database(), change(), participant.id, fields, asSeen);
      } else await addParticipant(database(), change(), workspace.id, fields);
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error;
      for (const issue of error.issues) {
        const field = issue.path[0] === 'departmentId' ? 'departmentId' : 'name';
        form.setError(field, { message: issue.message });
      }
      return false;
    }
    toast({ message: t('participants.saved', { name: values.name.trim() }) });
    return true;
  };
  const translated = (message: string | undefined) =>
    message === 'participants.nameTaken' ? { type: 'custom', message: t(message) } : undefined;

  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={participant ? t('participants.editTitle') : t('participants.addTitle')}
      form={form}
      onSubmit={save}
      stale={participant ? { seen: participant, toForm: participantFormOf } : undefined}
      submitLabel={participant ? t('common.save') : t('participants.add')}
    >
      <TextField
        label={t('participants.name')}
        error={translated(errors.name?.message) ?? errors.name}
        registration={form.register('name')}
        autoFocus
      />
      <SelectField
        label={t('participants.department')}
        {...fieldOf(form, 'departmentId')}
        options={[
          { value: '', label: t('participants.noDepartment') },
          ...workspace.departments.map((d) => ({ value: d.id, label: d.name })),
        ]}
      />
      <TextField
        label={t('participants.role')}
        hint={t('participants.roleHint')}
        {...fieldOf(form, 'role')}
      />
    </FormDialog>
  );
}
