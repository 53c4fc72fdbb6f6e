import type { WorkspaceRanking } from '../../data/use-ranking';
import type { UseCase } from '../../domain/schema/use-case';

/** What every tab of a use case's page receives. */
export interface UseCasePanelProps {
  data: WorkspaceRanking;
  useCase: UseCase;
}
