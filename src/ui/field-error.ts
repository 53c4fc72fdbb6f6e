import * as z from 'zod';

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

/** The issue react-hook-form would keep of one zod issue. */
function issueOf(issue: z.core.$ZodIssue): FieldIssue {
  return { type: issue.code, message: issue.message };
}

/** The message key of a refused change's first issue (e.g. a repository's parse), else generic. */
export function errorKeyOf(error: unknown): string {
  const first = error instanceof z.ZodError ? error.issues[0] : undefined;
  return first ? fieldErrorKey(issueOf(first)) : 'errors.invalid';
}

/**
 * A value checked against one field's schema: null when accepted, else the issue to show next to
 * the field (useErrorText turns it into "Field: message" in the UI language).
 */
export function fieldIssue(schema: z.ZodType, value: unknown): FieldIssue | null {
  const result = schema.safeParse(value);
  const first = result.success ? undefined : result.error.issues[0];
  return first ? issueOf(first) : null;
}

/** Each field's first issue of a refused form, by the field's name (its path's first part). */
export function issuesByField(error: z.ZodError): Record<string, FieldIssue> {
  const issues: Record<string, FieldIssue> = {};
  for (const issue of error.issues) issues[String(issue.path[0])] ??= issueOf(issue);
  return issues;
}
