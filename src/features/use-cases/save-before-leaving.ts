import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** For "Save and leave": saves the form's values; true once saved, false when a field is invalid. */
export async function saveBeforeLeaving<Input extends FieldValues, Output extends FieldValues>(
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
