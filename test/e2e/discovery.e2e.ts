import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI, giveName, plain, type Lang } from './support/clarte';
import { checkAccessibility, screenshot, appPerTest } from './support/app';

/** What the discovery screens say, in each language (kept here, not taken from the app). */
const D = {
  en: {
    framing: 'Framing',
    workflows: 'Internal workflows',
    journey: 'Customer journey',
    coverage: 'Coverage',
    addDepartment: 'Add a department',
    departmentName: 'Department name',
    addKpi: 'Add a KPI',
    kpiName: 'KPI name',
    owningDepartment: 'Owning department',
    direction: 'Direction',
    downIsGood: 'Down is good',
    baseline: 'Baseline',
    newWorkflow: 'New workflow',
    workflowName: 'Workflow name',
    addStep: 'Add a step',
    stepName: 'Step name',
    kind: 'Kind of work',
    highVolume: 'High-volume repetitive',
    open: (s: string) => `Open ${s}`,
    deleteStep: (s: string) => `Delete ${s}`,
    addFriction: 'Add a friction',
    whatHurts: 'What hurts',
    severity: 'Severity',
    critical: 'Critical',
    uncoveredOne: '1 friction without any use case',
    uncoveredNone: '0 frictions without any use case',
    suggest: 'Suggest from catalogue',
    entry: 'Invoice, order and receipt matching',
    intention: 'Intention',
    dataSignals: 'Data signals',
    owner: 'Owner',
    automationLevel: 'Automation level',
    assist: 'Assists a person',
    exceptionOwner: 'Who handles exceptions',
    howToPause: 'How to pause it',
    kpi: 'KPI',
    target: 'Target',
    complianceNote: 'Compliance note',
    saveQualification: 'Save the qualification',
    removeToo: 'Delete the frictions too; the use cases stay, without this anchor',
    remove: 'Delete',
    dependants: ['1 friction', 'Manual keying', '1 use case'],
    notAnchored: 'Not anchored on a real workflow',
    newJourney: 'New journey',
    journeyName: 'Journey name',
    addStepIn: (phase: string) => `Add a step in ${phase}`,
    phases: ['Discovery', 'Support', 'After the journey: churn and its causes'],
  },
  fr: {
    framing: 'Cadrage',
    workflows: 'Processus internes',
    journey: 'Parcours client',
    coverage: 'Couverture',
    addDepartment: 'Ajouter une direction',
    departmentName: 'Nom de la direction',
    addKpi: 'Ajouter un indicateur',
    kpiName: 'Nom de l’indicateur',
    owningDepartment: 'Direction responsable',
    direction: 'Sens',
    downIsGood: 'Plus c’est bas, mieux c’est',
    baseline: 'Valeur de départ',
    newWorkflow: 'Nouveau processus',
    workflowName: 'Nom du processus',
    addStep: 'Ajouter une étape',
    stepName: 'Nom de l’étape',
    kind: 'Nature du travail',
    highVolume: 'Volume élevé et répétitif',
    open: (s: string) => `Ouvrir ${s}`,
    deleteStep: (s: string) => `Supprimer ${s}`,
    addFriction: 'Ajouter un irritant',
    whatHurts: 'Ce qui fait mal',
    severity: 'Gravité',
    critical: 'Critique',
    uncoveredOne: '1 irritant sans aucun cas d’usage',
    uncoveredNone: '0 irritant sans aucun cas d’usage',
    suggest: 'Suggérer depuis le catalogue',
    entry: 'Rapprochement facture, commande et réception',
    intention: 'Intention',
    dataSignals: 'Signaux de données',
    owner: 'Responsable',
    automationLevel: 'Niveau d’automatisation',
    assist: 'Assiste une personne',
    exceptionOwner: 'Qui traite les exceptions',
    howToPause: 'Comment le mettre en pause',
    kpi: 'Indicateur',
    target: 'Cible',
    complianceNote: 'Note de conformité',
    saveQualification: 'Enregistrer la qualification',
    removeToo: 'Supprimer aussi les irritants ; les cas d’usage restent, sans cet ancrage',
    remove: 'Supprimer',
    dependants: ['1 irritant', 'Manual keying', '1 cas d’usage'],
    notAnchored: 'Non ancrés sur un processus réel',
    newJourney: 'Nouveau parcours',
    journeyName: 'Nom du parcours',
    addStepIn: (phase: string) => `Ajouter une étape dans ${phase}`,
    phases: ['Découverte', 'Assistance', 'Après le parcours\u00a0: attrition et ses causes'],
  },
} as const;

