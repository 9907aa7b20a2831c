import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const AGREED = 'We urge you to visit Xinjiang.\n\nSigned by the coalition.';
const TODAY = 'We urge you to visit the Uyghur Region.\n\nSigned by the coalition.\n\nWith our thanks.';
const AUTHOR = 'Changes since “Agreed draft”';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-compare-suggestions-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The suggestions the letter shows: each marked run's kind, author and text. */
async function suggestionMarks(page: Page): Promise<string[]> {
  const marks: unknown = await page.evaluate(`(() =>
    [...document.querySelectorAll('[aria-label="Letter text"] .suggestion')].map(
      (element) => element.tagName.toLowerCase() + ' ' + element.dataset.author + ': ' + element.textContent,
    ))()`);
  return Array.isArray(marks) ? marks.map(String) : [];
}

async function saveVersion(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('button', { name: 'Save version…' }).click();
  await page.getByLabel('Name of this version').fill(name);
  await page.getByRole('button', { name: 'Save version', exact: true }).click();
  await page.getByText(name).waitFor();
}

async function reviewAsSuggestions(page: Page, differ: string | RegExp = '2 blocks differ.'): Promise<void> {
  await page.getByRole('button', { name: 'Compare “Agreed draft” with now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes since “Agreed draft”' });
  await dialog.getByText(differ).waitFor();
  await dialog.getByRole('button', { name: 'Review as suggestions' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: 'Suggested edits' }).waitFor();
}

describe('a version compared as suggestions', () => {
  it('shows what changed since a version as suggestions, undone at once and rejected back to the version', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Letter reviewed against a version');
    await letterBody(page).click();
    await page.keyboard.type('We urge you to visit Xinjiang.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Signed by the coalition.');
    await waitSaved(page);
    await saveVersion(page, 'Agreed draft');

    await page.getByText('We urge you to visit Xinjiang.').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.type('the Uyghur Region.');
    await page.getByText('Signed by the coalition.').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('With our thanks.');
    await waitSaved(page);
    expect(await letterBody(page).innerText()).toBe(TODAY);

    await reviewAsSuggestions(page);
    const marks = await suggestionMarks(page);
    expect(marks).toContain(`del ${AUTHOR}: Xinjiang`);
    expect(marks).toContain(`ins ${AUTHOR}: the Uyghur Region`);
    expect(marks).toContain(`ins ${AUTHOR}: With our thanks.`);
    await page.screenshot({ path: 'test-results/e2e/compare-suggestions.png' });

    await page.locator('.tiptap.ProseMirror-focused').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByRole('region', { name: 'Suggested edits' }).waitFor({ state: 'detached' });
    expect(await suggestionMarks(page)).toEqual([]);
    expect(await letterBody(page).innerText()).toBe(TODAY);

    await reviewAsSuggestions(page);
    await page
      .getByRole('region', { name: 'Suggested edits' })
      .getByRole('button', { name: 'Reject all' })
      .click();
    await page.getByRole('region', { name: 'Suggested edits' }).waitFor({ state: 'detached' });
    expect(await letterBody(page).innerText()).toBe(AGREED);
  });

  it('shows paragraphs made a heading, put in a list and turned right to left as changes of shape, rejected back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Letter reshaped since a version');
    await letterBody(page).click();
    await page.keyboard.type('Our demands');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Free them all.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Signed.');
    await waitSaved(page);
    await saveVersion(page, 'Agreed draft');

    await letterBody(page).getByText('Our demands').click();
    await page.getByRole('button', { name: 'Heading (Ctrl+Alt+2)' }).click();
    await letterBody(page).getByText('Free them all.').click();
    await page.getByRole('button', { name: 'Bulleted list (Ctrl+Shift+8)' }).click();
    await letterBody(page).getByText('Signed.').click();
    await page.getByLabel('Text direction of this paragraph').selectOption('rtl');
    await waitSaved(page);

    await reviewAsSuggestions(page, /^\d+ blocks differ\.$/u);
    expect(await suggestionMarks(page)).toEqual([]);
    const region = page.getByRole('region', { name: 'Suggested edits' });
    const toggle = region.getByRole('button', { name: /suggestions?$/u });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
    }
    // One run of changes between unchanged text is one suggestion, as added and removed words are; the empty
    // paragraph the editor keeps after a list at the end is new since the version.
    await page
      .getByRole('list', { name: 'Suggestions' })
      .getByRole('article', {
        name: new RegExp(
          `^Suggestion by ${AUTHOR}: make heading 2, make bulleted list, set right to left$`,
          'iu',
        ),
      })
      .waitFor();
    expect(await letterBody(page).locator('h2').innerText()).toBe('Our demands');

    await region.getByRole('button', { name: 'Reject all' }).click();
    await region.waitFor({ state: 'detached' });
    expect(await letterBody(page).locator('h2, ul, [dir="rtl"]').count()).toBe(0);
    expect(await letterBody(page).innerText()).toBe('Our demands\n\nFree them all.\n\nSigned.');
  });
});
