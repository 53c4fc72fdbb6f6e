import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntriesFor } from '../../src/db/repositories/audit-trail';
import {
  listDecisionsOfUseCase,
  readBusinessCaseRecords,
  saveFinancialEstimate,
} from '../../src/db/repositories/business-case';
import { createUseCase, getUseCase } from '../../src/db/repositories/use-cases';
import { getWorkspace } from '../../src/db/repositories/workspaces';
import { insertWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import { financialEstimateSchema, type FinancialEstimate } from '../../src/domain/schema/use-case';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  rejectionOf,
  sampleWorkspaceBundle,
  formOfUseCase,
  type Sequence,
} from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;
let useCaseId: string;

const at = (seconds: number) => new Date(Date.parse(START_TIME) + seconds * 1000).toISOString();

beforeEach(async () => {
  ({ db, seq, workspaceId } = await openTestDatabase());
  useCaseId = await createUseCase(db, contextOf('Ada', seq), workspaceId, formOfUseCase());
});

afterEach(deleteTestDatabases);

const ESTIMATE: FinancialEstimate = financialEstimateSchema.parse({
  yearlyVolume: 10_000,
  minutesSavedPerItem: 6,
  hourlyCost: 40,
  adoptionRate: 100,
  oneOffCost: 19_100,
  yearlyRunningCost: 1_800,
  currency: 'CHF',
});

describe('saving a financial estimate', () => {
  it('stores it on the use case, touches the workspace and audits the inputs that changed', async () => {
    await saveFinancialEstimate(db, contextOf('Bob', seq), useCaseId, ESTIMATE);

    const stored = await getUseCase(db, useCaseId);
    expect(stored?.financialEstimate).toEqual(ESTIMATE);
    // ticks: workspace 0, use case 1, estimate 2
    expect(stored?.updatedAt).toBe(at(2));
    expect((await getWorkspace(db, workspaceId))?.updatedAt).toBe(at(2));

    const [entry] = await listAuditEntriesFor(db, workspaceId, [useCaseId]);
    expect(entry).toMatchObject({
      actor: 'Bob',
      action: 'updated',
      entityType: 'useCase',
      entityId: useCaseId,
      label: 'Invoice matching',
      before: {
        yearlyVolume: null,
        minutesSavedPerItem: null,
        hourlyCost: null,
        adoptionRate: null,
        oneOffCost: null,
        yearlyRunningCost: null,
        currency: 'EUR',
      },
      after: {
        yearlyVolume: 10_000,
        minutesSavedPerItem: 6,
        hourlyCost: 40,
        adoptionRate: 100,
        oneOffCost: 19_100,
        yearlyRunningCost: 1_800,
        currency: 'CHF',
      },
    });
  });

  it('writes nothing when nothing changed', async () => {
    await saveFinancialEstimate(db, contextOf('Bob', seq), useCaseId, ESTIMATE);
    const before = await dumpDatabase(db);
    await saveFinancialEstimate(db, contextOf('Bob', seq), useCaseId, ESTIMATE);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a bad estimate with message keys, and nothing stored changes', async () => {
    const before = await dumpDatabase(db);
    const error = await rejectionOf(
      saveFinancialEstimate(db, contextOf('Bob', seq), useCaseId, {
        ...ESTIMATE,
        adoptionRate: 120,
        hourlyCost: -5,
        currency: 'euro',
      }),
    );
    expect(error).toBeInstanceOf(z.ZodError);
    const messages = (error as z.ZodError).issues.map((i) => i.message).sort();
    expect(messages).toEqual(['errors.currency', 'errors.negative', 'errors.percentRange']);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses an unknown use case, and nothing stored changes', async () => {
    const before = await dumpDatabase(db);
    await rejectionOf(saveFinancialEstimate(db, contextOf('Bob', seq), 'nope', ESTIMATE));
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('reading what a business case shows', () => {
  it('reads the workspace records and the decisions about one use case', async () => {
    const bundle = sampleWorkspaceBundle('bc');
    await insertWorkspaceBundle(db, bundle);
    const records = await readBusinessCaseRecords(db, 'bc-ws');
    expect(records.steps.map((s) => s.id).sort()).toEqual(['bc-st-invoice', 'bc-st-support']);
    expect(records.workflows).toHaveLength(2);
    expect(records.participants).toHaveLength(2);
    expect(records.scorecards).toHaveLength(3);
    expect(records.decisions).toHaveLength(4);
    const decisions = await listDecisionsOfUseCase(db, 'bc-uc-match');
    // both at the same time: by id, bc-dec-divergence before bc-dec-placement
    expect(decisions.map((d) => d.kind)).toEqual(['divergenceResolution', 'roadmapPlacement']);
  });
});
