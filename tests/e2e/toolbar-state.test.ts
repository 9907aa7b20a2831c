import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-toolbar-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** Waits until each named toolbar button shows the pressed state given. */
async function shows(page: Page, states: Record<string, boolean>): Promise<void> {
  for (const [label, pressed] of Object.entries(states)) {
    await page
      .getByRole('button', { name: label, exact: true })
      .and(page.locator(`[aria-pressed="${String(pressed)}"]`))
      .waitFor();
  }
}

describe('the toolbar', () => {
  it('shows the formatting where the caret is, as it types and moves through blocks and marks', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Toolbar states');
    await letterBody(page).click();
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.type('A heading');
    await shows(page, { 'Heading (Ctrl+Alt+2)': true, 'Subheading (Ctrl+Alt+3)': false });

    await page.keyboard.press('Enter');
    await page.keyboard.type('Plain and ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('strong');
    await shows(page, { 'Heading (Ctrl+Alt+2)': false, 'Bold (Ctrl+B)': true });
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' words.');
    await shows(page, { 'Bold (Ctrl+B)': false });

    // Typing into bold text keeps the button pressed; leaving it for plain text lets it go.
    await letterBody(page).locator('strong').click();
    await shows(page, { 'Bold (Ctrl+B)': true });
    await page.keyboard.type('er');
    await letterBody(page).locator('strong', { hasText: 'er' }).waitFor();
    await shows(page, { 'Bold (Ctrl+B)': true });
    await page.keyboard.press('End');
    await shows(page, { 'Bold (Ctrl+B)': false });

    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('First item');
    await shows(page, { 'Bulleted list (Ctrl+Shift+8)': true, 'Numbered list (Ctrl+Shift+7)': false });
    await page.keyboard.press('Control+Shift+7');
    await shows(page, { 'Bulleted list (Ctrl+Shift+8)': false, 'Numbered list (Ctrl+Shift+7)': true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+b');
    await page.keyboard.type('Quoted');
    await shows(page, { 'Numbered list (Ctrl+Shift+7)': false, 'Quote (Ctrl+Shift+B)': true });

    await letterBody(page).getByText('A heading').click();
    await shows(page, { 'Heading (Ctrl+Alt+2)': true, 'Quote (Ctrl+Shift+B)': false });
    await letterBody(page).getByText('First item').click();
    await shows(page, { 'Heading (Ctrl+Alt+2)': false, 'Numbered list (Ctrl+Shift+7)': true });
    await page.close();
  });
});
