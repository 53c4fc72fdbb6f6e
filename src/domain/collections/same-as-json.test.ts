import { describe, expect, it } from 'vitest';
import { sameAsJson } from './same-as-json';

describe('sameAsJson', () => {
  it('is true for the same data, however it was built, and for a field holding undefined as absent', () => {
    expect(
      sameAsJson(
        { a: 1, b: [1, 'x', null], c: { d: true } },
        { c: { d: true }, b: [1, 'x', null], a: 1 },
      ),
    ).toBe(true);
    expect(sameAsJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameAsJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    const record = {
      id: 'u1',
      title: 'Invoice matching',
      scores: { strategicValue: { score: 4, rationale: '' } },
    };
    expect(sameAsJson(record, JSON.parse(JSON.stringify(record)))).toBe(true);
  });

  it('is false for any difference: a value, a field more or less, an order, a type', () => {
    expect(sameAsJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameAsJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameAsJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameAsJson([1, 2], [2, 1])).toBe(false);
    expect(sameAsJson([1], [1, 1])).toBe(false);
    expect(sameAsJson({ a: null }, { a: undefined })).toBe(false);
    expect(sameAsJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameAsJson([], {})).toBe(false);
    expect(sameAsJson({ a: { b: [{ c: 'x' }] } }, { a: { b: [{ c: 'y' }] } })).toBe(false);
  });
});
