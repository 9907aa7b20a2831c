import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');
const STATUS_PATH = `/api/${encodeURIComponent('app:updateStatus')}`;
const RESTART_PATH = `/api/${encodeURIComponent('app:restartToUpdate')}`;

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-update-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

function restartButton(page: Page) {
  return page.getByRole('contentinfo').getByRole('button', { name: 'Restart to update' });
}

/** Opens the home screen and waits for the page's question to the host and the host's answer. */
async function openAsking(page: Page): Promise<unknown> {
  const answer = page.waitForResponse((response) => response.url().endsWith(STATUS_PATH));
  await page.goto(host.url);
  return (await answer).json();
}

describe('"Restart to update" in the status bar', () => {
  it('is absent in browser mode, whose host answers that there is no update', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    expect(await openAsking(page)).toEqual({ ok: true, value: { kind: 'none' } });
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    expect(await restartButton(page).count()).toBe(0);

    const asked = page.waitForResponse((response) => response.url().endsWith(STATUS_PATH));
    await createLetter(page, 'No update here');
    expect(await (await asked).json()).toEqual({ ok: true, value: { kind: 'none' } });
    expect(await restartButton(page).count()).toBe(0);
    await page.close();
  });

  it('shows on the home and letter screens once an update is ready, and asks the app to restart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // What the desktop app answers once its updater has downloaded a new version.
    await page.route(`**${STATUS_PATH}`, (route) =>
      route.fulfill({ json: { ok: true, value: { kind: 'ready', version: '9.9.9' } } }),
    );
    await page.goto(host.url);
    await restartButton(page).waitFor();
    expect(await restartButton(page).getAttribute('title')).toContain('Undersigned 9.9.9 is ready');

    await createLetter(page, 'An update is ready');
    await restartButton(page).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'restart-to-update-1280x800.png') });
    const restart = page.waitForResponse((response) => response.url().endsWith(RESTART_PATH));
    await restartButton(page).click();
    // Browser mode has nothing to restart into; the desktop app closes its windows and restarts.
    expect(await (await restart).json()).toEqual({ ok: true, value: { outcome: 'nothing-ready' } });
    await page.close();
  });
});
