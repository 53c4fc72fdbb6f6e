import { describe, expect, it } from 'vitest';
import { demoTextsOf, demoTextsSchema } from './demo-texts';
import en from './data/en.json';
import fr from './data/fr.json';

/** Every path of a JSON value down to its leaves, arrays as one leaf ("tags" may differ). */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => pathsOf(inner, `${prefix}/${key}`));
}

/** The paths whose text is empty: a qualification gap the demo shows in both languages. */
function emptyPathsOf(value: unknown, prefix = ''): string[] {
  if (value === '') return [prefix];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => emptyPathsOf(inner, `${prefix}/${key}`));
}

describe('the demo texts, one JSON file per language', () => {
  it('reads both languages through the schema', () => {
    expect(demoTextsOf('en').workspace.name).toBe('Demo – Maison Delorme Distribution');
    expect(demoTextsOf('fr').workspace.name).toBe('Démo – Maison Delorme Distribution');
    expect(demoTextsOf('en').waves).toEqual(['Now', 'Next', 'Later']);
  });

  it('has the same keys and shape in French and in English', () => {
    expect(pathsOf(fr).sort()).toEqual(pathsOf(en).sort());
    expect(Object.keys(en.useCases)).toHaveLength(15);
  });

  it('leaves the same fields empty in both languages (the demo’s qualification gaps)', () => {
    expect(emptyPathsOf(fr).sort()).toEqual(emptyPathsOf(en).sort());
  });

  it('refuses a language file that misses or invents an entry', () => {
    const frictions: Record<string, string> = { ...en.frictions };
    delete frictions.churnSeenTooLate;
    expect(demoTextsSchema.safeParse({ ...en, frictions }).success).toBe(false);
    const invented = { ...en, departments: { ...en.departments, marketing: 'Marketing' } };
    expect(demoTextsSchema.safeParse(invented).success).toBe(false);
  });
});
