/**
 * The language-neutral skeleton of the demo workspace, data/skeleton.json: which records exist,
 * in which order (the order gives the ids), how they refer to each other by key, and every
 * number. The texts are in one file per language keyed by the same keys (data/en.json,
 * data/fr.json, read by demo-texts.ts), so both languages always have the same records, the same
 * ids order and the same scores.
 *
 * Scores: one scorecard per (use case, participant), integers 1..5, null = left unset. Reading
 * guide (overall / value / feasibility with equal weights and the mean): invoice capture is the
 * clear quick win; instant quotes and the churn early warning are strategic bets; password reset,
 * ticket triage and approval routing are fill-ins; fast account opening and the regulatory watch
 * are to deprioritise. The service chatbot and the churn early warning carry divergences of 2
 * between raters. Financial inputs as in SCORING.md section 11, null = not estimated. An empty
 * owner, a use case without scores and half-scored ones are gaps the demo shows on purpose.
 */
import * as z from 'zod';
import { finiteNumber, isoDateSchema, optionalNameSchema } from '../schema/common';
import { criterionIdSchema, rawScoreSchema } from '../schema/criterion';
import {
  automationLevelSchema,
  financialEstimateSchema,
  kpiEffectSchema,
  scopeSchema,
  useCaseStatusSchema,
} from '../schema/use-case';
import {
  frictionSchema,
  journeyPhaseSchema,
  stepKindSchema,
  workflowSchema,
} from '../schema/workflow';
import { kpiSchema } from '../schema/workspace';
import file from './data/skeleton.json';

/** A record's key in the data files: the texts of each language are filed under it. */
const keySchema = z.string().regex(/^[a-z][A-Za-z]{0,63}$/);
const keysSchema = z.array(keySchema).max(50);

const stepSpecSchema = z.strictObject({
  key: keySchema,
  /** A step of an internal workflow has a kind, a step of the customer journey a phase. */
  kind: stepKindSchema.nullable(),
  phase: journeyPhaseSchema.nullable(),
  department: keySchema,
  owner: optionalNameSchema,
  yearlyVolume: z.number().int().min(0).nullable(),
});

const useCaseSpecSchema = z.strictObject({
  key: keySchema,
  scope: scopeSchema,
  status: useCaseStatusSchema,
  steps: keysSchema.min(1),
  /** A person's name, the same in both languages; empty: not named yet. */
  owner: optionalNameSchema,
  automationLevel: automationLevelSchema.nullable(),
  measure: z.strictObject({
    kpi: keySchema.nullable(),
    baseline: finiteNumber.nullable(),
    target: finiteNumber.nullable(),
    reviewDate: isoDateSchema.nullable(),
  }),
  effects: z.array(z.strictObject({ kpi: keySchema, effect: kpiEffectSchema.shape.effect })),
  financial: financialEstimateSchema.omit({ currency: true }),
});

/** A table of the skeleton: its rows, each with its key and these fields. */
function rowsOf<T extends z.core.$ZodLooseShape>(fields: T, max: number) {
  return z.array(z.strictObject({ key: keySchema, ...fields })).max(max);
}

const shapeSchema = z.strictObject({
  departments: keysSchema.min(1),
  initiatives: keysSchema,
  kpis: rowsOf(
    { department: keySchema, direction: kpiSchema.shape.direction, baseline: finiteNumber },
    50,
  ),
  workflows: rowsOf(
    { kind: workflowSchema.shape.kind, steps: z.array(stepSpecSchema).min(1).max(50) },
    20,
  ),
  frictions: rowsOf(
    { step: keySchema, severity: frictionSchema.shape.severity, kpis: keysSchema },
    100,
  ),
  /** name null: the facilitator, named by the one who builds the demo. */
  participants: rowsOf({ name: optionalNameSchema.min(1).nullable(), department: keySchema }, 20),
  useCases: z.array(useCaseSpecSchema).max(100),
  scorecards: z
    .array(
      z.strictObject({
        useCase: keySchema,
        participant: keySchema,
        scores: z.record(criterionIdSchema, rawScoreSchema.nullable()),
      }),
    )
    .max(500),
});
type Skeleton = z.output<typeof shapeSchema>;
export type ScorecardSpec = Skeleton['scorecards'][number];

/** The key a scorecard's rationales are filed under in the texts. */
export function scorecardKeyOf(card: Pick<ScorecardSpec, 'useCase' | 'participant'>): string {
  return `${card.useCase}/${card.participant}`;
}

/** The keys of a skeleton's table, in order. */
export function keysOf(rows: readonly { key: string }[]): string[] {
  return rows.map((row) => row.key);
}

type Report = (path: PropertyKey[], message: string) => void;

/** Every key is unique in its table and every reference names a record of the skeleton. */
function checkReferences(s: Skeleton, report: Report): void {
  const table = (name: string, keys: readonly string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) report([name], `"${key}" is used twice in ${name}`);
      seen.add(key);
    }
    return (path: PropertyKey[], key: string | null) => {
      if (key !== null && !seen.has(key)) report(path, `"${key}" is not one of the ${name}`);
    };
  };
  const department = table('departments', s.departments);
  table('initiatives', s.initiatives);
  const kpi = table('kpis', keysOf(s.kpis));
  table('workflows', keysOf(s.workflows));
  const step = table(
    'steps',
    s.workflows.flatMap((w) => keysOf(w.steps)),
  );
  table('frictions', keysOf(s.frictions));
  const participant = table('participants', keysOf(s.participants));
  const useCase = table('useCases', keysOf(s.useCases));
  table('scorecards', s.scorecards.map(scorecardKeyOf));

  s.kpis.forEach((k, i) => department(['kpis', i, 'department'], k.department));
  s.workflows.forEach((w, i) =>
    w.steps.forEach((x, j) => {
      department(['workflows', i, 'steps', j, 'department'], x.department);
      const journey = w.kind === 'journey';
      if ((x.phase !== null) !== journey || (x.kind !== null) === journey) {
        report(['workflows', i, 'steps', j], 'a journey step has a phase, an internal one a kind');
      }
    }),
  );
  s.frictions.forEach((f, i) => {
    step(['frictions', i, 'step'], f.step);
    f.kpis.forEach((key, j) => kpi(['frictions', i, 'kpis', j], key));
  });
  s.participants.forEach((p, i) => department(['participants', i, 'department'], p.department));
  s.useCases.forEach((u, i) => {
    u.steps.forEach((key, j) => step(['useCases', i, 'steps', j], key));
    kpi(['useCases', i, 'measure', 'kpi'], u.measure.kpi);
    u.effects.forEach((e, j) => kpi(['useCases', i, 'effects', j, 'kpi'], e.kpi));
  });
  s.scorecards.forEach((c, i) => {
    useCase(['scorecards', i, 'useCase'], c.useCase);
    participant(['scorecards', i, 'participant'], c.participant);
  });
}

export const demoSkeletonSchema = shapeSchema.superRefine((skeleton, ctx) =>
  checkReferences(skeleton, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
);
export type DemoSkeleton = z.output<typeof demoSkeletonSchema>;

/** The demo's skeleton, checked by the schema when this module is loaded. */
export const DEMO_SKELETON: DemoSkeleton = demoSkeletonSchema.parse(file);
