import { describe, expect, it } from 'vitest';
import { headerSetKey, readRemembered } from './import-memory';

const remembered = {
  headers: ['Titre', 'Statut'],
  columns: ['title', 'status'],
  values: { scope: {}, status: { haute: 'planned' } },
  duplicates: 'update',
};

describe('choices remembered per set of headers', () => {
  it('one key for the same headers written differently; another for another set or order', () => {
    expect(headerSetKey([' Titre', 'STATUT'])).toBe(headerSetKey(['titre', 'Statut ']));
    expect(headerSetKey(['Titre', 'Statut'])).not.toBe(headerSetKey(['Statut', 'Titre']));
    expect(headerSetKey(['Titre'])).not.toBe(headerSetKey(['Titre', 'Statut']));
  });

  it('reads back what was stored, for these headers only', () => {
    const text = JSON.stringify(remembered);
    expect(readRemembered(text, ['titre', 'statut'])).toEqual(remembered);
    expect(readRemembered(text, ['Titre', 'Owner'])).toBeNull();
  });

  it('ignores a stored value that is damaged or not ours', () => {
    expect(readRemembered('{', ['Titre', 'Statut'])).toBeNull();
    expect(readRemembered(42, ['Titre', 'Statut'])).toBeNull();
    const wrong = { ...remembered, columns: ['title', 'colour'] };
    expect(readRemembered(JSON.stringify(wrong), ['Titre', 'Statut'])).toBeNull();
  });
});
