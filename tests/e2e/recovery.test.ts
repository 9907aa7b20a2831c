import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await host?.stop();
  await browser.close();
});

/** Makes the existing backups two days old, as if the app had not been opened since. */
function ageBackups(dataDir: string): void {
  const dir = join(dataDir, 'backups');
  for (const name of readdirSync(dir)) {
    renameSync(join(dir, name), join(dir, name.replace(/\d{8}T\d{9}Z/, '20000101T000000000Z')));
  }
}

describe('a damaged data file', () => {
  it('is repaired from the last backup at start-up, and the person is told', async () => {
    const dataDir = tempDir('undersigned-recovery-');
    host = await startHost(['--data-dir', dataDir]);
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).click();
    await page
      .getByRole('dialog', { name: 'New letter' })
      .getByLabel('Title')
      .fill('Letter that must survive');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Letter text' }).waitFor();
    await host.stop();

    ageBackups(dataDir);
    host = await startHost(['--data-dir', dataDir]);
    await host.stop();
    writeFileSync(join(dataDir, 'undersigned.sqlite'), Buffer.alloc(16384, 0x42));

    host = await startHost(['--data-dir', dataDir]);
    const after = await browser.newPage();
    await after.goto(host.url);
    const notice = after.getByRole('alertdialog', { name: 'Your data was repaired' });
    await notice.getByText('Your letters were restored from the backup made on').waitFor();
    await notice.getByRole('button', { name: 'OK' }).click();
    await after.getByRole('button', { name: 'Letter that must survive', exact: true }).waitFor();
  });
});
