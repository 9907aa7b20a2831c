import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-trash-undo-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

describe('deleting a letter from the home screen', () => {
  it('says it went to the trash, and Undo brings it back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Letter deleted by mistake');
    await page.getByRole('button', { name: '← Letters' }).click();
    const row = page.getByRole('button', { name: 'Letter deleted by mistake', exact: true });
    await row.waitFor();

    await page.getByRole('button', { name: 'Move Letter deleted by mistake to the trash' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'moved to trash' });
    await toast.waitFor();
    expect(await toast.innerText()).toContain('Letter deleted by mistake');
    await row.waitFor({ state: 'detached' });
    const box = await toast.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800).toBe(
      true,
    );
    await page.screenshot({ path: 'test-results/e2e/trash-undo.png' });

    await toast.getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();
    await page.getByRole('status').filter({ hasText: 'is back in your letters' }).waitFor();
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await page.getByText('The trash is empty').waitFor();
  });
});
