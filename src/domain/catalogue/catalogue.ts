import type { Language } from '../schema/common';
import type { Step } from '../schema/workflow';
import type { CatalogueEntry, CatalogueTag, CatalogueText } from './catalogue-entry';
import { INTERNAL_CATALOGUE } from './catalogue-internal';
import { JOURNEY_CATALOGUE } from './catalogue-journey';

/** The starter catalogue of typical AI/automation use cases (PRODUCT.md workshop step 4). */
export const CATALOGUE: readonly CatalogueEntry[] = [...INTERNAL_CATALOGUE, ...JOURNEY_CATALOGUE];

/** The tag a step is matched on: its phase on a journey, its kind on an internal workflow. */
export function tagOfStep(step: Pick<Step, 'phase' | 'kind'>): CatalogueTag | null {
  return step.phase ?? step.kind;
}

/** The entries that fit a step: those tagged with its kind or phase; none when it has neither. */
export function suggestForStep(step: Pick<Step, 'phase' | 'kind'>): CatalogueEntry[] {
  const tag = tagOfStep(step);
  return tag ? CATALOGUE.filter((entry) => entry.fits.includes(tag)) : [];
}

export function catalogueText(entry: CatalogueEntry, language: Language): CatalogueText {
  return entry[language];
}

export function findCatalogueEntry(id: string): CatalogueEntry | null {
  return CATALOGUE.find((entry) => entry.id === id) ?? null;
}
