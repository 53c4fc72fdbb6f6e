/**
 * Writes test/fixtures/databases/v<N>.json: the raw records of the demo workspace (both
 * languages), plus records of every table the demo leaves empty (a workshop and its parking lot,
 * an override, a weight set, a decision snapshot, a review, a live session), as version N of the
 * database stores them. Run once when a version is released, with the code of that release:
 *   npx tsx scripts/freeze-database.ts 2
 * The frozen file is never regenerated afterwards: upgrade tests open it as an old database.
 * (v1.json holds the demo only: it was frozen before the records were added.)
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import type { ChangeContext } from '../src/db/change-context';
import { ClarteDatabase } from '../src/db/database';
import { createOverride } from '../src/db/repositories/decisions';
import { takeSnapshot } from '../src/db/repositories/decision-snapshots';
import { recordLiveSession } from '../src/db/repositories/live-sessions';
import { recordReview } from '../src/db/repositories/reviews';
import { createWeightSet } from '../src/db/repositories/weight-sets';
import { insertWorkspaceBundle } from '../src/db/repositories/workspace-bundles';
import { addParkingItem, endWorkshop, openWorkshop } from '../src/db/repositories/workshops';
import { buildDemoWorkspace } from '../src/domain/demo/demo-workspace';

const version = Number(process.argv[2] ?? '2');
let n = 0;
const newId = () => `frozen-v${version}-${String(n++).padStart(4, '0')}`;
let minutes = 0;
const now = () =>
  new Date(Date.parse('2026-12-04T09:00:00.000Z') + 60_000 * minutes++).toISOString();
const ctx: ChangeContext = { actor: 'Camille Durand', now, newId };

const db = new ClarteDatabase(`freeze-v${version}`);
await db.open();
for (const language of ['fr', 'en'] as const) {
  const bundle = buildDemoWorkspace({ language, newId, now: now(), actor: ctx.actor });
  const workspaceId = await insertWorkspaceBundle(db, bundle);
  const [first, second] = bundle.useCases;
  if (!first || !second) throw new Error('The demo has fewer than two use cases');
  const workshop = await openWorkshop(db, ctx, workspaceId);
  await addParkingItem(db, ctx, workspaceId, {
    workshopId: workshop,
    step: 'frame',
    text: language === 'fr' ? 'Vérifier le volume des factures' : 'Check the invoice volume',
    owner: 'Léa Martin',
  });
  await endWorkshop(
    db,
    ctx,
    workshop,
    language === 'fr' ? 'Atelier du 4 décembre 2026' : 'Workshop of 4 December 2026',
  );
  await createOverride(db, ctx, {
    useCaseId: second.id,
    action: 'forceIntoTop',
    reason: language === 'fr' ? 'Exigence réglementaire 2027' : 'Regulatory deadline in 2027',
    owner: 'Camille Durand',
    reviewDate: '2027-03-01',
  });
  await createWeightSet(db, ctx, workspaceId, {
    name: language === 'fr' ? 'Valeur d’abord' : 'Value first',
    weights: bundle.workspace.weights,
  });
  await takeSnapshot(db, ctx, workspaceId, {
    name: language === 'fr' ? 'Atelier 1' : 'Workshop 1',
  });
  await recordReview(db, ctx, first.id, {
    actual: null,
    realisedYearlyBenefit: 12000,
    outcome: 'keep',
    reason: language === 'fr' ? 'Objectif atteint' : 'Target reached',
    nextReviewDate: null,
    automation: null,
  });
  await recordLiveSession(db, ctx, {
    id: `frozenlivesession${language}`,
    workspaceId,
    facilitatorToken: 'frozen-facilitator-token',
    passcode: '123456',
    useCaseIds: [first.id, second.id],
    joinOrigins: ['http://127.0.0.1:4173'],
    startedAt: now(),
    endedAt: now(),
  });
}
const tables: Record<string, unknown[]> = {};
for (const table of db.tables) tables[table.name] = await table.toArray();
tables.meta = [{ key: 'firstRunDone', value: true }];
db.close();
writeFileSync(
  `test/fixtures/databases/v${version}.json`,
  JSON.stringify({ version, frozenAt: '2026-12-04T09:00:00.000Z', tables }, null, 1) + '\n',
);
console.log(`test/fixtures/databases/v${version}.json written`);
