import type { JourneyPhase, StepKind } from '../schema/workflow';

/** Where a catalogue entry fits: a kind of internal step, or a phase of the customer journey. */
export type CatalogueTag = StepKind | JourneyPhase;

export interface CatalogueText {
  title: string;
  description: string;
}

/** A typical AI/automation use case of the starter catalogue, in both languages. */
export interface CatalogueEntry {
  id: string;
  fits: readonly CatalogueTag[];
  en: CatalogueText;
  fr: CatalogueText;
}

/** [id, fits, English title, English description, French title, French description] */
export type CatalogueRow = readonly [
  string,
  readonly CatalogueTag[],
  string,
  string,
  string,
  string,
];

export function entriesOf(rows: readonly CatalogueRow[]): CatalogueEntry[] {
  return rows.map(([id, fits, enTitle, enDescription, frTitle, frDescription]) => ({
    id,
    fits,
    en: { title: enTitle, description: enDescription },
    fr: { title: frTitle, description: frDescription },
  }));
}