async function go(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

async function stepOrder(page: Page, workflow: string): Promise<string[]> {
  const rows = page.getByRole('grid', { name: new RegExp(workflow) }).getByRole('row');
  return rows.locator('strong').allTextContents();
}

/**
 * No serious violation on the discovery screens. The header's backup status (another area's,
 * its contrast reported to its authors) is left out so that this spec checks what it owns.
 */
async function expectAccessible(page: Page): Promise<void> {
  const violations = await checkAccessibility(page);
  const own = violations
    .map((v) => ({ ...v, targets: v.targets.filter((t) => !/^\._status_/.test(t)) }))
    .filter((v) => v.targets.length > 0);
  expect(own).toEqual([]);
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('discovery in %s', (lang: Lang, locale) => {
  const ui = UI[lang];
  const d = D[lang];
  const session = appPerTest();

  it('frames, maps, suggests from the catalogue, qualifies to 7/7 and covers a friction', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await page.getByRole('button', { name: ui.newWorkspace }).click();
    await page.getByRole('dialog').getByLabel(ui.name).fill('Pilot');
    await page.getByRole('dialog').getByRole('button', { name: ui.create }).click();
    await page.getByRole('heading', { name: ui.useCases, level: 1 }).waitFor();

    // Frame: a department and a KPI it owns.
    await go(page, d.framing);
    await page.getByRole('button', { name: d.addDepartment }).click();
    await page.getByRole('dialog').getByLabel(d.departmentName).fill('Finance');
    await page.getByRole('dialog').getByRole('button', { name: ui.save }).click();
    await page.getByRole('button', { name: d.addKpi }).click();
    const kpiDialog = page.getByRole('dialog');
    await kpiDialog.getByLabel(d.kpiName).fill('Cost per invoice');
    await kpiDialog.getByLabel(d.owningDepartment).selectOption({ label: 'Finance' });
    await kpiDialog.getByLabel(d.direction).selectOption({ label: d.downIsGood });
    await kpiDialog.getByLabel(d.baseline).fill('12');
    await kpiDialog.getByRole('button', { name: ui.save }).click();
    await page.getByRole('rowheader', { name: 'Cost per invoice' }).waitFor();
    await screenshot(page, `discovery-${lang}-01-framing`);
    await expectAccessible(page);

    // A workflow of three steps.
    await go(page, d.workflows);
    await page.getByRole('button', { name: d.newWorkflow }).first().click();
    await page.getByRole('dialog').getByLabel(d.workflowName).fill('Invoices');
    await page.getByRole('dialog').getByRole('button', { name: ui.save }).click();
    for (const name of ['Receive', 'Match', 'Pay']) {
      await page.getByRole('button', { name: d.addStep }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(d.stepName).fill(name);
      await dialog.getByLabel(d.kind).selectOption({ label: d.highVolume });
      await dialog.getByRole('button', { name: ui.save }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await expect.poll(() => stepOrder(page, 'Invoices')).toEqual(['Receive', 'Match', 'Pay']);

    // Reorder with the keyboard alone: on Pay's row, to its drag handle, Enter, up, Enter.
    await page.getByRole('row', { name: /Match/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The first drop target is after Pay; up once is between Match and Pay, twice before Match.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => stepOrder(page, 'Invoices')).toEqual(['Receive', 'Pay', 'Match']);

    // A friction on Match: uncovered.
    await page.getByRole('button', { name: d.open('Match') }).click();
    await page.getByRole('button', { name: d.addFriction }).click();
    const frictionDialog = page.getByRole('dialog');
    await frictionDialog.getByLabel(d.whatHurts).fill('Manual keying');
    await frictionDialog.getByLabel(d.severity).selectOption({ label: d.critical });
    await frictionDialog.getByLabel('Cost per invoice').check();
    await frictionDialog.getByRole('button', { name: ui.save }).click();
    await frictionDialog.waitFor({ state: 'detached' });
    await screenshot(page, `discovery-${lang}-02-workflow`);
    await expectAccessible(page);
    await go(page, d.coverage);
    expect(plain(await page.locator('main').textContent())).toContain(d.uncoveredOne);

    // Suggest from the catalogue on Match; one click adds an anchored copy.
    await go(page, d.workflows);
    await page.getByRole('button', { name: d.open('Match') }).click();
    await page.getByRole('button', { name: d.suggest }).click();
    await screenshot(page, `discovery-${lang}-03-catalogue`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: new RegExp(d.entry) })
      .click();
    await page.getByRole('link', { name: d.entry }).click();

    // Qualify it until it is clear: 7 of 7.
    await page.getByLabel(d.intention, { exact: true }).fill('No invoice paid twice');
    await page.getByLabel(d.dataSignals).fill('ERP invoices and orders');
    await page.getByLabel(d.owner, { exact: true }).fill('Claire Martin');
    await page.getByLabel(d.automationLevel).selectOption({ label: d.assist });
    await page.getByLabel(d.exceptionOwner).fill('Accounts payable lead');
    await page.getByLabel(d.howToPause).fill('Switch the matching rule off');
    await page.getByLabel(d.kpi, { exact: true }).selectOption({ label: 'Cost per invoice' });
    await page.getByLabel(d.baseline).fill('12');
    await page.getByLabel(d.target).fill('8');
    await page.getByLabel(d.complianceNote).fill('No personal data');
    await page.getByRole('button', { name: d.saveQualification }).click();
    await expect.poll(async () => plain(await page.locator('main').textContent())).toContain('7/7');
    await screenshot(page, `discovery-${lang}-04-qualification`);
    await expectAccessible(page);

    // The friction is covered now.
    await go(page, d.coverage);
    expect(plain(await page.locator('main').textContent())).toContain(d.uncoveredNone);

    // A journey with steps in three phases.
    await go(page, d.journey);
    await page.getByRole('button', { name: d.newJourney }).first().click();
    await page.getByRole('dialog').getByLabel(d.journeyName).fill('Retail');
    await page.getByRole('dialog').getByRole('button', { name: ui.save }).click();
    for (const [i, phase] of d.phases.entries()) {
      await page.getByRole('button', { name: d.addStepIn(phase) }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(d.stepName).fill(['Ask a quote', 'Call support', 'Cancel'][i]!);
      await dialog.getByRole('button', { name: ui.save }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await page.getByRole('heading', { name: 'Cancel', level: 3 }).waitFor();
    await screenshot(page, `discovery-${lang}-05-journey`);
    await expectAccessible(page);

    // Deleting the anchored step keeps the use case, unanchored.
    await go(page, d.workflows);
    // The dialog says what depends on the step (Undo: test/integration/dependants.test.ts).
    const removeMatch = async () => {
      await page.getByRole('button', { name: d.deleteStep('Match') }).click();
      const dialog = page.getByRole('alertdialog');
      const said = plain(await dialog.textContent());
      for (const part of [...d.dependants, d.entry]) expect(said).toContain(part);
      await dialog.getByRole('radio', { name: d.removeToo }).check();
      await dialog.getByRole('button', { name: d.remove, exact: true }).click();
      await expect.poll(() => stepOrder(page, 'Invoices')).toEqual(['Receive', 'Pay']);
    };
    await removeMatch();
    await go(page, d.coverage);
    const unanchored = page.getByRole('table', { name: d.notAnchored });
    await expect.poll(async () => plain(await unanchored.textContent())).toContain(d.entry);
    await screenshot(page, `discovery-${lang}-07-coverage`);
    await expectAccessible(page);
  });
});
