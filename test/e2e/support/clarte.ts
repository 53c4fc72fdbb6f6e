import type { Page } from 'playwright-core';

/** What the user reads on screen, in each language (kept here, not taken from the app). */
export const UI = {
  en: {
    welcome: 'Welcome to Clarté',
    yourName: 'Your name',
    continue: 'Continue',
    workspaces: 'Workspaces',
    newWorkspace: 'New workspace',
    name: 'Name',
    create: 'Create',
    save: 'Save',
    useCases: 'Use cases',
    newUseCase: 'New use case',
    title: 'Title',
    /** Every validation message names its field (issue 13, point 7). */
    titleRequired: 'Title: This field is required.',
    scoreFor: (criterion: string) => `Score for ${criterion}`,
    rationaleFor: (criterion: string) => `Rationale for ${criterion}`,
    saveScores: 'Save my scores',
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    auditTrail: 'Audit trail',
    whyThisScore: 'Why this score?',
    quickWin: 'Quick win',
    criteria: {
      strategicValue: 'Strategic business value',
      customerImpact: 'Customer-experience impact',
      financialPotential: 'Financial potential',
      dataMaturity: 'Data & process maturity',
      technicalComplexity: 'Technical complexity',
      brandImpact: 'Brand impact',
      complianceRisk: 'Compliance & operational risk',
      strategicAlignment: 'Alignment with key initiatives',
    },
  },
  fr: {
    welcome: 'Bienvenue dans Clarté',
    yourName: 'Votre nom',
    continue: 'Continuer',
    workspaces: 'Espaces de travail',
    newWorkspace: 'Nouvel espace',
    name: 'Nom',
    create: 'Créer',
    save: 'Enregistrer',
    useCases: 'Cas d’usage',
    newUseCase: 'Nouveau cas d’usage',
    title: 'Titre',
    titleRequired: 'Titre : Ce champ est obligatoire.',
    scoreFor: (criterion: string) => `Note pour ${criterion}`,
    rationaleFor: (criterion: string) => `Justification pour ${criterion}`,
    saveScores: 'Enregistrer mes notes',
    ranking: 'Classement',
    rankedTable: 'Cas d’usage classés',
    auditTrail: 'Journal',
    whyThisScore: 'Pourquoi ce score ?',
    quickWin: 'Gain rapide',
    criteria: {
      strategicValue: 'Valeur commerciale stratégique',
      customerImpact: 'Impact sur l’expérience client',
      financialPotential: 'Potentiel financier',
      dataMaturity: 'Maturité des données et des processus',
      technicalComplexity: 'Complexité technique',
      brandImpact: 'Impact sur la marque',
      complianceRisk: 'Conformité et risques opérationnels',
      strategicAlignment: 'Alignement sur les initiatives clés',
    },
  },
} as const;

export type Lang = keyof typeof UI;
export type CriterionKey = keyof (typeof UI)['en']['criteria'];

/** Digits grouped by three as each language writes them: "1,500", "1\u202f500" (narrow no-break space). */
export function grouped(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'fr' ? '\u202f' : ',');
}

/** Spaces of any kind (French uses no-break spaces) folded to one plain space. */
export function plain(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** First visit: the app asks who is at the keyboard. */
export async function giveName(page: Page, lang: Lang, name: string): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('heading', { name: ui.welcome }).waitFor();
  await page.getByLabel(ui.yourName).fill(name);
  await page.getByRole('button', { name: ui.continue }).click();
  await page.getByRole('heading', { name: ui.welcome }).waitFor({ state: 'detached' });
}

/** Picks a score (1..5) for a criterion on the Scores tab. */
export async function scoreCriterion(
  page: Page,
  lang: Lang,
  criterion: CriterionKey,
  score: number,
): Promise<void> {
  const ui = UI[lang];
  const group = page.getByRole('radiogroup', { name: ui.scoreFor(ui.criteria[criterion]) });
  await group
    .locator('label')
    .filter({ hasText: new RegExp(`^${score}$`) })
    .click();
}

/**
 * Opens a workspace screen from the side navigation and waits until it is the one shown: the
 * previous screen stays while the new one loads, and a link of the same name on it must not be
 * the one clicked next.
 */
export async function openScreen(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
  const current = link.and(page.locator('[aria-current="page"]'));
  // Right after a real-mouse drag and drop, Chromium driven by the DevTools protocol may swallow
  // the next click (its drag interception is still winding down); a person would click again.
  for (let attempt = 1; ; attempt += 1) {
    await link.click();
    try {
      await current.waitFor({ timeout: attempt < 3 ? 10_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** First visit as `name`, into the demo workspace (Maison Delorme), on its Use cases screen. */
export async function enterDemoWorkspace(page: Page, lang: Lang, name: string): Promise<void> {
  await giveName(page, lang, name);
  await page
    .getByRole('link', { name: /Maison Delorme/ })
    .first()
    .click();
  await page.getByRole('heading', { name: UI[lang].useCases, level: 1 }).waitFor();
}

/**
 * From a workspace, opens the Ranking screen (its link named `ranking`) and the first row of the
 * ranked table (named `table`) whose link is `title`; waits for the use case's page.
 */
export async function openRankedUseCase(
  page: Page,
  names: { ranking: string; rankedTable: string },
  title: string | RegExp,
): Promise<void> {
  await page.getByRole('link', { name: names.ranking }).click();
  await page
    .getByRole('table', { name: names.rankedTable })
    .getByRole('link', { name: title })
    .first()
    .click();
  await page.waitForURL(/\/use-cases\/[^/]+/);
}

/** Creates a use case from the Use cases screen: its title in the dialog, then Create. */
export async function createUseCase(page: Page, lang: Lang, title: string): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('button', { name: ui.newUseCase }).click();
  await page.getByRole('dialog').getByLabel(ui.title).fill(title);
  await page.getByRole('dialog').getByRole('button', { name: ui.create }).click();
}
