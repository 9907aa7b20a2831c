import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { solidPng } from '../support/images';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, WINDOW_SIZES } from '../support/window-sizes';

// An address a PDF broke with a space: the Notes tab offers the joined address as a fix. Neither address has a
// hyphen, where the browser could have wrapped it anyway.
const BROKEN_ADDRESS =
  'Shared draft, https://docs.google.com/document/d/1Xc9PqRtUvWxYzAbCdEfGhIjKlMnOpQrStUvWx0123/ ' +
  'edit?usp=sharing&ouid=104857392018476529384&rtpof=true&sd=true';
const LONG_ADDRESS =
  'https://www.example.org/download?file=ForcedLabourInTheSupplyChainsOfTheAutomotiveIndustryFullReport2024.pdf';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-panels-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/**
 * What sticks out of the side panel sideways: controls beyond the window's edges, and any element (a long address in
 * a card) wider than the panel. Controls below the fold are fine: the panel scrolls up and down.
 */
function overflowing(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const panel = document.querySelector('.side-panel');
    const edge = panel.getBoundingClientRect();
    const found = [];
    for (const element of panel.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) {
        continue;
      }
      const control = element.matches('button, input, select, textarea, a[href], [role="tab"]');
      const outside = box.left < -0.5 || box.right > window.innerWidth + 0.5;
      const wider = box.left < edge.left - 0.5 || box.right > edge.right + 0.5;
      if ((control && outside) || wider) {
        const name = element.getAttribute('aria-label') || element.textContent.trim().slice(0, 40);
        found.push(element.tagName.toLowerCase() + ' "' + name + '" ' + Math.round(box.left) + '–' + Math.round(box.right));
      }
    }
    return found;
  })()`);
}

async function insertNote(page: Page, text: string): Promise<void> {
  await letterBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('A sentence with a source. ');
  await page.keyboard.press('Control+Alt+f');
  const field = page.getByRole('textbox', { name: /^Text of note/ }).and(page.locator(':focus'));
  await field.waitFor();
  await field.fill(text);
}

async function addSignatory(page: Page, name: string, chapter: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a signatory' });
  await form.getByPlaceholder('Organization').fill(name);
  await form.getByPlaceholder('Chapter').fill(chapter);
  await form.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('list', { name: 'Signatories' }).getByText(name).first().waitFor();
}

describe('the side panel', () => {
  for (const size of WINDOW_SIZES) {
    it(`keeps every control and long address inside at ${sizeLabel(size)}`, async () => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(host.url);
      await createLetter(page, `Panels at ${size.width}`);
      await insertNote(page, BROKEN_ADDRESS);
      await insertNote(page, `Report, ${LONG_ADDRESS}`);
      await insertNote(page, `The same report, ${LONG_ADDRESS}`);
      const tabs = page.getByRole('tablist', { name: 'Letter details' });
      await tabs.getByRole('tab', { name: 'Notes' }).click();
      await page.getByRole('button', { name: 'Fix' }).waitFor();
      await page.screenshot({ path: screenshotPath('side-panel-notes', size) });
      expect(await overflowing(page)).toEqual([]);

      await tabs.getByRole('tab', { name: 'Checks' }).click();
      await page.getByRole('list', { name: 'Problems' }).waitFor();
      await page.screenshot({ path: screenshotPath('side-panel-checks', size) });
      expect(await overflowing(page)).toEqual([]);

      await tabs.getByRole('tab', { name: 'Signatories' }).click();
      await addSignatory(
        page,
        'Internationale Gesellschaft für Menschenrechte – Deutsche Sektion e.V.',
        'München',
      );
      await page.screenshot({ path: screenshotPath('side-panel-signatories', size) });
      expect(await overflowing(page)).toEqual([]);

      for (const tab of ['Comments', 'Versions']) {
        await tabs.getByRole('tab', { name: tab }).click();
        await page.getByRole('tab', { name: tab, selected: true }).waitFor();
        expect(await overflowing(page)).toEqual([]);
      }
      await page.close();
    });
  }
});

/**
 * The export dialog's controls a person cannot see without scrolling: outside the window, or outside the visible
 * part of the options column, which scrolls only when the window is smaller than 1280 × 800.
 */
function unseenExportControls(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const column = document.querySelector('.export-options').getBoundingClientRect();
    const found = [];
    for (const element of document.querySelectorAll('.export-dialog button, .export-dialog input, .export-dialog select')) {
      const box = element.getBoundingClientRect();
      const outside = box.left < -0.5 || box.top < -0.5 || box.right > window.innerWidth + 0.5 ||
        box.bottom > window.innerHeight + 0.5;
      const inColumn = element.closest('.export-options') !== null;
      const clipped = inColumn && (box.top < column.top - 0.5 || box.bottom > column.bottom + 0.5 ||
        box.left < column.left - 0.5 || box.right > column.right + 0.5);
      if (outside || clipped) {
        const name = element.getAttribute('aria-label') || element.closest('label')?.textContent.trim().slice(0, 40) ||
          element.textContent.trim().slice(0, 40);
        found.push(element.tagName.toLowerCase() + ' "' + name + '" ' + Math.round(box.left) + '–' +
          Math.round(box.right) + ', ' + Math.round(box.top) + '–' + Math.round(box.bottom));
      }
    }
    return found;
  })()`);
}

describe('the export dialog', () => {
  for (const size of WINDOW_SIZES) {
    it(`shows every option, the letterhead's included, without scrolling at ${sizeLabel(size)}`, async () => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(host.url);
      await createLetter(page, `Export at ${size.width}`);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export the letter' });
      const letterhead = dialog.getByLabel(/^Letterhead image/u);
      await letterhead.waitFor();
      expect(await unseenExportControls(page)).toEqual([]);

      // A chosen letterhead adds its Remove button, which must show too.
      await letterhead.setInputFiles({
        name: 'letterhead.png',
        mimeType: 'image/png',
        buffer: solidPng(400, 60),
      });
      await dialog.getByRole('button', { name: 'Remove letterhead' }).waitFor();
      await page.screenshot({ path: screenshotPath('export-dialog', size) });
      expect(await unseenExportControls(page)).toEqual([]);
      await page.close();
    });
  }
});
