import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideWorkspace } from '../../src/domain/decision/decide-workspace';
import { CRITERION_IDS } from '../../src/domain/schema/criterion';
import type { Decision } from '../../src/domain/schema/decision';
import type { Scorecard } from '../../src/domain/schema/scorecard';
import type { UseCase } from '../../src/domain/schema/use-case';
import type { Workspace } from '../../src/domain/schema/workspace';
import {
  expectNoProblems,
  launchBrowser,
  openApp,
  screenshot,
  type OpenedApp,
} from './support/app';
import { giveName, UI } from './support/clarte';

/*
 * A facilitator and three participants (one on a 360 px phone) in separate browser contexts:
 * blind scoring, progress without scores, one participant offline and back, reveal, an
 * agreement, and the facilitator's ranking as the decision function gives it on the same data.
 */
const LABELS = UI.en.criteria;

/** Participant i's score on criterion c of use case u: spread out so that divergences show. */
const scoreOf = (i: number, u: number, c: number) => ((i * 2 + u + c) % 5) + 1;

async function readWorkspace(page: Page, workspaceId: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('clarte');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error('no database'));
    });
    const all = (table: string) =>
      new Promise<unknown[]>((resolve) => {
        const req = db.transaction(table).objectStore(table).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
      });
    const mine = (rows: unknown[]) =>
      rows.filter((r) => (r as { workspaceId: string }).workspaceId === id);
    const [workspaces, useCases, scorecards, decisions, audit] = await Promise.all([
      all('workspaces'),
      all('useCases'),
      all('scorecards'),
      all('decisions'),
      all('audit'),
    ]);
    db.close();
    return {
      workspace: workspaces.find((w) => (w as { id: string }).id === id),
      useCases: mine(useCases),
      scorecards: mine(scorecards),
      decisions: mine(decisions),
      audit: mine(audit),
    };
  }, workspaceId);
}

async function scoreUseCase(page: Page, title: string, i: number, u: number) {
  const card = page.getByRole('region', { name: title, exact: true });
  for (const [c, id] of CRITERION_IDS.entries()) {
    const group = card.getByRole('radiogroup', { name: LABELS[id], exact: true });
    await group
      .locator('label')
      .filter({ hasText: String(scoreOf(i, u, c)) })
      .click();
  }
}

