import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  expectNoProblems,
  launchBrowser,
  openApp,
  screenshot,
  type OpenedApp,
} from './support/app';
import { giveName } from './support/clarte';

/*
 * The live pages in French and English, on a 360 px phone: a participant switches the language
 * (the facilitator's is not theirs), leaves the session with confirmation, and the facilitator
 * frees another participant's name. No serious or critical axe violation on the join page, the
 * participant's scoring page and the facilitator's panel, in both languages.
 */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function expectAccessible(page: Page, what: string) {
  expect(await checkAccessibility(page), what).toEqual([]);
}

/** The page does not scroll sideways (nothing wider than the phone). */
async function expectNoSideScroll(page: Page) {
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
}

describe('live session in French and English', () => {
  let browser: Browser;
  const apps: OpenedApp[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('switches language, leaves, frees a name, and has no serious axe violation', async () => {
    const facilitator = await openApp(browser, { locale: 'fr-FR' });
    apps.push(facilitator);
    const f = facilitator.page;
    await giveName(f, 'fr', 'Fatima');
    await f.locator('a[href^="/w/"]').first().click();
    await f.waitForURL(/\/w\/[^/]+\//);
    const workspaceId = /\/w\/([^/]+)\//.exec(f.url())![1]!;
    await f.goto(`/w/${workspaceId}/live`);
    await f.getByRole('button', { name: 'Aucun' }).click();
    await f.getByRole('checkbox').nth(0).check();
    await f.getByRole('checkbox').nth(1).check();
    await f.getByRole('button', { name: 'Démarrer une session en direct' }).click();
    const address = (await f.getByTestId('join-address').innerText()).trim();
    const passcode = (await f.getByTestId('passcode').innerText()).trim();
    const joinPath = new URL(address).pathname;

    // A participant on a phone, in French: the passcode page, then the name.
    const phone = await openApp(browser, {
      locale: 'fr-FR',
      path: joinPath,
      contextOptions: PHONE,
    });
    apps.push(phone);
    const p = phone.page;
    await p.getByLabel('Code d’accès').waitFor();
    await expectAccessible(p, 'join page, fr');
    await screenshot(p, 'live-join-phone-fr');
    await p.getByLabel('Code d’accès').fill(passcode);
    await p.getByRole('button', { name: 'Continuer' }).click();
    await p.getByLabel(/Ou ajoutez votre nom|Votre nom/).fill('Pia');
    await p.getByRole('button', { name: 'Rejoindre', exact: true }).click();
    await p.getByText('Vous notez en tant que Pia').waitFor();
    await p.getByRole('radiogroup').first().waitFor();
    await p.getByRole('radiogroup').first().locator('label').nth(3).click();
    await expectAccessible(p, 'participant scoring, fr');
    await expectNoSideScroll(p);
    await screenshot(p, 'live-scoring-phone-fr');

    // The participant reads English: the switch changes the page at once.
    await p.getByRole('button', { name: /^EN/ }).click();
    await p.getByText('Scoring as Pia').waitFor();
    await expect.poll(() => p.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(p, 'participant scoring, en');
    await expectNoSideScroll(p);
    await screenshot(p, 'live-scoring-phone-en');

    // She leaves, after confirming: her name is free again.
    await p.getByRole('button', { name: 'Leave the session' }).click();
    const confirm = p.getByRole('alertdialog');
    await confirm.getByText(/becomes free for someone else/).waitFor();
    await screenshot(p, 'live-leave-confirm-phone-en');
    await confirm.getByRole('button', { name: 'Leave the session' }).click();
    await p.getByText(/You left the session; your name is free again/).waitFor();
    await expectAccessible(p, 'join page after leaving, en');
    const participants = f.getByRole('list', { name: 'Participants' });
    await expect.poll(() => f.getByText('Pia', { exact: true }).count()).toBe(0);

    // Someone else takes the name; the facilitator frees it; their page says so.
    await p.getByLabel('Passcode').fill(passcode);
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.getByLabel(/Or add your name|Your name/).fill('Pia');
    await p.getByRole('button', { name: 'Join', exact: true }).click();
    await p.getByText('Scoring as Pia').waitFor();
    await participants.getByText('Pia').waitFor();
    await expectAccessible(f, 'facilitator panel, fr');
    await screenshot(f, 'live-facilitator-fr');
    await participants.getByRole('button', { name: 'Libérer le nom · Pia' }).click();
    const release = f.getByRole('alertdialog');
    await release.getByText(/quelqu’un d’autre peut prendre ce nom/).waitFor();
    await screenshot(f, 'live-release-confirm-fr');
    await release.getByRole('button', { name: 'Libérer le nom' }).click();
    await expect.poll(() => participants.getByText('Pia').count()).toBe(0);
    await p.getByText(/The facilitator freed your name/).waitFor();

    // The facilitator's panel in English, on a phone-sized window too.
    await f.getByRole('button', { name: /^EN/ }).click();
    await f.getByRole('heading', { name: 'Participants' }).waitFor();
    await expectAccessible(f, 'facilitator panel, en');
    await f.setViewportSize({ width: 360, height: 740 });
    await screenshot(f, 'live-facilitator-phone-en');
    await f.getByRole('button', { name: /^FR/ }).click();
    await f.getByRole('heading', { name: 'Participants' }).waitFor();
    await screenshot(f, 'live-facilitator-phone-fr');
    for (const app of apps) expectNoProblems(app.problems);
  }, 300_000);
});
