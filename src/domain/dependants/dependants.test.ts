import { describe, expect, it } from 'vitest';
import { aStep, minimalWorkspaceBundle } from '../../../test/fixtures/builders';
import { moveTargetsOf, type DependantRecords } from './dependants';

describe('where the dependants of a removed step may move', () => {
  it("offers the removed step's nearest neighbour in its own workflow first, then the other workflows", () => {
    const at = (id: string, workflowId: string, position: number) => ({
      ...aStep(id, workflowId),
      position,
    });
    // A step of another workflow is listed first in the stored order, as in the demo.
    const steps = [
      at('returns-1', 'wf-returns', 0),
      at('invoice-1', 'wf-invoices', 0),
      at('invoice-2', 'wf-invoices', 1),
      at('invoice-3', 'wf-invoices', 2),
      at('invoice-4', 'wf-invoices', 3),
      at('invoice-5', 'wf-invoices', 4),
    ];
    const records: DependantRecords = {
      workspace: minimalWorkspaceBundle().workspace,
      participants: [],
      workflows: [],
      steps,
      frictions: [],
      useCases: [],
      scorecards: [],
    };
    const names = moveTargetsOf({ kind: 'step', id: 'invoice-4' }, records).map((x) => x.id);
    // Distances from position 3: invoice-3 and invoice-5 at 1 (the earlier one first), invoice-2
    // at 2, invoice-1 at 3, then the other workflow's step.
    expect(names).toEqual(['invoice-3', 'invoice-5', 'invoice-2', 'invoice-1', 'returns-1']);
  });
});
