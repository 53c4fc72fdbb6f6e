import * as z from 'zod';

/** The first message key of a refused change ("errors.required"), else the generic one. */
export function errorKeyOf(error: unknown): string {
  if (error instanceof z.ZodError) {
    const message = error.issues[0]?.message ?? '';
    if (message.startsWith('errors.')) return message;
  }
  return 'errors.invalid';
}
