/**
 * The shape of the demo's per-language texts. Every table is keyed by the structural keys,
 * so a language file that misses or invents an entry does not type-check.
 */
import type { CriterionId } from '../schema/criterion';
import type { ScorecardKey } from './demo-scores';
import type {
  DepartmentKey,
  FrictionKey,
  InitiativeKey,
  KpiKey,
  ParticipantKey,
  StepKey,
  WorkflowKey,
} from './demo-structure';
import type { UseCaseKey } from './demo-use-cases';

export interface UseCaseTexts {
  title: string;
  description: string;
  /** Empty in both languages where the demo shows a qualification gap. */
  intention: string;
  dataSignals: string;
  exceptionOwner: string;
  howToPause: string;
  complianceNote: string;
  tags: readonly string[];
}

export interface DemoTexts {
  workspace: { name: string; description: string; intention: string };
  departments: Record<DepartmentKey, string>;
  initiatives: Record<InitiativeKey, { name: string; description: string }>;
  kpis: Record<KpiKey, { name: string; unit: string }>;
  workflows: Record<WorkflowKey, { name: string; description: string }>;
  steps: Record<StepKey, { name: string; frequency: string }>;
  frictions: Record<FrictionKey, string>;
  participantRoles: Record<ParticipantKey, string>;
  useCases: Record<UseCaseKey, UseCaseTexts>;
  /** Now, Next, Later. */
  waves: readonly [string, string, string];
}

/**
 * The evidence behind each score, per scorecard and criterion. Every scored criterion has
 * one (checked by the tests); an unset criterion may say why it is not scored yet.
 */
export type DemoRationales = Record<ScorecardKey, Partial<Record<CriterionId, string>>>;
