import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '../../ui/button';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard';

/** For "Save and leave": saves the form's values; true once saved, false when a field is invalid. */
async function saveBeforeLeaving<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  save: (values: Output) => Promise<void>,
): Promise<boolean> {
  let done = false;
  await form.handleSubmit(async (values) => {
    await save(values);
    done = true;
  })();
  return done;
}

/**
 * The save bar of a tab's form (qualification, estimate, scores): what it says about the changes,
 * the submit button (enabled once something changed), and the guard that asks before the changes
 * are left (stay, leave without saving, save and leave).
 */
export function FormSaveBar<Input extends FieldValues, Output extends FieldValues>(props: {
  form: UseFormReturn<Input, unknown, Output>;
  save: (values: Output) => Promise<void>;
  label: string;
  className: string | undefined;
  status?: ReactNode;
  /** The guard's title and message, when not the default ones. */
  guard?: { title: string; message: string };
}) {
  const { isDirty, isSubmitting } = props.form.formState;
  return (
    <>
      <div className={props.className}>
        {props.status}
        <Button type="submit" variant="primary" isDisabled={isSubmitting || !isDirty}>
          {props.label}
        </Button>
      </div>
      <UnsavedChangesGuard
        isDirty={isDirty && !isSubmitting}
        title={props.guard?.title}
        message={props.guard?.message}
        onSave={() => saveBeforeLeaving(props.form, props.save)}
      />
    </>
  );
}
