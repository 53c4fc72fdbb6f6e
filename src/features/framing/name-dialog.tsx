import { useTranslation } from 'react-i18next';
import { initiativeFormSchema, type InitiativeForm } from '../../db/repositories/framing';
import { FormDialog, type EditDialogProps, useEditForm } from '../../ui/form-dialog';
import { TextAreaField, TextField, fieldOf } from '../../ui/form-field';

/** A department or an initiative, as stored in the workspace. */
export interface NamedItem {
  id: string;
  name: string;
  description?: string;
}

interface Props extends EditDialogProps<InitiativeForm, InitiativeForm, NamedItem> {
  nameLabel: string;
  /** Shows a description field too (initiatives). */
  withDescription: boolean;
}

/** A name (and, for an initiative, a description): departments and initiatives. */
export function NameDialog(props: Props) {
  const { t } = useTranslation();
  const form = useEditForm(initiativeFormSchema, props.initial);
  return (
    <FormDialog {...props} form={form}>
      <TextField label={props.nameLabel} {...fieldOf(form, 'name')} autoFocus />
      {props.withDescription ? (
        <TextAreaField
          label={t('framing.initiativeDescription')}
          {...fieldOf(form, 'description')}
        />
      ) : null}
    </FormDialog>
  );
}
