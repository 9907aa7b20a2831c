import { spawnSync } from 'node:child_process';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-export-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

async function exportAs(page: Page, format: string): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the letter' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format} —`, 'u') }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await dialog
    .getByRole('status')
    .filter({ hasText: /^Saved / })
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), path: await file.path() };
}

describe('exporting from the letter screen', () => {
  it('saves the same letter as PDF and as Word, with its note', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter to export');
    await letterBody(page).click();
    await page.keyboard.type('We call for the release of Ilham Tohti.');
    await page.keyboard.press('Control+Alt+f');
    await page
      .getByRole('textbox', { name: 'Text of note 1' })
      .fill('PEN America, https://pen.org/ilham-tohti/');
    await waitSaved(page);

    const pdf = await exportAs(page, 'PDF');
    expect(pdf.name).toBe('Letter to export.pdf');
    const text = spawnSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('We call for the release of Ilham Tohti.');
    expect(text).toContain('PEN America');

    const word = await exportAs(page, 'Word');
    expect(word.name).toBe('Letter to export.docx');
    const html = (await mammoth.convertToHtml({ path: word.path })).value;
    expect(html).toContain('We call for the release of Ilham Tohti.');
    expect(html).toContain('footnote-ref-1');
  });
});
