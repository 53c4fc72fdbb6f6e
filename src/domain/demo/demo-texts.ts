/**
 * The demo's texts are data, one JSON file per language (texts/en.json, texts/fr.json), read
 * through one schema: every table is keyed by the structural keys of demo-structure.ts,
 * demo-use-cases.ts and demo-scores.ts, so a language file that misses or invents an entry is
 * refused when it is read (and by the test that reads both).
 */
import * as z from 'zod';
import type { Language } from '../schema/common';
import { criterionIdSchema } from '../schema/criterion';
import { SCORECARD_SPECS } from './demo-scores';
import {
  DEPARTMENT_KEYS,
  FRICTION_SPECS,
  INITIATIVE_KEYS,
  KPI_SPECS,
  PARTICIPANT_SPECS,
  WORKFLOW_SPECS,
} from './demo-structure';
import { USE_CASE_SPECS } from './demo-use-cases';
import en from './texts/en.json';
import fr from './texts/fr.json';

const text = z.string().max(2000);
const named = z.strictObject({ name: text.min(1), description: text });

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
  departments: z.record(z.enum(DEPARTMENT_KEYS), text.min(1)),
  initiatives: z.record(z.enum(INITIATIVE_KEYS), named),
  kpis: z.record(
    z.enum(KPI_SPECS.map((k) => k.key)),
    z.strictObject({ name: text.min(1), unit: text }),
  ),
  workflows: z.record(z.enum(WORKFLOW_SPECS.map((w) => w.key)), named),
  steps: z.record(
    z.enum(WORKFLOW_SPECS.flatMap((w) => w.steps.map((s) => s.key))),
    z.strictObject({ name: text.min(1), frequency: text }),
  ),
  frictions: z.record(z.enum(FRICTION_SPECS.map((f) => f.key)), text.min(1)),
  participantRoles: z.record(z.enum(PARTICIPANT_SPECS.map((p) => p.key)), text.min(1)),
  useCases: z.record(z.enum(USE_CASE_SPECS.map((u) => u.key)), useCaseTextsSchema),
  /** Now, Next, Later. */
  waves: z.tuple([text.min(1), text.min(1), text.min(1)]).readonly(),
  /**
   * The evidence behind each score, per scorecard and criterion. Every scored criterion has
   * one (checked by the tests); an unset criterion may say why it is not scored yet.
   */
  rationales: z.record(
    z.enum(SCORECARD_SPECS.map((s) => s.key)),
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
