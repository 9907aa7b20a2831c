import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, SMALL_WINDOW, WINDOW_SIZES } from '../support/window-sizes';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-versions-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

async function openLetter(page: Page, title: string): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: title, exact: true }).click();
  await letterBody(page).waitFor();
}

describe('named versions', () => {
  for (const size of WINDOW_SIZES) {
    it(`shows an edited sentence as changed, and restores it while keeping a co-editor’s edit elsewhere at ${sizeLabel(size)}`, async () => {
      const title = `Letter with versions at ${size.width}`;
      const author = await browser.newPage({ viewport: size });
      await author.goto(host.url);
      await createLetter(author, title);
      await letterBody(author).click();
      await author.keyboard.type('We urge you to visit Xinjiang.');
      await author.keyboard.press('Enter');
      await author.keyboard.type('Signed by the coalition.');
      await waitSaved(author);

      await author.getByRole('tab', { name: 'Versions' }).click();
      await author.getByRole('button', { name: 'Save version…' }).click();
      await author.getByLabel('Name of this version').fill('v1 sent to signatories');
      await author.getByRole('button', { name: 'Save version', exact: true }).click();
      await author.getByText('v1 sent to signatories').waitFor();

      await author.getByRole('button', { name: 'View “v1 sent to signatories”' }).click();
      const view = author.getByRole('dialog', { name: 'Version “v1 sent to signatories” (read-only)' });
      await view.getByText('We urge you to visit Xinjiang.').waitFor();
      await view.getByRole('button', { name: 'Close' }).click();
      await view.waitFor({ state: 'detached' });

      const coEditor = await browser.newPage({ viewport: size });
      await openLetter(coEditor, title);
      await coEditor.getByText('Signed by the coalition.').click();
      await coEditor.keyboard.press('End');
      await coEditor.keyboard.type(' And its partners.');
      await waitSaved(coEditor);

      await author.getByText('We urge you to visit Xinjiang.').click();
      await author.keyboard.press('End');
      await author.keyboard.press('Shift+Control+ArrowLeft');
      await author.keyboard.press('Shift+Control+ArrowLeft');
      await author.keyboard.type('the Uyghur Region.');
      await waitSaved(author);

      await author.getByRole('button', { name: 'Compare “v1 sent to signatories” with now' }).click();
      const dialog = author.getByRole('dialog', { name: 'Changes since “v1 sent to signatories”' });
      await dialog.getByText('1 block differs.').waitFor();
      await dialog.locator('[data-change="changed"] del').filter({ hasText: 'Xinjiang' }).waitFor();
      await dialog.locator('[data-change="changed"] ins').filter({ hasText: 'Uyghur' }).waitFor();
      await author.screenshot({ path: screenshotPath('compare', size) });
      await dialog.getByRole('button', { name: 'Restore this version…' }).click();
      const confirm = dialog.getByRole('group', { name: 'Confirm the restore' });
      await confirm.getByText('is saved first as the version').waitFor();
      await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
      await author.getByText('We urge you to visit Xinjiang.').waitFor();
      const automatic = author.getByRole('list', { name: 'Automatic versions' });
      await automatic.getByText('Before restore of “v1 sent to signatories”').waitFor();
      expect(await author.getByRole('list', { name: 'Named versions' }).innerText()).not.toContain(
        'Before restore',
      );
      await waitSaved(author);

      const reader = await browser.newPage({ viewport: size });
      await openLetter(reader, title);
      await reader.getByText('And its partners.').waitFor();
      expect(await letterBody(reader).innerText()).toBe(
        'We urge you to visit Xinjiang.\n\nSigned by the coalition. And its partners.',
      );

      await author.locator('.tiptap.ProseMirror-focused').waitFor();
      await author.keyboard.press('Control+z');
      await author.getByText('the Uyghur Region.').waitFor();
      await author.screenshot({ path: screenshotPath('versions-after-restore', size) });
      await Promise.all([author.close(), coEditor.close(), reader.close()]);
    });
  }
});

describe('comparing with a version', () => {
  it('keeps a list a list, and the note markers and links of a changed sentence', async () => {
    const page = await browser.newPage({ viewport: SMALL_WINDOW });
    await page.goto(host.url);
    await createLetter(page, 'Letter with a list');
    await letterBody(page).click();
    await page.keyboard.type('- Free them');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Close the camps');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('See the report');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+k');
    const link = page.getByRole('dialog', { name: 'Link' });
    await link.getByLabel('Web address').fill('https://example.org/report');
    await link.getByRole('button', { name: 'Apply' }).click();
    await letterBody(page).getByRole('link', { name: 'report' }).waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Alt+f');
    const note = page.getByRole('textbox', { name: /^Text of note/u }).and(page.locator(':focus'));
    await note.fill('Published in 2024.');
    await waitSaved(page);
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('button', { name: 'Save version…' }).click();
    await page.getByLabel('Name of this version').fill('v1');
    await page.getByRole('button', { name: 'Save version', exact: true }).click();
    await page.getByRole('button', { name: 'Compare “v1” with now' }).waitFor();

    await letterBody(page).getByText('Free them').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' all');
    await letterBody(page).getByText('See the').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.keyboard.type('Read');
    await letterBody(page).getByText('Read the').waitFor();
    await waitSaved(page);

    await page.getByRole('button', { name: 'Compare “v1” with now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changes since “v1”' });
    const items = dialog.locator('ul > li');
    await dialog.locator('ins').filter({ hasText: 'all' }).waitFor();
    expect(await items.allInnerTexts()).toEqual([
      expect.stringMatching(/^Free them\s*all$/u),
      'Close the camps',
    ]);
    await dialog.locator('del').filter({ hasText: 'See' }).waitFor();
    await dialog.locator('ins').filter({ hasText: 'Read' }).waitFor();
    expect(await dialog.locator('[data-href="https://example.org/report"]').innerText()).toBe('report');
    expect(await dialog.locator('.version-note').allInnerTexts()).toEqual(['[1]']);
    await page.screenshot({ path: screenshotPath('compare-list-note-link', SMALL_WINDOW) });
    await page.close();
  });
});

describe('automatic versions', () => {
  it('saves one after a pause in the editing, listed apart from the named ones', async () => {
    const page = await browser.newPage({ viewport: SMALL_WINDOW });
    await page.clock.install();
    await page.goto(host.url);
    await createLetter(page, 'Letter with a pause');
    await letterBody(page).click();
    await page.keyboard.type('A first draft, then coffee.');
    await waitSaved(page);
    await page.getByRole('tab', { name: 'Versions' }).click();
    const automatic = page.getByRole('list', { name: 'Automatic versions' });
    await page.clock.runFor('09:00');
    expect(await automatic.count()).toBe(0);
    await page.clock.runFor('01:05');
    await automatic.getByText('After a pause in editing').waitFor();
    await page.getByText('No named versions yet.').waitFor();
    await page.screenshot({ path: 'test-results/e2e/automatic-versions.png' });
  });
});
