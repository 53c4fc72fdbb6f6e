/**
 * The demo's texts are data, one JSON file per language (data/en.json, data/fr.json), read
 * through one schema: every table is keyed by the keys of the skeleton (data/skeleton.json, read
 * by demo-skeleton.ts), so a language file that misses or invents an entry is refused when it is
 * read (and by the test that reads both).
 */
import * as z from 'zod';
import type { Language } from '../schema/common';
import { criterionIdSchema } from '../schema/criterion';
import { DEMO_SKELETON as skeleton, keysOf, scorecardKeyOf } from './demo-skeleton';
import en from './data/en.json';
import fr from './data/fr.json';

const text = z.string().max(2000);
const named = z.strictObject({ name: text.min(1), description: text });

/** A table with one entry per key, no more and no less. */
function tableOf<T extends z.ZodType>(keys: readonly string[], entry: T) {
  return z.record(z.enum(keys), entry);
}

const useCaseTextsSchema = z.strictObject({
  title: text.min(1),
  description: text,
  /** Empty in both languages where the demo shows a qualification gap. */
  intention: text,
  dataSignals: text,
  exceptionOwner: text,
  howToPause: text,
  complianceNote: text,
  tags: z.array(text.min(1)).max(10).readonly(),
});

export const demoTextsSchema = z.strictObject({
  workspace: z.strictObject({ name: text.min(1), description: text, intention: text }),
  departments: tableOf(skeleton.departments, text.min(1)),
  initiatives: tableOf(skeleton.initiatives, named),
  kpis: tableOf(keysOf(skeleton.kpis), z.strictObject({ name: text.min(1), unit: text })),
  workflows: tableOf(keysOf(skeleton.workflows), named),
  steps: tableOf(
    skeleton.workflows.flatMap((w) => keysOf(w.steps)),
    z.strictObject({ name: text.min(1), frequency: text }),
  ),
  frictions: tableOf(keysOf(skeleton.frictions), text.min(1)),
  participantRoles: tableOf(keysOf(skeleton.participants), text.min(1)),
  useCases: tableOf(keysOf(skeleton.useCases), useCaseTextsSchema),
  /** Now, Next, Later. */
  waves: z.tuple([text.min(1), text.min(1), text.min(1)]).readonly(),
  /**
   * The evidence behind each score, per scorecard and criterion. Every scored criterion has
   * one (checked by the tests); an unset criterion may say why it is not scored yet.
   */
  rationales: tableOf(
    skeleton.scorecards.map(scorecardKeyOf),
    z.partialRecord(criterionIdSchema, text.min(1)),
  ),
});
export type DemoTexts = z.output<typeof demoTextsSchema>;

const FILES: Record<Language, unknown> = { en, fr };
const read = new Map<Language, DemoTexts>();

/** The demo's texts in one language, checked by the schema the first time they are read. */
export function demoTextsOf(language: Language): DemoTexts {
  let texts = read.get(language);
  if (texts === undefined) {
    texts = demoTextsSchema.parse(FILES[language]);
    read.set(language, texts);
  }
  return texts;
}

/** The entry filed under a key (the schema has checked that every key has one). */
export function textOf<T>(table: Readonly<Record<string, T>>, key: string): T {
  const entry = table[key];
  if (entry === undefined) throw new Error(`Demo texts: nothing filed under "${key}"`);
  return entry;
}
