import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-notes-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The numbers shown in the text, in reading order. */
function shownNumbers(page: Page): Promise<string[]> {
  return page
    .locator('.tiptap sup.note-ref')
    .evaluateAll((elements: unknown[]) =>
      elements.map((element) =>
        typeof element === 'object' &&
        element !== null &&
        'getAttribute' in element &&
        typeof element.getAttribute === 'function'
          ? String(element.getAttribute('data-number'))
          : '',
      ),
    );
}

async function insertNote(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Alt+f');
  const field = page.getByRole('textbox', { name: /^Text of note/ }).and(page.locator(':focus'));
  await field.waitFor();
  await field.fill(text);
  await page.getByRole('button', { name: 'Back to text' }).last().waitFor();
}

describe('numbered notes', () => {
  it('renumber themselves when a paragraph moves, and survive cut and paste', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Letter with notes');

    const sentences = [
      'Bachelet visited China.',
      'Experts called for measures.',
      'The Police Files were published.',
    ];
    for (const [index, sentence] of sentences.entries()) {
      await letterBody(page).click();
      await page.keyboard.press('Control+End');
      if (index > 0) {
        await page.keyboard.press('Enter');
      }
      await page.keyboard.type(sentence);
      await insertNote(page, `Source for sentence ${index + 1}`);
    }
    expect(await shownNumbers(page)).toEqual(['1', '2', '3']);

    await page.getByText('The Police Files were published.').click();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page
      .locator('.tiptap p')
      .first()
      .filter({ hasText: /^The Police Files/ })
      .waitFor();
    expect(await shownNumbers(page)).toEqual(['1', '2', '3']);
    const notes = page.getByRole('list', { name: 'Notes' }).getByRole('listitem');
    expect(await notes.nth(0).getByRole('textbox', { name: 'Text of note 1' }).inputValue()).toBe(
      'Source for sentence 3',
    );
    expect(await notes.nth(1).getByRole('textbox', { name: 'Text of note 2' }).inputValue()).toBe(
      'Source for sentence 1',
    );

    // Cut the reference of note 1 (sentence 3) and paste it at the end: it becomes note 3 and keeps its text.
    await page.locator('.tiptap sup.note-ref').first().click();
    await page.keyboard.press('Control+x');
    await page.locator('.note.unused').waitFor();
    await letterBody(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+v');
    await page.locator('.note.unused').waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Text of note 3' }).inputValue()).toBe(
      'Source for sentence 3',
    );
    await page.getByRole('status').filter({ hasText: 'Saved on this computer' }).waitFor();
    await page.screenshot({ path: 'test-results/e2e/notes.png' });

    await page.reload();
    await page.getByRole('tab', { name: 'Notes' }).click();
    expect(await page.getByRole('textbox', { name: 'Text of note 3' }).inputValue()).toBe(
      'Source for sentence 3',
    );
    expect(await shownNumbers(page)).toEqual(['1', '2', '3']);
  });

  it('saves a note’s source to the library and reuses it in another letter', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'First letter citing the report');
    await letterBody(page).click();
    await page.keyboard.type('The report documents the camps.');
    await insertNote(page, 'Xinjiang Police Files, BBC, 24 May 2022');
    await page.getByLabel('Source address').fill('https://www.bbc.com/news/world-asia-china-61497106');
    await page.getByRole('button', { name: 'Save to library' }).click();
    await page.getByText('Saved to the library.').waitFor();

    await page.getByRole('button', { name: '← Letters' }).click();
    await createLetter(page, 'Second letter');
    await letterBody(page).click();
    await page.keyboard.type('As the files show,');
    await page.keyboard.press('Control+Alt+f');
    await page.getByRole('button', { name: 'Fill from library…' }).click();
    await page.getByLabel('Search the citation library').fill('police files');
    await page.getByRole('button', { name: /Xinjiang Police Files/ }).click();
    expect(await page.getByLabel('Source address').inputValue()).toBe(
      'https://www.bbc.com/news/world-asia-china-61497106',
    );
    expect(await page.getByRole('textbox', { name: 'Text of note 1' }).inputValue()).toContain(
      'Xinjiang Police Files',
    );

    await letterBody(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' An older copy');
    await page.keyboard.press('Control+Alt+f');
    await page
      .getByRole('textbox', { name: 'Text of note 2' })
      .fill('BBC, http://www.bbc.com/news/world-asia-china-61497106');
    await page.getByText('The library has this address with https://.').waitFor();
    await page.getByRole('button', { name: 'Fix', exact: true }).click();
    expect(await page.getByRole('textbox', { name: 'Text of note 2' }).inputValue()).toBe(
      'BBC, https://www.bbc.com/news/world-asia-china-61497106',
    );
  });

  it('points out an address broken by a space and joins it in one click', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter with a broken address');
    await letterBody(page).click();
    await page.keyboard.type('China interferes with UN mechanisms.');
    await insertNote(
      page,
      'Human Rights Watch, September 2017: https://www.hrw.org/report/2017/09/05/united-nations-human-r ights',
    );
    await page.getByRole('tab', { name: 'Checks' }).click();
    const problem = page.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    await problem.filter({ hasText: 'Note 1: This address is broken by a space or line break.' }).waitFor();
    expect(await problem.first().textContent()).toContain('Must fix');
    await problem.first().getByRole('button', { name: 'Show note' }).click();
    await page.getByText('This address is broken by a space or line break.').waitFor();
    await page.getByRole('button', { name: 'Fix', exact: true }).click();
    await page.getByText('This address is broken by a space or line break.').waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Text of note 1' }).inputValue()).toBe(
      'Human Rights Watch, September 2017: https://www.hrw.org/report/2017/09/05/united-nations-human-rights',
    );
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByText('No problems found.').waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('Heading of the notes section').selectOption('Editors’ Notes');
    await page.getByRole('status').filter({ hasText: 'Saved on this computer' }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Notes' }).click();
    expect(await page.getByLabel('Heading of the notes section').inputValue()).toBe('Editors’ Notes');
  });
});
