import { describe, expect, it } from 'vitest';
import { findTitles, foldTitles } from './find-titles';

const TITLES = foldTitles([
  { id: 'a', title: 'Détection de fraude' },
  { id: 'b', title: 'Fraud detection on invoices' },
  { id: 'c', title: 'Chatbot RH' },
  { id: 'd', title: 'Résumé des réclamations' },
]);

describe('findTitles', () => {
  it('finds every word, accents and case ignored, in the order given', () => {
    expect(findTitles(TITLES, 'DETECTION', 10).found.map((t) => t.id)).toEqual(['a', 'b']);
    expect(findTitles(TITLES, 'fraud invoices', 10).found.map((t) => t.id)).toEqual(['b']);
    expect(findTitles(TITLES, 'reclamation', 10).found.map((t) => t.title)).toEqual([
      'Résumé des réclamations',
    ]);
  });

  it('keeps at most the limit and counts every match', () => {
    expect(findTitles(TITLES, '', 2)).toEqual({ found: [TITLES[0], TITLES[1]], total: 4 });
    expect(findTitles(TITLES, 'zzz', 2)).toEqual({ found: [], total: 0 });
  });
});
