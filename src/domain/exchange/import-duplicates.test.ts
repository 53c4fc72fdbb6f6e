import { describe, expect, it } from 'vitest';
import { countDuplicates, planImport, titleKey, updatedFields } from './import-duplicates';
import type { ImportedUseCase } from './import-use-cases';

const row = (n: number, title: string): ImportedUseCase => ({
  row: n,
  form: { title, description: '', scope: 'internal', owner: '', status: 'idea', tags: [] },
  scores: null,
});
const existing = [
  { id: 'u1', title: 'Invoice matching' },
  { id: 'u2', title: 'Ticket triage' },
];
// Rows 2..6: one title of the workspace (case and spaces differ), one new title twice, one new.
const rows = [
  row(2, '  invoice   MATCHING'),
  row(3, 'Churn alerts'),
  row(4, 'Churn Alerts'),
  row(5, 'Contract review'),
  row(6, 'Invoice matching'),
];

describe('duplicates of a list import', () => {
  it('compares titles as a reader would', () => {
    expect(titleKey('  Invoice\tmatching ')).toBe(titleKey('invoice matching'));
  });

  it('counts rows duplicating the workspace and rows repeating an earlier row', () => {
    expect(countDuplicates(rows, existing)).toEqual({ inWorkspace: 2, inFile: 1 });
  });

  it('skip: only the first row of each title not in the workspace is created', () => {
    const plan = planImport(rows, existing, 'skip');
    expect(plan.create.map((r) => r.row)).toEqual([3, 5]);
    expect(plan.update).toEqual([]);
    expect(plan.skipped).toEqual([2, 4, 6]);
  });

  it('keep both: every row is created', () => {
    expect(planImport(rows, existing, 'keepBoth').create).toHaveLength(5);
  });

  it("update: the file's last row of a title updates the workspace's use case or is created", () => {
    const plan = planImport(rows, existing, 'update');
    expect(plan.update.map((u) => [u.id, u.row.row])).toEqual([['u1', 6]]);
    expect(plan.create.map((r) => r.row)).toEqual([4, 5]);
    expect(plan.skipped).toEqual([2, 3]);
  });

  it('an update takes only the fields of mapped columns', () => {
    expect(updatedFields(['title', null, 'status', 'strategicValue'])).toEqual(['title', 'status']);
  });
});
