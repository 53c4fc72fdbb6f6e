import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { errorKeyOf, fieldErrorKey, fieldIssue } from './field-error';

function firstIssue(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  const issue = result.error.issues[0]!;
  return { type: issue.code, message: issue.message };
}

describe('fieldErrorKey', () => {
  it("keeps the schema's own message key", () => {
    const schema = z.string().min(1, { error: 'errors.required' });
    expect(fieldErrorKey(firstIssue(schema, ''))).toBe('errors.required');
  });

  it("never returns zod's raw English for a number that is not one", () => {
    const issue = firstIssue(z.number(), Number.NaN);
    expect(issue.message).toMatch(/expected number/i);
    expect(fieldErrorKey(issue)).toBe('errors.invalid');
  });

  it('names a number too large or too small by key', () => {
    expect(fieldErrorKey(firstIssue(z.number().max(10), 11))).toBe('errors.tooLarge');
    expect(fieldErrorKey(firstIssue(z.number().min(1), 0))).toBe('forms.tooSmall');
  });

  it('falls back to the generic key for an unknown error', () => {
    expect(fieldErrorKey({ type: 'validate', message: 'Something in English' })).toBe(
      'errors.invalid',
    );
    expect(fieldErrorKey({})).toBe('errors.invalid');
  });
});

describe('errorKeyOf and fieldIssue', () => {
  it("turns a refused change into its first issue's key", () => {
    const refused = z.object({ name: z.string().min(1, { error: 'errors.required' }) }).safeParse({
      name: '',
    });
    expect(errorKeyOf(refused.error)).toBe('errors.required');
    expect(errorKeyOf(new Error('not zod'))).toBe('errors.invalid');
  });

  it('gives no issue for an accepted value and a keyed issue for a refused one', () => {
    expect(fieldIssue(z.number().max(10), 3)).toBeNull();
    expect(fieldErrorKey(fieldIssue(z.number().max(10), 11)!)).toBe('errors.tooLarge');
  });
});
