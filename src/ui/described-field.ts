import type { FieldValues, Path, RegisterOptions, UseFormReturn } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { fieldOf } from './form-field';

/**
 * The props of a form's fields named by their text keys: `describe('owner')` gives the label
 * `<area>.owner`, the hint `<area>.ownerHint` and the field's binding (fieldOf); the key is the
 * field's last name part unless given (`describe('humanLoop.howToPause')`: `<area>.howToPause`).
 */
export function describedFields<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  t: TFunction,
  area: string,
) {
  return (name: Path<Input>, options?: RegisterOptions<Input, Path<Input>>) => {
    const key = name.split('.').at(-1) ?? name;
    return {
      label: t(`${area}.${key}`),
      hint: t(`${area}.${key}Hint`),
      ...fieldOf(form, name, options),
    };
  };
}