describe('live session', () => {
  let browser: Browser;
  const apps: OpenedApp[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('scores blind on several devices, reveals, agrees, and ranks as the decision function', async () => {
    const facilitator = await openApp(browser, { locale: 'en-US' });
    apps.push(facilitator);
    const f = facilitator.page;
    await giveName(f, 'en', 'Fatima');
    await f.locator('a[href^="/w/"]').first().click();
    await f.waitForURL(/\/w\/[^/]+\//);
    const workspaceId = /\/w\/([^/]+)\//.exec(f.url())![1]!;
    await f.goto(`/w/${workspaceId}/live`);
    await f.getByRole('button', { name: 'None' }).click();
    const boxes = f.getByRole('checkbox');
    const titles: string[] = [];
    for (let k = 0; k < 3; k++) {
      const box = boxes.nth(k);
      await box.check();
      titles.push((await box.locator('xpath=..').innerText()).trim());
    }
    await f.getByRole('button', { name: 'Start a live session' }).click();
    const address = (await f.getByTestId('join-address').innerText()).trim();
    const passcode = (await f.getByTestId('passcode').innerText()).trim();
    expect(passcode).toMatch(/^\d{6}$/);
    await expect.poll(() => f.getByRole('img', { name: /QR code/ }).count()).toBe(1);
    const joinPath = new URL(address).pathname;

    const names = ['Pia', 'Quentin', 'Rosa'];
    const people: Page[] = [];
    for (const [i, name] of names.entries()) {
      const phone = i === 2;
      const app = await openApp(browser, {
        locale: 'en-US',
        path: joinPath,
        contextOptions: phone
          ? { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
          : {},
      });
      apps.push(app);
      const p = app.page;
      await p.getByLabel('Passcode').fill(passcode);
      await p.getByRole('button', { name: 'Continue' }).click();
      await p.getByLabel(/Or add your name|Your name/).fill(name);
      await p.getByRole('button', { name: 'Join', exact: true }).click();
      await p.getByText(`Scoring as ${name}`).waitFor();
      await p.getByRole('region', { name: titles[0], exact: true }).waitFor();
      people.push(p);
    }

    // Pia and Quentin score everything; Rosa (the phone) scores two, then the third offline.
    for (const [i, p] of people.entries()) {
      const count = i === 2 ? 2 : 3;
      for (let u = 0; u < count; u++) await scoreUseCase(p, titles[u]!, i, u);
    }
    const rosa = people[2]!;
    const rosaApp = apps[3]!;
    // Her first two use cases reached the server before she goes offline (what "then the third
    // offline" supposes): her page says so once the server has them all.
    await rosa.getByText('All your scores are on the server.').waitFor({ timeout: 20_000 });
    await rosaApp.context.setOffline(true);
    await rosa.evaluate(() => window.dispatchEvent(new Event('offline')));
    await scoreUseCase(rosa, titles[2]!, 2, 2);
    await rosa.getByText('3 of 3 scored').waitFor();
    await rosa.getByText(/Offline: your scores are kept on this device/).waitFor();
    await screenshot(rosa, 'live-session-phone-offline-en');
    // Blind: nobody sees a divergence (other people's scores) before the reveal.
    for (const p of people) expect(await p.getByText(/Scores from/).count()).toBe(0);

    const progressOf = (name: string) =>
      f.getByRole('list', { name: 'Participants' }).getByRole('listitem').filter({ hasText: name });
    for (const name of names.slice(0, 2))
      await expect.poll(() => progressOf(name).innerText()).toMatch(/3 of 3 scored/);
    await expect.poll(() => progressOf('Rosa').innerText()).toMatch(/2 of 3 scored/);
    // The facilitator sees progress, never scores: the session's use cases await the reveal.
    const ranking = f.getByTestId('session-ranking');
    await expect.poll(() => ranking.getByText('awaiting reveal').count()).toBe(3);

    await rosaApp.context.setOffline(false);
    await rosa.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(() => progressOf('Rosa').innerText(), { timeout: 20_000 })
      .toMatch(/3 of 3 scored/);
    await rosa.getByText('All your scores are on the server.').waitFor({ timeout: 20_000 });
    await screenshot(f, 'live-session-facilitator-blind-en');

    await f.getByRole('button', { name: 'Reveal the scores' }).click();
    for (const p of people)
      await p
        .getByText(/Scores from/)
        .first()
        .waitFor();
    await f.getByLabel('Note').fill('We agree the data is there');
    await f.getByRole('button', { name: 'Record the agreement' }).click();
    for (const p of people)
      await p
        .getByText(/Agreed by the group/)
        .first()
        .waitFor();
    await screenshot(rosa, 'live-session-phone-revealed-en');

    // The facilitator's ranking is the decision function's on the same records.
    await expect.poll(() => ranking.locator('tr[data-use-case]').count()).toBe(3);
    // The agreement is stored before the participants are told of it: the records read now hold
    // it, and the ranking shown is read until it has been drawn again from them.
    const shownOrder = () =>
      ranking
        .locator('tr[data-use-case]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-use-case')));
    const records = await readWorkspace(f, workspaceId);
    const decision = decideWorkspace({
      workspace: records.workspace as Workspace,
      useCases: records.useCases as UseCase[],
      scorecards: records.scorecards as Scorecard[],
      decisions: records.decisions as Decision[],
    });
    const sessionIds = new Set(
      (records.useCases as UseCase[]).filter((u) => titles.includes(u.title)).map((u) => u.id),
    );
    await expect
      .poll(shownOrder)
      .toEqual(decision.decided.filter((u) => sessionIds.has(u.id)).map((u) => u.id));
    // Every participant's three scorecards arrived, each audited as scored in the live session.
    const live = (records.audit as { via?: string; actor: string; entityId: string }[]).filter(
      (a) => a.via === 'liveSession',
    );
    for (const name of names)
      expect(new Set(live.filter((a) => a.actor === name).map((a) => a.entityId))).toEqual(
        sessionIds,
      );
    await screenshot(f, 'live-session-facilitator-revealed-en');
    for (const app of apps) expectNoProblems(app.problems);
  }, 300_000);
});
