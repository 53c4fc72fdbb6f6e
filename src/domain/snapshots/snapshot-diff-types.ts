import type { CriterionId } from '../schema/criterion';
import type { FrozenOverride, FrozenUseCase } from '../schema/decision-snapshot';

/**
 * Every difference names the records whose audit entries explain it (`auditIds`: the use case,
 * its scorecards, its overrides and agreements; the workspace for its settings), so that the
 * screen can open the audit trail filtered on them.
 */
interface Traced {
  auditIds: string[];
}

/** A use case ranked in both, at another decided position (1 = first). */
export interface RankMove extends Traced {
  useCaseId: string;
  title: string;
  from: number;
  to: number;
  /** The model's rank (before overrides) in each. */
  computedFrom: number | null;
  computedTo: number | null;
  overallFrom: number | null;
  overallTo: number | null;
}

/** new: not in the first at all; ranked: there, but unranked (to score, awaiting reveal). */
export interface AddedUseCase extends Traced {
  useCaseId: string;
  title: string;
  to: number | null;
  kind: 'new' | 'ranked';
}

/** deleted: not in the second at all; unranked: there, but no longer ranked. */
export interface DroppedUseCase extends Traced {
  useCaseId: string;
  title: string;
  from: number | null;
  kind: 'deleted' | 'unranked';
}

/** One participant's score that changed between the two, with when and why (their rationale). */
export interface ScoreContribution {
  scorecardId: string;
  participantId: string;
  participantName: string;
  from: number | null;
  to: number | null;
  rationale: string;
  /** When their scorecard was last saved (null when it was removed). */
  at: string | null;
}

/** The agreement in force on the criterion in the second, when it changed. */
export interface AgreementChange {
  decisionId: string;
  author: string;
  at: string;
  note: string;
  agreedScore: number;
}

/** An effective score that changed (full precision), with who changed it. */
export interface ScoreChange extends Traced {
  useCaseId: string;
  title: string;
  criterion: CriterionId;
  from: number | null;
  to: number | null;
  contributions: ScoreContribution[];
  agreement: AgreementChange | null;
  /** The agreement that ended (withdrawn or replaced), when one did. */
  agreementEnded: AgreementChange | null;
}

export interface WeightChange extends Traced {
  criterion: CriterionId;
  from: number;
  to: number;
}

export type SettingName = 'thresholdValue' | 'thresholdFeasibility' | 'aggregation' | 'topK';

export interface SettingChange extends Traced {
  setting: SettingName;
  from: number | string;
  to: number | string;
}

export interface OverrideChange extends Traced {
  overrideId: string;
  useCaseId: string;
  title: string;
  override: FrozenOverride;
}

export interface QuadrantChange extends Traced {
  useCaseId: string;
  title: string;
  from: NonNullable<FrozenUseCase['quadrant']>;
  to: NonNullable<FrozenUseCase['quadrant']>;
}

/** What changed from one decision (a snapshot) to another (a snapshot, or now). */
export interface SnapshotDiff {
  rankMoves: RankMove[];
  added: AddedUseCase[];
  dropped: DroppedUseCase[];
  scoreChanges: ScoreChange[];
  weightChanges: WeightChange[];
  settingChanges: SettingChange[];
  overridesAdded: OverrideChange[];
  overridesEnded: OverrideChange[];
  quadrantChanges: QuadrantChange[];
}
