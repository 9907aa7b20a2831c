import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { GOOGLE_DOCS_HTML } from '../support/clipboard-samples';
import { complaintsOf } from '../support/console-complaints';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-console-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

async function edit(page: Page): Promise<void> {
  await letterBody(page).click();
  await page.keyboard.type('We, the undersigned organizations, write to you. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Act now.');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' See https://example.org/report for the facts.');
  await page.keyboard.press('Control+Alt+f');
  await page
    .getByRole('textbox', { name: /^Text of note/u })
    .and(page.locator(':focus'))
    .fill('A source.');
  // Back into the text on a word: a click in the gap between paragraphs soon after the first click counts as a
  // double click there, and ProseMirror itself warns that a word cannot be selected between blocks.
  await letterBody(page).getByText('Act now.').click();
  const bold = page.getByRole('button', { name: 'Bold (Ctrl+B)' });
  await bold.and(page.locator('[aria-pressed="true"]')).waitFor();
  // The browser moves the caret for Ctrl+End and the editor learns of it a moment later; the paste below is
  // dispatched at once, so wait until the editor knows the caret has left the bold words.
  await page.keyboard.press('Control+End');
  await bold.and(page.locator('[aria-pressed="false"]')).waitFor();
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', ${JSON.stringify(GOOGLE_DOCS_HTML)});
    transfer.setData('text/plain', 'Pasted.');
    document.querySelector('.tiptap').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  })()`);
  await letterBody(page).getByText('full report').waitFor();
}

describe('the console', () => {
  it('stays quiet while a letter is created, edited, checked, previewed, exported and reopened', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const complaints = complaintsOf(page);
    await page.goto(host.url);
    await createLetter(page, 'A quiet letter');
    await edit(page);
    await waitSaved(page);
    const tabs = page.getByRole('tablist', { name: 'Letter details' });
    for (const tab of ['Notes', 'Checks', 'Versions', 'Signatories']) {
      await tabs.getByRole('tab', { name: tab }).click();
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Export…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export the letter' });
    await exporting.getByRole('radio', { name: /^Web page —/u }).check();
    await exporting
      .getByTitle('Preview of the exported letter')
      .contentFrame()
      .getByText('Act now.')
      .waitFor();
    const download = page.waitForEvent('download');
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('A quiet letter.html');
    await exporting
      .getByRole('status')
      .filter({ hasText: /^Saved / })
      .waitFor();
    await exporting.getByRole('button', { name: 'Close' }).click();
    await exporting.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '← Letters' }).click();
    await page.getByRole('button', { name: 'A quiet letter', exact: true }).click();
    await letterBody(page).getByText('Act now.').waitFor();
    await page.reload();
    await letterBody(page).getByText('Act now.').waitFor();
    expect(complaints).toEqual([]);
    await page.close();
  });
});
