/** What react-hook-form keeps of a zod issue: its code (type) and its message. */
export interface FieldIssue {
  type?: string | number | undefined;
  message?: string | undefined;
}

/** Message keys by zod issue code, for issues whose schema gave no message key of its own. */
const KEY_BY_CODE: Record<string, string> = {
  invalid_type: 'errors.invalid',
  too_big: 'errors.tooLarge',
  too_small: 'forms.tooSmall',
  invalid_format: 'errors.invalid',
  invalid_value: 'errors.invalid',
  not_multiple_of: 'errors.invalid',
};

/**
 * The one mapping from a form's error to a message key (src/i18n errors.*), used by every form:
 * the schema's own key when it gave one ("errors.required"), else a key for zod's issue code;
 * never zod's raw English ("expected number, received NaN").
 */
export function fieldErrorKey(issue: FieldIssue): string {
  if (issue.message?.startsWith('errors.')) return issue.message;
  return KEY_BY_CODE[String(issue.type)] ?? 'errors.invalid';
}
