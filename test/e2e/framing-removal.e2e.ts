import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, appPerTest } from './support/app';
import { openScreen, plain } from './support/clarte';
import { openDemoWorkspace, settle } from './support/every-screen';
import { storedTables } from './support/stored';

// Framing: removing a department or a KPI says what depends on it; the person moves them to
// another one or removes them; Undo from the notice restores every record as it was. In the
// demo (src/domain/demo/data/skeleton.json), "Compliance and legal" has three steps
// (collectBranchData, watchRegulation, draftDeclarations) and one KPI (regReportDays), and no
// participant; the KPI "Days sales outstanding" is named by one friction (slowAccountOpening)
// and by one use case's effects (fastAccountOpening). Dependants are listed by name, sorted.

const WORDS = {
  en: {
    framing: 'Framing',
    department: 'Compliance and legal',
    movedTo: 'Operations and logistics',
    departmentGroups: [
      '3 steps: Collect data from the 48 branches, Draft the returns and the sustainability report, Monitor regulatory change',
      '1 KPI: Regulatory report preparation time',
    ],
    kpi: 'Days sales outstanding (DSO)',
    kpiMovedTo: 'Processing cost per supplier invoice',
    kpiGroups: [
      '1 friction: Opening an account with a credit line takes five days',
      '1 use case: Fast trade account opening with credit scoring',
    ],
    removeItem: (name: string) => `Remove ${name}`,
    title: (name: string) => `Remove “${name}”?`,
    move: { department: 'Move them to the department', kpi: 'Point them to the KPI' },
    remove: { department: 'They keep no department', kpi: 'They stop naming this KPI' },
    whereTo: 'Where to',
    confirm: 'Remove',
    undo: 'Undo',
    removed: (name: string) => `“${name}” removed.`,
    undone: (name: string) => `“${name}” is back, as it was.`,
  },
  fr: {
    framing: 'Cadrage',
    department: 'Conformité et juridique',
    movedTo: 'Opérations et logistique',
    departmentGroups: [
      '3 étapes : Collecte des données des 48 agences, Rédaction des déclarations et du rapport de durabilité, Veille réglementaire',
      '1 indicateur : Durée de préparation des déclarations réglementaires',
    ],
    kpi: 'Délai moyen de paiement des clients (DSO)',
    kpiMovedTo: 'Coût de traitement par facture fournisseur',
    kpiGroups: [
      '1 irritant : Il faut cinq jours pour ouvrir un compte avec encours',
      '1 cas d’usage : Ouverture de compte pro accélérée avec score de crédit',
    ],
    removeItem: (name: string) => `Retirer ${name}`,
    title: (name: string) => `Retirer « ${name} » ?`,
    move: { department: 'Les rattacher à la direction', kpi: 'Les rattacher à l’indicateur' },
    remove: {
      department: 'Ils n’ont plus de direction',
      kpi: 'Ils ne nomment plus cet indicateur',
    },
    whereTo: 'Vers',
    confirm: 'Retirer',
    undo: 'Annuler',
    removed: (name: string) => `« ${name} » retiré.`,
    undone: (name: string) => `« ${name} » est de retour, tel quel.`,
  },
} as const;

interface Named {
  id: string;
  name: string;
  departmentId: string | null;
}
interface Stored {
  workspaces: { departments: Named[]; kpis: Named[]; updatedAt: string }[];
  participants: { departmentId: string | null }[];
  steps: Named[];
  frictions: { kpiIds: string[] }[];
  useCases: { successMeasure: { kpiId: string | null }; kpiEffects: { kpiId: string }[] }[];
}

/** The records a department's or KPI's removal may change, as stored (IndexedDB). */
async function stored(page: Page): Promise<Stored> {
  const tables = ['workspaces', 'participants', 'steps', 'frictions', 'useCases'];
  return (await storedTables(page, tables)) as unknown as Stored;
}

