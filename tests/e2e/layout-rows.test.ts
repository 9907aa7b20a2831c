import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { sizeLabel, SMALL_WINDOW, WINDOW_SIZES, type WindowSize } from '../support/window-sizes';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-rows-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The vertical middle of each control: controls on one row share it (within a few pixels). */
async function middles(controls: Locator[]): Promise<number[]> {
  return Promise.all(
    controls.map(async (control) => {
      const box = await control.boundingBox();
      return box ? Math.round(box.y + box.height / 2) : Number.NaN;
    }),
  );
}

async function expectOneRow(controls: Locator[]): Promise<void> {
  const [first = Number.NaN, ...rest] = await middles(controls);
  for (const middle of rest) {
    expect(Math.abs(middle - first)).toBeLessThanOrEqual(4);
  }
}

async function openPage(size: WindowSize = SMALL_WINDOW): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(host.url);
  return page;
}

describe('controls that belong together stay on one row at 1280 × 800', () => {
  it('puts New letter first among the home screen’s buttons, all on one row', async () => {
    const page = await openPage();
    const tool = (name: string) => page.getByRole('button', { name, exact: true });
    await tool('New letter').waitFor();
    await expectOneRow([
      tool('New letter'),
      tool('Import letter…'),
      tool('Join from link…'),
      tool('Directory'),
      tool('Trash'),
    ]);
    const left = async (name: string) => (await tool(name).boundingBox())?.x ?? Number.NaN;
    expect(await left('New letter')).toBeLessThan(await left('Import letter…'));
    await page.close();
  });

  it('keeps the find and replace bar on one row', async () => {
    const page = await openPage();
    await createLetter(page, 'Find bar row');
    await letterBody(page).click();
    await page.keyboard.press('Control+h');
    const bar = page.getByRole('search', { name: 'Find and replace' });
    await bar.waitFor();
    await expectOneRow([
      bar.getByRole('textbox').first(),
      bar.getByRole('button', { name: 'Replace all' }),
      bar.getByRole('button', { name: 'Close find (Escape)' }),
    ]);
    await page.close();
  });

  it('puts Close beside Share in the share dialog', async () => {
    const page = await openPage();
    await createLetter(page, 'Share row');
    await page.getByRole('button', { name: 'Share…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this letter' });
    await dialog.getByLabel('Server address').waitFor();
    await expectOneRow([
      dialog.getByRole('button', { name: 'Close' }),
      dialog.getByRole('button', { name: 'Share' }),
    ]);
    expect(await dialog.getByRole('button', { name: 'Close' }).count()).toBe(1);
    await page.close();
  });
});

describe('the formatting toolbar', () => {
  for (const size of WINDOW_SIZES) {
    it(`keeps every control on one row at ${sizeLabel(size)}`, async () => {
      const page = await openPage(size);
      await createLetter(page, `Toolbar at ${size.width}`);
      const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
      const controls = await toolbar.locator('button, select').all();
      // Undo to Comment, the text direction and the mode switch: none left out, none on a second row.
      expect(controls.length).toBeGreaterThanOrEqual(17);
      await expectOneRow(controls);
      await page.close();
    });
  }

  it('switches mode with the mouse, the keyboard and the shortcut, and names the shortcuts', async () => {
    const page = await openPage();
    await createLetter(page, 'Mode switch');
    const mode = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('combobox', { name: 'Mode' });
    expect(await mode.getAttribute('title')).toContain('Suggesting: Ctrl+Alt+Shift+X');
    expect(await mode.getAttribute('aria-description')).toContain('Viewing: Ctrl+Alt+Shift+C');

    await mode.selectOption('viewing');
    expect(await letterBody(page).getAttribute('contenteditable')).toBe('false');
    expect(await mode.locator('option:checked').textContent()).toBe('Viewing');

    // Arrow keys on the closed switch move through the modes, as on any select.
    await mode.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => mode.inputValue()).toBe('suggesting');
    expect(await letterBody(page).getAttribute('contenteditable')).toBe('true');

    await letterBody(page).click();
    await page.keyboard.press('Control+Alt+Shift+Z');
    await expect.poll(() => mode.inputValue()).toBe('editing');
    await page.close();
  });
});
