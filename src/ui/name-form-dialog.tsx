import * as z from 'zod';
import { nameSchema, textSchema } from '../domain/schema/common';
import { FormDialog, type EditDialogProps, useEditForm } from './form-dialog';
import { TextAreaField, TextField, fieldOf } from './form-field';

/** A name and, where the thing has one, a description. */
export const nameFieldsSchema = z.strictObject({
  name: nameSchema,
  description: textSchema.default(''),
});
export type NameFields = z.output<typeof nameFieldsSchema>;

interface Props<R> extends EditDialogProps<z.input<typeof nameFieldsSchema>, NameFields, R> {
  nameLabel: string;
  /** Shows a description field too, under this label (initiatives, workflows, journeys). */
  descriptionLabel?: string | undefined;
}

/**
 * The name (and description) of a named thing: a department, an initiative, a workflow or a
 * customer journey, a weight set.
 */
export function NameFormDialog<R = never>(props: Props<R>) {
  const form = useEditForm(nameFieldsSchema, props.initial);
  return (
    <FormDialog {...props} form={form}>
      <TextField label={props.nameLabel} {...fieldOf(form, 'name')} autoFocus />
      {props.descriptionLabel ? (
        <TextAreaField label={props.descriptionLabel} {...fieldOf(form, 'description')} />
      ) : null}
    </FormDialog>
  );
}
