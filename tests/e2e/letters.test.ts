import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');

let browser: Browser;
let host: RunningHost;
let dataDir: string;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  dataDir = tempDir('undersigned-letters-');
  host = await startHost(['--port', '0', '--data-dir', dataDir]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The editor's ProseMirror JSON, read from the editor instance TipTap attaches to its element. */
function bodyJson(page: Page): Promise<unknown> {
  return page.locator('.tiptap').evaluate((element: unknown) => {
    const editor: unknown =
      typeof element === 'object' && element !== null && 'editor' in element ? element.editor : null;
    if (
      typeof editor !== 'object' ||
      editor === null ||
      !('getJSON' in editor) ||
      typeof editor.getJSON !== 'function'
    ) {
      throw new Error('no editor on the page');
    }
    return editor.getJSON();
  });
}

describe('letters in browser mode', () => {
  it('keeps formatted text, an RTL paragraph and the title across a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Joint letter on Uyghur forced labour');
    const body = page.getByRole('textbox', { name: 'Letter text' });
    await body.click();
    await page.keyboard.type('We, the ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('undersigned');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' organizations, write to you.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('بىز ئىمزا قويغۇچى تەشكىلاتلار');
    await page.getByLabel('Text direction of this paragraph').selectOption('rtl');
    await waitSaved(page);
    const before = await bodyJson(page);
    expect(JSON.stringify(before)).toContain('"dir":"rtl"');
    expect(JSON.stringify(before)).toContain('"type":"bold"');
    await page.screenshot({ path: join(SCREENSHOTS, 'letter-1280x800.png') });

    await page.reload();
    await page.getByRole('textbox', { name: 'Letter text' }).waitFor();
    await page.getByText('undersigned').first().waitFor();
    expect(await bodyJson(page)).toEqual(before);
    expect(await page.getByLabel('Letter title').inputValue()).toBe('Joint letter on Uyghur forced labour');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SCREENSHOTS, 'letter-1920x1080.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({
      path: join(SCREENSHOTS, 'letter-dark-1280x800.png'),
      clip: { x: 0, y: 0, width: 1280, height: 800 },
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: '← Letters' }).click();
    await page.getByRole('button', { name: 'Joint letter on Uyghur forced labour', exact: true }).waitFor();
  });

  it('loses nothing when the host is killed while someone types, and catches up by itself', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Typing through a crash');
    await page.getByRole('textbox', { name: 'Letter text' }).click();
    const typed: string[] = [];
    const type = async (from: number, to: number) => {
      for (let index = from; index < to; index += 1) {
        const word = `word${index} `;
        typed.push(word);
        await page.keyboard.type(word);
      }
    };
    await type(0, 30);
    await host.kill();
    await type(30, 60);
    await page.getByRole('status').filter({ hasText: 'Not saved yet' }).waitFor();

    host = await startHost(['--port', String(host.port), '--data-dir', dataDir]);
    await type(60, 80);
    await waitSaved(page);
    const expected = typed.join('').trim();

    const fresh = await browser.newPage();
    await fresh.goto(host.url);
    await fresh.getByRole('button', { name: 'Typing through a crash', exact: true }).click();
    await fresh.getByText('word79').waitFor();
    expect((await fresh.getByRole('textbox', { name: 'Letter text' }).innerText()).trim()).toBe(expected);
  });

  it('undoes and redoes the person’s own typing with the usual shortcuts', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Undo test');
    const body = page.getByRole('textbox', { name: 'Letter text' });
    await body.click();
    await page.keyboard.type('First sentence.');
    await waitSaved(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second sentence.');
    await page.getByText('Second sentence.').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByText('Second sentence.').waitFor({ state: 'detached' });
    expect(await body.innerText()).toContain('First sentence.');
    await page.keyboard.press('Control+Shift+z');
    await page.getByText('Second sentence.').waitFor();
  });

  it('finds and replaces with Ctrl+H, as one undoable step', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Find test');
    const body = page.getByRole('textbox', { name: 'Letter text' });
    await body.click();
    await page.keyboard.type('The PRC must free Ilham Tohti. The prc must end forced labour.');
    await page.keyboard.press('Control+h');
    await page.getByLabel('Find', { exact: true }).fill('prc');
    await page.getByText('1 of 2').waitFor();
    await page.getByLabel('Find', { exact: true }).press('Enter');
    await page.getByText('2 of 2').waitFor();
    await page.getByLabel('Replace with').fill('government of China');
    await page.getByRole('button', { name: 'Replace all' }).click();
    await page.getByText('No matches').waitFor();
    expect(await body.innerText()).toBe(
      'The government of China must free Ilham Tohti. The government of China must end forced labour.',
    );
    await page.getByLabel('Replace with').press('Escape');
    // Escape hands the focus back to the text (on the next frame); Ctrl+Z must go there.
    await page.locator('.tiptap.ProseMirror-focused').waitFor();
    // Typing at once after the replace is an undo step of its own, not merged into the replace.
    await page.keyboard.press('End');
    await page.keyboard.type(' Now.');
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => body.innerText())
      .toBe('The government of China must free Ilham Tohti. The government of China must end forced labour.');
    await page.keyboard.press('Control+z');
    await page.getByText('The PRC must free Ilham Tohti.').waitFor();

    // Replace changes the selected match only and selects the next one; one Ctrl+Z takes it back.
    await page.keyboard.press('Control+h');
    await page.getByLabel('Find', { exact: true }).fill('prc');
    await page.getByText('1 of 2').waitFor();
    await page.getByLabel('Replace with').fill('Chinese government');
    await page.getByRole('button', { name: 'Replace', exact: true }).click();
    await page.getByText('1 of 1').waitFor();
    expect(await body.innerText()).toBe(
      'The Chinese government must free Ilham Tohti. The prc must end forced labour.',
    );
    expect(await page.evaluate('String(window.getSelection())')).toBe('prc');
    await page.getByRole('button', { name: 'Replace', exact: true }).click();
    await page.getByText('No matches').waitFor();
    expect(await body.innerText()).toBe(
      'The Chinese government must free Ilham Tohti. The Chinese government must end forced labour.',
    );
    await page.getByLabel('Replace with').press('Escape');
    await page.locator('.tiptap.ProseMirror-focused').waitFor();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => body.innerText())
      .toBe('The Chinese government must free Ilham Tohti. The prc must end forced labour.');
    await waitSaved(page);
  });

  it('renames, duplicates, deletes to the trash and restores from the home screen', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter to rename');
    await page.getByRole('button', { name: '← Letters' }).click();
    await page.getByRole('button', { name: 'Rename Letter to rename' }).click();
    await page.getByRole('dialog', { name: 'Rename letter' }).getByLabel('Title').fill('Renamed letter');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('button', { name: 'Renamed letter', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Duplicate Renamed letter' }).click();
    await page.getByRole('button', { name: 'Copy of Renamed letter', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Move Renamed letter to the trash' }).click();
    await page.getByRole('button', { name: 'Renamed letter', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await page.getByRole('button', { name: 'Restore Renamed letter' }).click();
    await page.getByText('The trash is empty').waitFor();
    await page.getByRole('button', { name: 'Back to letters' }).click();
    await page.getByRole('button', { name: 'Renamed letter', exact: true }).waitFor();
    await page.getByLabel('Search letters by title').fill('copy of');
    await page.getByRole('button', { name: 'Renamed letter', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Copy of Renamed letter', exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home-letters.png') });
  });
});
