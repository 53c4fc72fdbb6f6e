import type { WorkspaceDecision } from '../../domain/decision/decide-workspace';
import type { UseCase } from '../../domain/schema/use-case';

/** What a panel about one use case's place in the decision reads ("why this score", overrides). */
export interface UseCaseInDecision {
  decision: WorkspaceDecision;
  useCase: UseCase;
  workspaceId: string;
}
