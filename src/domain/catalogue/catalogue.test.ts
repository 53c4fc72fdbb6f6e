import { describe, expect, it } from 'vitest';
import { JOURNEY_PHASES, STEP_KINDS } from '../schema/workflow';
import { CATALOGUE, findCatalogueEntry, suggestForStep, tagOfStep } from './catalogue';

const TAGS: readonly string[] = [...STEP_KINDS, ...JOURNEY_PHASES];

describe('the starter catalogue', () => {
  it('holds at least 60 entries with unique ids', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
  });

  it('is complete in French and English, with different texts', () => {
    for (const entry of CATALOGUE) {
      for (const lang of ['en', 'fr'] as const) {
        expect(entry[lang].title.trim().length, `${entry.id} ${lang}`).toBeGreaterThan(5);
        expect(entry[lang].title.length).toBeLessThanOrEqual(200);
        expect(entry[lang].description.trim().length, `${entry.id} ${lang}`).toBeGreaterThan(20);
      }
      expect(entry.fr.title).not.toBe(entry.en.title);
    }
  });

  it('follows French typography: a no-break space before ; : ? !', () => {
    for (const entry of CATALOGUE) {
      expect(`${entry.fr.title} ${entry.fr.description}`).not.toMatch(/[ \S][;:?!]/u);
    }
  });

  it('tags every entry with valid step kinds or journey phases', () => {
    for (const entry of CATALOGUE) {
      expect(entry.fits.length, entry.id).toBeGreaterThan(0);
      for (const tag of entry.fits) expect(TAGS, entry.id).toContain(tag);
    }
  });

  it('has at least four entries for every kind and phase', () => {
    for (const tag of TAGS) {
      expect(CATALOGUE.filter((e) => e.fits.some((t) => t === tag)).length, tag).toBeGreaterThan(3);
    }
  });
});

describe('suggestions for a step', () => {
  it('match a journey step on its phase, an internal step on its kind', () => {
    expect(tagOfStep({ phase: 'support', kind: null })).toBe('support');
    expect(tagOfStep({ phase: null, kind: 'control' })).toBe('control');
    const support = suggestForStep({ phase: 'support', kind: null });
    expect(support.map((e) => e.id)).toContain('ticketTriage');
    expect(support.every((e) => e.fits.includes('support'))).toBe(true);
    expect(suggestForStep({ phase: null, kind: 'highVolume' }).map((e) => e.id)).toContain(
      'supplierInvoiceCapture',
    );
  });

  it('are empty for a step with neither kind nor phase', () => {
    expect(suggestForStep({ phase: null, kind: null })).toEqual([]);
  });

  it('find an entry by id', () => {
    expect(findCatalogueEntry('supplierInvoiceCapture')?.fr.title).toBe(
      'Extraction automatique des factures fournisseurs',
    );
    expect(findCatalogueEntry('nope')).toBeNull();
  });
});
