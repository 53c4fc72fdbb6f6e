import { describe, expect, it } from 'vitest';
import { foldText, matchesKey, matchesQuery, queryWords, searchKey } from './fold-text';

describe('search', () => {
  it('ignores case and accents both ways', () => {
    expect(foldText('Veille Réglementaire')).toBe('veille reglementaire');
    expect(matchesQuery('reglementaire', ['Veille réglementaire assistée'])).toBe(true);
    expect(matchesQuery('RÉGLEMENTAIRE', ['Veille reglementaire'])).toBe(true);
  });

  it('needs every word, in any of the texts', () => {
    expect(matchesQuery('facture ocr', ['Extraction des factures', 'ocr, finance'])).toBe(true);
    expect(matchesQuery('facture chatbot', ['Extraction des factures'])).toBe(false);
    expect(matchesQuery('   ', ['anything'])).toBe(true);
  });

  it('filters on a key folded once as the query would be', () => {
    const key = searchKey(['Veille Réglementaire', 'Juridique']);
    expect(matchesKey(queryWords('reglem JURID'), key)).toBe(true);
    expect(matchesKey(queryWords('reglem finance'), key)).toBe(false);
    expect(queryWords('  ')).toEqual([]);
  });
});
