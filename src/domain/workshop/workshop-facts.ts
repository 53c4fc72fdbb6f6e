import { detectKpiConflicts, openConflicts, type KpiConflict } from '../conflicts/kpi-conflicts';
import { decideWithParticipants, type WorkspaceDecision } from '../decision/decide-workspace';
import type { Decision } from '../schema/decision';
import type { ParkingItem } from '../schema/parking-lot';
import type { Participant } from '../schema/participant';
import type { Wave } from '../schema/roadmap';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Friction, Step, Workflow } from '../schema/workflow';
import type { Workspace } from '../schema/workspace';
import type { Workshop } from '../schema/workshop';
import { divergenceKey, listDivergences, type Divergence } from '../scoring/divergences';
import type { ProgressInput } from './progress';

/** Every record of a workspace a workshop looks at (the audit trail aside). */
export interface WorkshopRecords {
  workspace: Workspace;
  participants: Participant[];
  workflows: Workflow[];
  steps: Step[];
  frictions: Friction[];
  useCases: UseCase[];
  scorecards: Scorecard[];
  decisions: Decision[];
  waves: Wave[];
  workshops: Workshop[];
  parkingLot: ParkingItem[];
}

/** What the workshop shows, all read from the decision function and the divergence functions. */
export interface WorkshopFacts {
  decision: WorkspaceDecision;
  /** Divergences (spread >= 2) the group has not resolved yet, most divergent first. */
  divergencesToDiscuss: Divergence[];
  conflicts: KpiConflict[];
  openConflicts: KpiConflict[];
  progressInput: ProgressInput;
}

/** The decisions in force: not withdrawn. */
export function activeDecisions(decisions: readonly Decision[]): Decision[] {
  return decisions.filter((d) => d.withdrawnAt === null);
}

/** The decision of the workspace and the counts the workshop's progress is made of. */
export function workshopFacts(records: WorkshopRecords): WorkshopFacts {
  const { workspace } = records;
  const active = activeDecisions(records.decisions);
  const decision = decideWithParticipants({ ...records, decisions: active });
  const resolved = new Set(
    active.flatMap((d) =>
      d.kind === 'divergenceResolution' ? [divergenceKey(d.useCaseId, d.criterion)] : [],
    ),
  );
  const divergencesToDiscuss = listDivergences(
    records.useCases,
    records.scorecards,
    records.participants.map((p) => p.id),
    workspace.language,
  ).filter((d) => !resolved.has(divergenceKey(d.useCaseId, d.criterion)));
  const topK = decision.ranked.slice(0, workspace.topK).map((d) => d.id);
  const conflicts = detectKpiConflicts({
    kpis: workspace.kpis,
    useCases: records.useCases,
    groups: [topK, ...records.waves.map((w) => w.useCaseIds)],
  });
  const arbitrated = new Set(
    active.flatMap((d) => (d.kind === 'kpiArbitration' ? [d.conflictKey] : [])),
  );
  const open = openConflicts(conflicts, arbitrated);
  return {
    decision,
    divergencesToDiscuss,
    conflicts,
    openConflicts: open,
    progressInput: {
      workspace,
      participants: records.participants.length,
      workflows: records.workflows,
      steps: records.steps,
      frictions: records.frictions.length,
      useCases: records.useCases,
      decision,
      divergencesToDiscuss: divergencesToDiscuss.length,
      openConflicts: open.length,
      waves: records.waves,
    },
  };
}
