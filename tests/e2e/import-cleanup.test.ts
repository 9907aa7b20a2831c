import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, WINDOW_SIZES } from '../support/window-sizes';

let browser: Browser;
const hosts: RunningHost[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await browser.close();
});

/** A letter whose list has a line holding two organizations, another spelling of one of them, and two repeats. */
const LETTER = [
  'Stop the Transfers Now',
  '',
  'Dear Minister,',
  '',
  'We, the 6 undersigned organizations, urge you to stop the transfers.',
  '',
  'Signed by:',
  '',
  'Amnesty International',
  'Human Rights Watch',
  'Support Hong Kong Independence Movement Svenska Uigur Union',
  'Sweden Uyghur Union',
  'Amnesty Internatonal',
  'World Uyghur Congress',
  'Human Rights Watch',
].join('\n');

async function setName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Set your name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your profile' });
  await dialog.getByLabel('Display name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The class names of the open dialog and its elements that scroll (a text box scrolls its own text: left out). */
function scrollAreas(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const dialog = document.querySelector('dialog[open]');
    return [dialog, ...dialog.querySelectorAll('*')]
      .filter((node) => node.tagName !== 'TEXTAREA' && /auto|scroll/.test(getComputedStyle(node).overflowY))
      .map((node) => node.className);
  })()`);
}

async function cleanupHistoryOf(page: Page, name: string): Promise<string[]> {
  await page
    .getByRole('list', { name: 'Signatories' })
    .getByRole('button', { name: `Edit ${name}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  const history = dialog.getByRole('list', { name: 'Clean-up history' }).getByRole('listitem');
  await history.first().waitFor();
  const texts = await history.allInnerTexts();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  return texts;
}

describe('the clean-up of an imported list', () => {
  for (const size of WINDOW_SIZES) {
    it(`lets each suggestion be accepted or dismissed, and keeps a record of the accepted ones at ${sizeLabel(size)}`, async () => {
      // A new host each time: the letter, the profile and the directory start empty at each size.
      const host = await startHost(['--data-dir', tempDir('undersigned-import-cleanup-')]);
      hosts.push(host);
      const page = await browser.newPage({ viewport: size });
      await page.goto(host.url);
      await setName(page, 'Gulnar Ablimit');
      await page.getByRole('button', { name: 'Import letter…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a letter' });
      await dialog.getByLabel('Letter text').fill(LETTER);
      await dialog.getByRole('button', { name: 'Check' }).click();
      const found = dialog.getByRole('status').filter({ hasText: 'Stop the Transfers Now' });
      await found.filter({ hasText: '5 signatories (from 7 lines)' }).waitFor();
      const suggestions = dialog.getByRole('list', { name: 'Suggestions' }).getByRole('checkbox');
      expect(await suggestions.count()).toBe(4);
      // The suggestions are listed once, as choices, not again among the problems.
      const problems = dialog.getByRole('list', { name: 'Problems found' });
      expect(await problems.getByText(/repeats/u).count()).toBe(0);
      await problems.getByText(/^The letter says “6”, but 5 signatories/u).waitFor();
      // One scroll area: the dialog's body; the report and the parts grow inside it.
      expect(await scrollAreas(page)).toEqual(['import-dialog-body']);

      // Dismissed: the repeated Human Rights Watch stays, and the count check agrees with the letter's "6".
      const repeat = dialog.getByRole('checkbox', { name: /“Human Rights Watch” repeats/u });
      await repeat.uncheck();
      await found.filter({ hasText: '6 signatories' }).waitFor();
      await problems.getByText(/^The letter says “6”/u).waitFor({ state: 'detached' });
      // Dismissed, then accepted again: the two spellings of Amnesty are one.
      const amnesty = dialog.getByRole('checkbox', { name: /“Amnesty Internatonal” repeats/u });
      await amnesty.uncheck();
      await found.filter({ hasText: '7 signatories' }).waitFor();
      await expect.poll(() => amnesty.isEnabled()).toBe(true);
      await amnesty.check();
      await found.filter({ hasText: '6 signatories' }).waitFor();
      await dialog.getByText('3 of 4 suggestions accepted.').waitFor();
      expect(await repeat.isChecked()).toBe(false);
      expect(await amnesty.isChecked()).toBe(true);
      const create = dialog.getByRole('button', { name: 'Create letter' });
      const box = await create.boundingBox();
      expect(box && box.y + box.height <= size.height).toBe(true);
      await page.screenshot({ path: screenshotPath('import-cleanup', size) });
      await create.click();

      await page.getByRole('tab', { name: 'Signatories' }).click();
      await page.getByRole('status').filter({ hasText: '6 confirmed · 0 invited' }).first().waitFor();
      const rows = page.getByRole('list', { name: 'Signatories' }).getByRole('listitem');
      expect(await rows.filter({ hasText: 'Human Rights Watch' }).count()).toBe(2);
      expect(await rows.filter({ hasText: 'Internatonal' }).count()).toBe(0);
      await rows.filter({ hasText: 'Support Hong Kong Independence Movement' }).waitFor();

      expect(await cleanupHistoryOf(page, 'Amnesty International')).toEqual([
        expect.stringMatching(
          /^Merged “Amnesty Internatonal” into “Amnesty International” on .+ by Gulnar Ablimit$/u,
        ),
      ]);
      expect(await cleanupHistoryOf(page, 'Support Hong Kong Independence Movement')).toEqual([
        expect.stringMatching(
          /^Split from the line “Support Hong Kong Independence Movement Svenska Uigur Union” into “Support Hong Kong Independence Movement”, “Svenska Uigur Union” on /u,
        ),
      ]);
      expect(await cleanupHistoryOf(page, 'Sweden Uyghur Union')).toEqual([
        expect.stringMatching(/^Merged “Svenska Uigur Union” into “Sweden Uyghur Union” on /u),
      ]);

      // Added to the directory, the merged spelling is an alias: a search for it finds the organization.
      await page.getByRole('button', { name: 'Add 6 to directory' }).click();
      await page.getByRole('button', { name: /to directory/u }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: '← Letters' }).click();
      await page.getByRole('button', { name: 'Directory' }).click();
      const directory = page.getByRole('dialog', { name: 'Organization directory' });
      await directory.getByLabel('Search the directory').fill('internatonal');
      const organizations = directory.getByRole('list', { name: 'Organizations' }).getByRole('button');
      // The search answers after a pause: wait for the list to narrow to the one organization.
      await expect.poll(() => organizations.allInnerTexts()).toEqual(['Amnesty International']);
      await page.close();
    });
  }
});
