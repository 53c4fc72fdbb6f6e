import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, appPerTest } from './support/app';
import { openScreen, plain } from './support/clarte';
import { openDemoWorkspace, settle } from './support/every-screen';
import { storedTables } from './support/stored';

// Framing → Participants: removing a person who scored says which use cases they scored, and the
// person chooses to keep their scorecards (they still count) or to delete them; Undo restores.
// In the demo (src/domain/demo/data/skeleton.json) 20 scorecards are stored, 3 of them by Claire
// Martin (the CFO): supplier invoice capture, the service chatbot and the churn warning.

const WORDS = {
  en: {
    removePerson: 'Remove Claire Martin',
    scored: '3 use cases scored: ',
    titles: [
      'Automatic supplier invoice capture',
      'Customer service chatbot',
      'Early churn warning for trade accounts',
    ],
    keep: "Keep the scores: they still count (shown as a former participant's)",
    remove: "Delete the scores too: the group's scores are computed without them",
    confirm: 'Remove',
    undo: 'Undo',
    undone: '“Claire Martin” is back, as it was.',
  },
  fr: {
    removePerson: 'Retirer Claire Martin',
    scored: '3 cas d’usage notés : ',
    titles: [
      'Lecture automatique des factures fournisseurs',
      'Agent conversationnel du service client',
      'Alerte précoce d’attrition des comptes pros',
    ],
    keep: 'Garder les notes : elles comptent toujours (comme celles d’un ancien participant)',
    remove: 'Supprimer aussi les notes : les notes du groupe sont calculées sans elles',
    confirm: 'Retirer',
    undo: 'Annuler',
    undone: '« Claire Martin » est de retour, tel quel.',
  },
} as const;

interface Stored {
  participants: { id: string; name: string }[];
  scorecards: { participantId: string }[];
}

/** The participants and scorecards as stored (IndexedDB, read in the page). */
async function stored(page: Page): Promise<Stored> {
  return (await storedTables(page, ['participants', 'scorecards'])) as unknown as Stored;
}

function claireOf(records: Stored): string | undefined {
  return records.participants.find((p) => p.name === 'Claire Martin')?.id;
}

describe('removing a participant who scored', () => {
  const session = appPerTest();

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['fr', 'fr-FR'],
  ] as const) {
    for (const choice of ['keep', 'remove'] as const) {
      it(`says what they scored; ${choice} the scorecards, then undo (${lang})`, async () => {
        const w = WORDS[lang];
        const { page } = await session.open({ locale });
        await openDemoWorkspace(page, lang);
        await openScreen(page, 'Participants');
        await settle(page);
        const before = await stored(page);
        const claire = claireOf(before)!;
        expect(before.scorecards.length).toBe(20);
        expect(before.scorecards.filter((c) => c.participantId === claire).length).toBe(3);

        await page.getByRole('button', { name: w.removePerson, exact: true }).click();
        const dialog = page.getByRole('alertdialog');
        await dialog.getByRole('radio', { name: w[choice] }).check();
        const text = plain(await dialog.textContent());
        expect(text).toContain(w.scored);
        for (const title of w.titles) expect(text).toContain(title);
        await screenshot(page, `${lang}-participant-removal-${choice}-1-dialog`);
        await dialog.getByRole('button', { name: w.confirm, exact: true }).click();
        await page.getByRole('button', { name: w.removePerson, exact: true }).waitFor({
          state: 'detached',
        });

        const after = await stored(page);
        expect(claireOf(after)).toBeUndefined();
        expect(after.participants.length).toBe(before.participants.length - 1);
        const hers = after.scorecards.filter((c) => c.participantId === claire).length;
        if (choice === 'keep') {
          expect(after.scorecards.length).toBe(20);
          expect(hers).toBe(3);
        } else {
          expect(after.scorecards.length).toBe(17);
          expect(hers).toBe(0);
        }
        await screenshot(page, `${lang}-participant-removal-${choice}-2-removed`);

        await page.getByRole('button', { name: w.undo, exact: true }).click();
        await page.getByText(w.undone).waitFor();
        await page.getByRole('button', { name: w.removePerson, exact: true }).waitFor();
        expect(JSON.stringify(await stored(page))).toBe(JSON.stringify(before));
      });
    }
  }
});
