import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
import { mergedListLetter } from '../support/long-lists';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-signatories-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The fixture letter's signatory block, as copied from its web page (merged PDF columns and all). */
function fixtureBlock(): string {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'cfu-230-groups-bachelet-letter.txt'), 'utf8');
  return text.slice(text.indexOf('Signed by:') + 'Signed by:'.length, text.indexOf('Editors Notes:')).trim();
}

describe('pasting a sign-on list', () => {
  it('cleans the fixture block with suggestions a person can dismiss, then counts the confirmed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Letter with a pasted list');
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    await dialog.getByLabel(/One organization per line/u).fill(fixtureBlock());
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: '222 signatories from 202 lines' }).waitFor();
    const split = dialog.getByRole('checkbox', {
      name: /Cut after “Blue Crescent Humanitarian Aid Association”/u,
    });
    expect(await split.isChecked()).toBe(true);
    await split.uncheck();
    await dialog.getByRole('status').filter({ hasText: '221 signatories from 202 lines' }).waitFor();
    await dialog.getByRole('button', { name: 'Add 221 signatories' }).click();
    await page.getByRole('status').filter({ hasText: '221 confirmed · 0 invited' }).waitFor();
    await page.getByText('221 signatories').waitFor();
    await page.getByLabel('Search signatories').fill('boston tibet');
    await page
      .getByRole('list', { name: 'Signatories' })
      .getByText('Blue Crescent Humanitarian Aid Association Boston Tibet Network')
      .waitFor();
    // A chapter the clean-up completed keeps the record of the lines it was made from.
    await page.getByLabel('Search signatories').fill('students for a free tibet');
    await page
      .getByRole('list', { name: 'Signatories' })
      .getByRole('button', { name: 'Edit Students for a Free Tibet – Canada' })
      .click();
    const edit = page.getByRole('dialog', { name: 'Edit Students for a Free Tibet – Canada' });
    await edit
      .getByRole('list', { name: 'Clean-up history' })
      .getByText(
        /^Made from the lines “Students for a Free Tibet”, .+ as “Students for a Free Tibet – Canada” on /u,
      )
      .waitFor();
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // The dismissed split stays dismissed the next time the same list is pasted.
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    await dialog.getByLabel(/One organization per line/u).fill(fixtureBlock());
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: '221 signatories from 202 lines' }).waitFor();
    expect(await split.isChecked()).toBe(false);
  });

  it('adds a CSV export of a sign-on form, organization and country, without the contact details', async () => {
    const csv = join(tempDir('undersigned-csv-'), 'responses.csv');
    writeFileSync(
      csv,
      'Timestamp,Organization,Country,Contact name,Email\n2022/05/20,Uyghur Human Rights Project,USA,Omer,omer@example.org\n2022/05/20,Tibet Action Institute,,Lhadon,l@example.org\n',
    );
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter with a form export');
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    await dialog.getByLabel(/Or choose a CSV file/u).setInputFiles(csv);
    expect(await dialog.getByLabel('Organization column').inputValue()).toBe('Organization');
    expect(await dialog.getByLabel('Country column').inputValue()).toBe('Country');
    expect(await dialog.getByLabel('Chapter column').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('button', { name: 'Add 2 signatories' }).click();
    await page
      .getByRole('list', { name: 'Signatories' })
      .getByText('Uyghur Human Rights Project – United States')
      .waitFor();
    expect(await page.getByRole('list', { name: 'Signatories' }).innerText()).not.toContain('@');

    // A file far larger than any list is refused before it is read (sparse: its size is all there is to it).
    const huge = join(tempDir('undersigned-csv-'), 'everything.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 81 * 1024 * 1024);
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    await dialog.getByLabel(/Or choose a CSV file/u).setInputFiles(huge);
    await dialog.getByRole('alert').filter({ hasText: 'everything.csv is larger than 80 MB' }).waitFor();
    expect(await dialog.getByLabel(/One organization per line/u).inputValue()).toBe('');
  });

  it('lists the first 300 suggestions of a long paste, adds them all, and refuses a paste past the limits', async () => {
    const page = await browser.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await page.goto(host.url);
    await createLetter(page, 'Letter with a long pasted list');
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    const box = dialog.getByLabel(/One organization per line/u);
    // Pasted as a person pastes (typing 100,000 lines would take minutes): two organizations on each of 1,000
    // lines, a split suggestion per line.
    await pasteInto(box, mergedListLetter(1_000).split('Signed by:\n')[1] ?? '');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: '2000 signatories from 1000 lines; 1000 suggestions (1000 accepted).' })
      .waitFor();
    expect(await dialog.getByRole('list', { name: 'Suggestions' }).getByRole('checkbox').count()).toBe(300);
    await dialog.getByText('…and 700 more suggestions.').waitFor();
    await dialog.getByRole('button', { name: 'Add 2000 signatories' }).click();
    await page.getByRole('status').filter({ hasText: '2000 confirmed · 0 invited' }).waitFor();

    await page.getByRole('button', { name: 'Paste a list…' }).click();
    await pasteInto(box, 'Free Tibet\n'.repeat(100_001));
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'more than 100,000 lines' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Add', exact: true }).isDisabled()).toBe(true);
  });

  it('sets the box right to left for a Uyghur list', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter with a Uyghur list');
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const box = page
      .getByRole('dialog', { name: 'Paste a list of signatories' })
      .getByLabel(/One organization/u);
    expect(await box.getAttribute('dir')).toBe('ltr');
    await box.fill('١. دۇنيا ئۇيغۇر قۇرۇلتىيى');
    expect(await box.getAttribute('dir')).toBe('rtl');
  });
});

/** Pastes through the clipboard with Ctrl+V, and waits until the box holds the whole text. */
async function pasteInto(box: Locator, text: string): Promise<void> {
  await box.page().evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await box.fill('');
  await box.press('Control+V');
  await expect.poll(async () => (await box.inputValue()).length, { timeout: 30_000 }).toBe(text.length);
}
