import { describe, expect, it } from 'vitest';
import { buildLargeWorkspace } from '../demo/large-workspace';
import { titleRanksOf } from './title-order';

interface Titled {
  id: string;
  title: string;
}

/** The ranks by the definition: a full sort with Intl.Collator, then id; equal pairs share. */
function collatorRanks(list: readonly Titled[], locale: string): number[] {
  const collator = new Intl.Collator(locale);
  const compare = (a: Titled, b: Titled) =>
    collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = list.map((item, i) => ({ item, i })).sort((a, b) => compare(a.item, b.item));
  const ranks = new Array<number>(list.length);
  sorted.forEach(({ item, i }, p) => {
    const before = sorted[p - 1];
    ranks[i] = before && compare(before.item, item) === 0 ? (ranks[before.i] as number) : p;
  });
  return ranks;
}

/** Titles a person types: case, accents, punctuation, digits, doubles, other scripts. */
const MIXED = [
  'Relancer les factures',
  'relancer les factures',
  'Relancer les factures ',
  'Résumer les réclamations',
  'Resumer les reclamations',
  'Éditer le devis',
  'editer le devis',
  'Œuvre client',
  'oeuvre client',
  'e-mail triage',
  'E mail triage',
  'email triage',
  'Email #2',
  'Email #10',
  'Chatbot (FAQ)',
  'chatbot – FAQ',
  "L'agent",
  'L’agent',
  'Ωmega',
  'Zèbre',
  '',
];

describe('titleRanksOf (SCORING.md section 7, title then id)', () => {
  it.each(['en', 'fr'])('gives the ranks of a full Intl.Collator(%s) sort', (locale) => {
    const generated = buildLargeWorkspace({
      useCases: 3000,
      steps: 10,
      seed: 3,
      now: '2026-12-01T09:00:00.000Z',
      language: locale === 'fr' ? 'fr' : 'en',
    }).useCases.map(({ id, title }) => ({ id, title }));
    // Mixed titles, each twice under two ids and once under a shared id (a true tie).
    const mixed = MIXED.flatMap((title, i) => [
      { id: `m${i}`, title },
      { id: `n${i}`, title },
      { id: 'same', title },
    ]);
    const list = [...generated, ...mixed, ...mixed.slice(0, 9)];
    expect([...titleRanksOf(list, locale)]).toEqual(collatorRanks(list, locale));
  });

  it('serves a new list of the same titles, and orders again when a title changes', () => {
    const list = MIXED.map((title, i) => ({ id: `u${i}`, title }));
    const first = titleRanksOf(list, 'fr');
    // A new read of the same records: the same order, not sorted again.
    expect(titleRanksOf(structuredClone(list), 'fr')).toBe(first);
    // Renamed: "Zèbre" becomes "Abeille", first of all.
    const renamed = list.map((u) => (u.title === 'Zèbre' ? { ...u, title: 'Abeille' } : u));
    const ranks = titleRanksOf(renamed, 'fr');
    expect([...ranks]).toEqual(collatorRanks(renamed, 'fr'));
    expect(ranks[MIXED.indexOf('Zèbre')]).toBe(1); // after the empty title
    // Another language orders again too.
    expect([...titleRanksOf(renamed, 'en')]).toEqual(collatorRanks(renamed, 'en'));
  });
});
