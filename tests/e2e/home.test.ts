import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');

describe('browser mode: home screen and profile', () => {
  let browser: Browser;
  let host: RunningHost | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await host?.stop();
    await browser.close();
  });

  it('keeps the display name across a restart of the host, and the open page reconnects by itself', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
    host = await startHost(['--port', '0', '--data-dir', dataDir]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);

    await page.getByRole('heading', { name: 'Letters', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    expect(page.url()).not.toContain('token=');
    await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();

    await setProfile(page, 'Gulnar Ablimit', 'Teal');
    await page.getByTestId('display-name').filter({ hasText: 'Gulnar Ablimit' }).waitFor();

    const port = host.port;
    await host.stop();
    await page.getByRole('status').filter({ hasText: 'reconnecting' }).waitFor();

    host = await startHost(['--port', String(port), '--data-dir', dataDir]);
    await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home-1280x800.png') });

    const fresh = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await fresh.goto(host.url);
    await fresh.getByTestId('display-name').filter({ hasText: 'Gulnar Ablimit' }).waitFor();
    await fresh.getByRole('button', { name: 'Your profile: Gulnar Ablimit' }).click();
    expect(await fresh.getByRole('radio', { name: 'Teal' }).isChecked()).toBe(true);
    await fresh.screenshot({ path: join(SCREENSHOTS, 'profile-1920x1080.png') });
  });

  it('shows a plain error, not a stack trace, when the host refuses a name', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
    await host?.stop();
    host = await startHost(['--data-dir', dataDir]);
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Set your name' }).click();
    // The field's own maxLength stops typing at 80; a pasted control character is refused by the host.
    await page.getByLabel('Display name').fill('Tab\u0007name');
    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('must not contain control characters');
    expect(await alert.textContent()).not.toMatch(/at .*\.js:\d+/);
  });

  it('tells a page with a wrong or missing link what to do', async () => {
    if (!host) {
      throw new Error('host not started');
    }
    const wrong = await browser.newPage();
    await wrong.goto(`${host.origin}#token=${'x'.repeat(43)}`);
    await wrong.getByRole('status').filter({ hasText: 'link is no longer valid' }).waitFor();

    const missing = await browser.newPage();
    await missing.goto(host.origin);
    await missing.getByRole('alert').filter({ hasText: 'npm run start:web' }).waitFor();
  });
});

async function setProfile(page: Page, name: string, colour: string): Promise<void> {
  await page.getByRole('button', { name: 'Set your name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your profile' });
  await dialog.waitFor();
  await dialog.getByLabel('Display name').fill(name);
  await dialog.getByRole('radio', { name: colour }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}
