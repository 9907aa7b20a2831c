import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-import-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** Opens the Import dialog on the fixture letter's text file, as a person choosing the file would. */
async function openFixtureImport(page: Page): Promise<Locator> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Import letter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a letter' });
  await dialog
    .getByLabel('File')
    .setInputFiles(join(__dirname, '..', 'fixtures', 'cfu-230-groups-bachelet-letter.txt'));
  await dialog.getByLabel('Letter text').filter({ hasText: 'Signed by' }).waitFor();
  return dialog;
}

describe('importing a letter', () => {
  it('turns the fixture letter, as copied from its web page, into a letter with numbered notes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const dialog = await openFixtureImport(page);
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: '10 paragraphs, 10 notes' }).waitFor();
    const problems = await dialog
      .getByRole('list', { name: 'Problems found' })
      .getByRole('listitem')
      .allInnerTexts();
    // Errors come first: the four addresses the PDF copy broke. Then the count; the signatory block's clean-up is
    // listed apart, each suggestion to accept or dismiss.
    expect(problems.slice(0, 4)).toEqual([
      expect.stringMatching(/^Note 2: This address is broken/u),
      expect.stringMatching(/^Note 3: This address is broken/u),
      expect.stringMatching(/^Note 9: This address is broken/u),
      expect.stringMatching(/^Note 10: This address is broken/u),
    ]);
    expect(problems).toContainEqual(
      expect.stringMatching(/^The letter says “over 230”, but 222 signatories have confirmed/u),
    );
    const split = dialog.getByRole('list', { name: 'Suggestions' }).getByRole('checkbox', {
      name: /Cut after “Blue Crescent Humanitarian Aid Association”/u,
    });
    expect(await split.isChecked()).toBe(true);
    await page.screenshot({ path: 'test-results/e2e/import.png' });
    await dialog.getByRole('button', { name: 'Create letter' }).click();

    await page.getByRole('textbox', { name: 'Letter text' }).waitFor();
    expect(await page.getByLabel('Letter title').inputValue()).toBe(
      'CFU Joins 230 Organizations Demanding UN High Commissioner for Human Rights’ Resignation',
    );
    await page.getByText('[Ch: Xinjiang Uyghur Autonomous Region]', { exact: false }).first().waitFor();
    expect(await page.locator('.tiptap sup.note-ref').count()).toBe(10);
    await page.getByText('222 signatories').waitFor();

    await page.getByRole('tab', { name: 'Signatories' }).click();
    await page.getByRole('status').filter({ hasText: '222 confirmed · 0 invited' }).first().waitFor();
    await page.getByLabel('Search signatories').fill('students for a free tibet');
    const rows = page.getByRole('list', { name: 'Signatories' }).getByRole('listitem');
    await rows.filter({ hasText: 'Students for a Free Tibet – Canada' }).waitFor();
    // The list may group its rows under letter headings; the search finds the seven entries.
    expect(await rows.filter({ hasText: 'Students for a Free Tibet' }).count()).toBe(7);
    await page.getByLabel('Status of Students for a Free Tibet – Canada').selectOption('withdrawn');
    await page.getByText('221 signatories').waitFor();
    await page.getByRole('combobox', { name: 'Organization' }).fill('Uyghur Human Rights Project');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('222 signatories').waitFor();
    await page.screenshot({ path: 'test-results/e2e/signatories.png' });
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page
      .getByRole('list', { name: 'Problems' })
      .getByText('The letter says “over 230”, but 222 signatories have confirmed.', { exact: false })
      .waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    expect(await page.getByRole('textbox', { name: 'Text of note 7' }).inputValue()).toMatch(
      /^‘Tibet’ refers to/u,
    );
    expect(await page.getByLabel('Heading of the notes section').inputValue()).toBe('Editors Notes');
  });

  it('refuses binary input in one plain sentence', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog.getByLabel('Letter text').fill('PK\u0003\u0004\u0000\u0000 binary');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'This is not text' }).waitFor();
  });

  it('imports a Word file', async () => {
    const word = join(tempDir('undersigned-import-docx-'), 'letter.docx');
    const root = join(__dirname, '..', '..');
    const exported = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'cli', 'main.ts'),
        'export',
        join(root, 'tests', 'fixtures', 'cfu-letter.letter.json'),
        '--format',
        'docx',
        '--out',
        word,
      ],
      { encoding: 'utf8' },
    );
    expect(exported.status).toBe(0);
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog.getByLabel('File').setInputFiles(word);
    await dialog.getByLabel('Letter text').filter({ hasText: 'We, over 230 Uyghur' }).waitFor();
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: '10 paragraphs' }).waitFor();
  });

  it('shows the parts found, lets a boundary be moved, and creates the letter with the moved part', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialog = await openFixtureImport(page);
    await dialog.getByRole('button', { name: 'Check' }).click();
    const parts = dialog.getByRole('region', { name: 'Parts of the text' });
    await parts.getByRole('region', { name: 'Signatories' }).getByText('Signed by:').waitFor();
    await parts.getByRole('region', { name: 'After the letter (left out)' }).getByText('Share').waitFor();
    const firstSignatory = parts.getByLabel(/^Part of line \d+: Act with HK$/u);
    expect(await firstSignatory.inputValue()).toBe('signatories');
    // Each line's part is a native select, so it is reached and changed from the keyboard.
    await firstSignatory.focus();
    await firstSignatory.selectOption('body');
    // The lines between move with it: "Signed by:" and "Act with HK" are now the letter's last paragraphs.
    await dialog
      .getByRole('status')
      .filter({ hasText: '12 paragraphs, 10 notes, 221 signatories' })
      .waitFor();
    expect(await parts.getByLabel(/^Part of line \d+: Act with HK$/u).inputValue()).toBe('body');
    await page.screenshot({ path: 'test-results/e2e/import-review.png' });
    await dialog.getByRole('button', { name: 'Create letter' }).click();
    await page.getByRole('textbox', { name: 'Letter text' }).getByText('Act with HK').waitFor();
    await page.getByText('221 signatories').first().waitFor();
    // The new letter took the dialog's place in history: Back leads to the list, not to the dialog again.
    await page.goBack();
    await page.getByRole('heading', { name: 'Letters', exact: true }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Import a letter' }).count()).toBe(0);
  });

  it('opens at its own address, as File › Import Letter… does, and Cancel returns to the list', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Letters', exact: true }).waitFor();
    // What the desktop menu runs in the page.
    await page.evaluate(`location.hash = '/import'`);
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog.getByLabel('Letter text').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('#/');
    await page.getByRole('heading', { name: 'Letters', exact: true }).waitFor();
  });

  it('keeps the bold, italic, links, numbered list and notes of an HTML page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog
      .getByLabel('File')
      .setInputFiles(join(__dirname, '..', 'fixtures', 'import', 'signatories-table.html'));
    await dialog.getByLabel('Letter text').filter({ hasText: '**undersigned organizations**' }).waitFor();
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: '2 notes, 4 signatories' }).waitFor();
    await dialog.getByRole('button', { name: 'Create letter' }).click();
    const editor = page.getByRole('textbox', { name: 'Letter text' });
    await editor.locator('strong', { hasText: 'undersigned organizations' }).waitFor();
    await editor.locator('em', { hasText: 'deep concern' }).waitFor();
    expect(
      await editor.getByRole('link', { name: 'Universal Declaration of Human Rights' }).getAttribute('href'),
    ).toBe('https://www.un.org/en/about-us/universal-declaration-of-human-rights');
    expect(await editor.locator('ol > li').count()).toBe(3);
    expect(await page.locator('.tiptap sup.note-ref').count()).toBe(2);
    expect(await page.getByLabel('Letter title').inputValue()).toBe(
      'Joint Letter Urging Action on Arbitrary Detention in Tibet',
    );
  });

  it('keeps the formatting of a paste from a web page or Google Docs', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const box = page.getByRole('dialog', { name: 'Import a letter' }).getByLabel('Letter text');
    await box.focus();
    // A paste carrying HTML, as a browser makes it from a copied web page (a string: the tests compile without DOM types).
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'We urge you');
      data.setData('text/html', '<p>We <b>urge</b> <a href="https://example.org/">you</a></p>');
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('textarea.import-text').dispatchEvent(event);
    })()`);
    await box.filter({ hasText: 'We **urge** [you](https://example.org/)' }).waitFor();
  });

  it('reads a Markdown file dropped on the dialog, with its front matter title', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    // The dialog's code is fetched when it is first opened: the drop waits for the dialog to be there.
    await dialog.waitFor();
    const markdown = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'front-matter.md'), 'utf8');
    // A drop as the browser makes it from a file manager (a string: the tests compile without DOM types).
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(markdown)}], 'letter.md', { type: 'text/markdown' }));
      const dialog = document.querySelector('dialog[open]');
      dialog.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    })()`);
    await dialog.getByLabel('Letter text').filter({ hasText: 'layout: post' }).waitFor();
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog
      .getByRole('status')
      .filter({
        hasText:
          'Open Letter: Stop the Transnational Repression of Uyghurs: 2 paragraphs, 2 notes, 4 signatories',
      })
      .waitFor();
  });

  it('opens a file dropped on the list of letters in the import dialog', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Letters', exact: true }).waitFor();
    const markdown = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'front-matter.md'), 'utf8');
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(markdown)}], 'letter.md', { type: 'text/markdown' }));
      const home = document.querySelector('main.home');
      home.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    })()`);
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog.getByLabel('Letter text').filter({ hasText: 'layout: post' }).waitFor();
  });
});