/** Stored as before, byte for byte; the workspace's last-change time is the undo's own. */
function sameAsBefore(after: Stored, before: Stored): void {
  const noTime = (s: Stored) => ({
    ...s,
    workspaces: s.workspaces.map((w) => ({ ...w, updatedAt: '' })),
  });
  expect(JSON.stringify(noTime(after))).toBe(JSON.stringify(noTime(before)));
}

const idOf = (list: readonly Named[], name: string) => list.find((x) => x.name === name)?.id;

/** The department's or KPI's references, once it is removed: where its dependants went. */
function referencesAfter(records: Stored, kind: 'department' | 'kpi', id: string) {
  if (kind === 'department')
    return [
      ...records.steps.map((s) => s.departmentId),
      ...records.participants.map((p) => p.departmentId),
      ...records.workspaces[0]!.kpis.map((k) => k.departmentId),
    ].filter((x) => x === id).length;
  return [
    ...records.frictions.flatMap((f) => f.kpiIds),
    ...records.useCases.flatMap((u) => [
      u.successMeasure.kpiId,
      ...u.kpiEffects.map((e) => e.kpiId),
    ]),
  ].filter((x) => x === id).length;
}

describe('removing a department or a KPI in Framing', () => {
  const session = appPerTest();

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['fr', 'fr-FR'],
  ] as const) {
    for (const kind of ['department', 'kpi'] as const) {
      for (const choice of ['move', 'remove'] as const) {
        it(`says what depends on it; ${choice} them, then undo (${kind}, ${lang})`, async () => {
          const w = WORDS[lang];
          const [name, target, groups] =
            kind === 'department'
              ? [w.department, w.movedTo, w.departmentGroups]
              : [w.kpi, w.kpiMovedTo, w.kpiGroups];
          const { page } = await session.open({ locale });
          await openDemoWorkspace(page, lang);
          await openScreen(page, w.framing);
          await settle(page);
          const before = await stored(page);
          const list = kind === 'department' ? 'departments' : 'kpis';
          const id = idOf(before.workspaces[0]![list], name)!;
          const targetId = idOf(before.workspaces[0]![list], target)!;
          const dependants = referencesAfter(before, kind, id);
          expect(dependants).toBe(kind === 'department' ? 4 : 2);

          await page.getByRole('button', { name: w.removeItem(name), exact: true }).click();
          const dialog = page.getByRole('alertdialog', { name: w.title(name) });
          const items = dialog.getByRole('listitem');
          await expect.poll(async () => (await items.allTextContents()).map(plain)).toEqual(groups);
          await dialog.getByRole('radio', { name: w[choice][kind] }).check();
          if (choice === 'move')
            await dialog.getByRole('combobox', { name: w.whereTo }).selectOption({ label: target });
          await screenshot(page, `${lang}-framing-removal-${kind}-${choice}-1-dialog`);
          await dialog.getByRole('button', { name: w.confirm, exact: true }).click();
          await page.getByRole('button', { name: w.removeItem(name), exact: true }).waitFor({
            state: 'detached',
          });

          await page.getByText(w.removed(name), { exact: true }).waitFor();
          const after = await stored(page);
          expect(idOf(after.workspaces[0]![list], name)).toBeUndefined();
          expect(referencesAfter(after, kind, id)).toBe(0);
          // Moved: the target gains exactly the dependants; removed: it gains none.
          const gained =
            referencesAfter(after, kind, targetId) - referencesAfter(before, kind, targetId);
          expect(gained).toBe(choice === 'move' ? dependants : 0);
          await screenshot(page, `${lang}-framing-removal-${kind}-${choice}-2-removed`);

          await page.getByRole('button', { name: w.undo, exact: true }).click();
          await page.getByText(w.undone(name)).waitFor();
          await page.getByRole('button', { name: w.removeItem(name), exact: true }).waitFor();
          sameAsBefore(await stored(page), before);
        });
      }
    }
  }
});
