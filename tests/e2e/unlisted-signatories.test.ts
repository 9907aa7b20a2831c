import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { letterWithUnlisted } from '../support/unlisted-letter';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-unlisted-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** Exports the open letter as a PDF and returns its text, as pdftotext reads it. */
async function exportedPdfText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the letter' });
  await dialog.getByRole('radio', { name: /^PDF —/u }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await dialog
    .getByRole('status')
    .filter({ hasText: /^Saved / })
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return spawnSync('pdftotext', [await file.path(), '-'], { encoding: 'utf8' }).stdout;
}

describe('signatories counted but not listed by name', () => {
  it('come from “…and 40 more organizations”, bear out “over 100” with 70 listed, and are printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog.getByLabel('Letter text').fill(letterWithUnlisted());
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: '70 signatories (from 71 lines) and 40 more, not listed.' })
      .waitFor();
    await dialog.getByText('No problems found.').waitFor();
    await dialog.getByRole('button', { name: 'Create letter' }).click();

    await page.getByRole('textbox', { name: 'Letter text' }).waitFor();
    // The status bar counts who signed as the count check does: 70 listed and 40 more.
    await page.getByText('110 signatories').waitFor();
    await page.getByRole('tab', { name: 'Signatories' }).click();
    const field = page.getByRole('spinbutton', { name: 'Signatories not listed by name' });
    expect(await field.inputValue()).toBe('40');
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByText('No problems found.').waitFor();
    const mismatches = page.locator('.tiptap .count-claim-mismatch');
    expect(await mismatches.count()).toBe(0);

    // Fewer not listed and "over 100" no longer holds, in the editor and the Checks tab; undo brings the 40 back.
    await page.getByRole('tab', { name: 'Signatories' }).click();
    await field.fill('12');
    await mismatches.first().waitFor();
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page
      .getByRole('list', { name: 'Problems' })
      .getByText('82 signed: 70 confirmed signatories and 12 more not listed by name', { exact: false })
      .waitFor();
    await page.getByRole('tab', { name: 'Signatories' }).click();
    await field.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe('40');
    await mismatches.first().waitFor({ state: 'detached' });

    // A pasted list that ends "…and 5 more" adds them to the count.
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    await paste
      .getByLabel(/One organization per line/u)
      .fill('Yerevan Press Club\n…and 5 more organizations');
    await paste.getByRole('button', { name: 'Check' }).click();
    await paste.getByRole('status').filter({ hasText: 'And 5 more, not listed' }).waitFor();
    await paste.getByRole('button', { name: 'Add 1 signatories' }).click();
    await expect.poll(() => field.inputValue()).toBe('45');
    await page.getByText('116 signatories').waitFor();
    await waitSaved(page);

    const text = await exportedPdfText(page);
    expect(text).toContain('Warsaw Teachers Forum');
    expect(text).toContain('…and 45 more organizations');
    expect(text.indexOf('…and 45 more organizations')).toBeGreaterThan(text.indexOf('Warsaw Teachers Forum'));
  });
});
