import { describe, expect, it } from 'vitest';
import './zod-without-jit';
import * as z from 'zod';

describe('zod without JIT', () => {
  it('is configured jitless for every schema, set before zod is loaded', () => {
    expect(z.config().jitless).toBe(true);
    // A strict object still parses and refuses as it should without compiled parsers.
    const schema = z.strictObject({ a: z.number() });
    expect(schema.parse({ a: 1 })).toEqual({ a: 1 });
    expect(schema.safeParse({ a: 1, b: 2 }).success).toBe(false);
  });
});
