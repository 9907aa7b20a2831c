import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { openPerson } from '../support/co-editors';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-shape-suggestions-')]);
  page = await openPerson(browser, host, 'Ayshe');
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
});

function card(label: RegExp) {
  return page.getByRole('list', { name: 'Suggestions' }).getByRole('article', { name: label });
}

async function openList(): Promise<void> {
  const toggle = page
    .getByRole('region', { name: 'Suggested edits' })
    .getByRole('button', { name: /suggestions?$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
}

/**
 * The body's blocks with text, as tag names and text: "h2[rtl]* Our demands", "ul Free them all."; a star where the
 * block or a paragraph in it shows a suggested change of shape.
 */
async function blocks(): Promise<string[]> {
  const found: unknown = await page.evaluate(`(() =>
    [...document.querySelector('[aria-label="Letter text"]').children]
      .filter((element) => element.textContent !== '')
      .map((element) => {
        const direction = element.dir === 'rtl' || element.dir === 'ltr' ? '[' + element.dir + ']' : '';
        const suggested = element.matches('[data-suggested-shape], :has([data-suggested-shape])') ? '*' : '';
        return element.tagName.toLowerCase() + direction + suggested + ' ' + element.textContent;
      }))()`);
  return Array.isArray(found) ? found.map(String) : [];
}

describe('suggesting headings, lists and direction', () => {
  it('each change is a suggestion in the margin; rejecting puts the paragraph back, accepting keeps it', async () => {
    await createLetter(page, 'Letter on shapes');
    await letterBody(page).click();
    await page.keyboard.type('Our demands');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Free them all.');
    await page.keyboard.press('Control+Alt+Shift+X');
    expect(await page.getByLabel('Mode').inputValue()).toBe('suggesting');

    await letterBody(page).getByText('Our demands').click();
    await page.getByRole('button', { name: 'Heading (Ctrl+Alt+2)' }).click();
    await page.getByLabel('Text direction of this paragraph').selectOption('rtl');
    await letterBody(page).getByText('Free them all.').click();
    await page.getByRole('button', { name: 'Bulleted list (Ctrl+Shift+8)' }).click();
    await expect.poll(blocks).toEqual(['h2[rtl]* Our demands', 'ul* Free them all.']);

    await openList();
    const heading = card(/^Suggestion by Ayshe: Make heading 2, set right to left/u);
    const list = card(/^Suggestion by Ayshe: Make bulleted list/u);
    await heading.waitFor();
    await list.waitFor();

    await list.getByRole('button', { name: /^Reject/u }).click();
    await expect.poll(blocks).toEqual(['h2[rtl]* Our demands', 'p Free them all.']);
    await heading.getByRole('button', { name: /^Accept/u }).click();
    await expect.poll(blocks).toEqual(['h2[rtl] Our demands', 'p Free them all.']);
    await waitSaved(page);

    // Undo brings the accepted suggestion back, as it does for suggested text.
    await letterBody(page).getByText('Free them all.').click();
    await page.keyboard.press('Control+z');
    await expect.poll(blocks).toEqual(['h2[rtl]* Our demands', 'p Free them all.']);
  });
});
