import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import {
  screenshotPath,
  sizeLabel,
  SMALL_WINDOW,
  WINDOW_SIZES,
  type WindowSize,
} from '../support/window-sizes';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-editing-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

async function newLetterPage(title: string, size: WindowSize = SMALL_WINDOW): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(host.url);
  await createLetter(page, title);
  return page;
}

describe('editing the letter', () => {
  for (const size of WINDOW_SIZES) {
    it(`ends a link where it was made: text typed after it is not linked at ${sizeLabel(size)}`, async () => {
      const page = await newLetterPage(`Links at ${size.width}`, size);
      await letterBody(page).click();
      await page.keyboard.type('Read the report');
      await page.keyboard.press('Control+Shift+ArrowLeft');
      await page.keyboard.press('Control+Shift+ArrowLeft');
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Link' });
      await dialog.getByLabel('Web address').fill('https://example.org/report');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await letterBody(page).getByRole('link', { name: 'the report' }).waitFor();

      await page.keyboard.press('End');
      await page.keyboard.type(' today.');
      await letterBody(page).getByText('Read the report today.').waitFor();
      expect(await letterBody(page).getByRole('link').allInnerTexts()).toEqual(['the report']);
      await page.screenshot({ path: screenshotPath('link-ends', size) });
      await page.close();
    });
  }

  it('still makes a typed address a link, and ends it at the space', async () => {
    const page = await newLetterPage('Typed links');
    await letterBody(page).click();
    await page.keyboard.type('See https://example.org/report and more.');
    await letterBody(page).getByText('and more.').waitFor();
    expect(await letterBody(page).getByRole('link').allInnerTexts()).toEqual(['https://example.org/report']);
    await page.close();
  });

  for (const size of WINDOW_SIZES) {
    it(`puts the caret in the body of a letter just created, so typing starts the letter at ${sizeLabel(size)}`, async () => {
      const page = await newLetterPage(`Typing at once at ${size.width}`, size);
      await expect
        .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label") ?? null'))
        .toBe('Letter text');
      await page.keyboard.type('Dear Minister,');
      await letterBody(page).getByText('Dear Minister,').waitFor();
      await page.screenshot({ path: screenshotPath('caret-in-new-letter', size) });
      await page.close();
    });
  }
});
