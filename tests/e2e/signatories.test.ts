import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
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
    expect(await dialog.getByLabel('Country or chapter column').inputValue()).toBe('Country');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('button', { name: 'Add 2 signatories' }).click();
    await page
      .getByRole('list', { name: 'Signatories' })
      .getByText('Uyghur Human Rights Project – USA')
      .waitFor();
    expect(await page.getByRole('list', { name: 'Signatories' }).innerText()).not.toContain('@');
  });
});
