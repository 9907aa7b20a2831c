import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

// Parts no screen shows as it first appears are chunks of their own, fetched on first use (src-renderer/ui/on-demand.tsx,
// the sealed connection in collab/sealed-open.ts). A chunk is named after its module, so its requests say which came.

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-on-demand-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The page's scripts fetched so far, by file name. */
function scriptsOf(page: Page): () => string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') {
      names.push(new URL(request.url()).pathname.split('/').pop() ?? '');
    }
  });
  return () => names;
}

const fetched = (names: string[], module: string) => names.some((name) => name.startsWith(`${module}-`));

describe('code fetched on first use', () => {
  it('shows the home screen without the importer, and fetches it when Import letter… is chosen', async () => {
    const page = await browser.newPage();
    const scripts = scriptsOf(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    expect(fetched(scripts(), 'index')).toBe(true);
    expect(fetched(scripts(), 'ImportDialog')).toBe(false);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    await page.getByRole('dialog', { name: 'Import a letter' }).getByLabel('File').waitFor();
    expect(fetched(scripts(), 'ImportDialog')).toBe(true);
    await page.close();
  });

  it('opens a letter kept on this computer without the sealed connection, and shows a tab fetched later', async () => {
    const page = await browser.newPage();
    const scripts = scriptsOf(page);
    await page.goto(host.url);
    await createLetter(page, 'Kept here');
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('Heading of the notes section').waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export the letter' }).waitFor();
    expect(fetched(scripts(), 'LetterScreen')).toBe(true);
    expect(fetched(scripts(), 'NotesPanel')).toBe(true);
    expect(fetched(scripts(), 'ExportDialog')).toBe(true);
    expect(fetched(scripts(), 'sealed-open')).toBe(false);
    await page.close();
  });

  it('says so when the letter screen’s code cannot be fetched, goes back, and fetches it again on the next opening', async () => {
    const page = await browser.newPage();
    // The network fails for the letter screen's chunk only, as a dropped connection would.
    await page.route(/\/LetterScreen-[^/]*\.js$/u, (route) => route.abort('internetdisconnected'));
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).click();
    await page.getByRole('dialog', { name: 'New letter' }).getByLabel('Title').fill('Opened twice');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('alert').filter({ hasText: 'part of the app did not load' }).waitFor();
    await page.unroute(/\/LetterScreen-[^/]*\.js$/u);
    await page.getByRole('button', { name: 'Back to letters' }).click();
    await page.getByRole('button', { name: 'Opened twice', exact: true }).click();
    await letterBody(page).waitFor();
    await page.close();
  });

  it('puts the printed letter’s stylesheet in the page once the open letter leaves it idle', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Printed later');
    await page.locator('link[rel="stylesheet"][media="print"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: '← Letters' }).click();
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    expect(await page.locator('link[rel="stylesheet"][media="print"]').count()).toBe(0);
    await page.close();
  });
});
