import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
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
    await createLetter(page, 'Letter that must survive');
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

  it('restores a backup from the home screen, and can undo that with the backup made before it', async () => {
    await host?.stop();
    host = await startHost(['--data-dir', tempDir('undersigned-restore-')]);
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Written after the daily backup');
    await page.getByRole('textbox', { name: 'Letter text' }).waitFor();
    await page.getByRole('button', { name: '← Letters' }).click();

    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await dialog.getByText('Daily backup').waitFor();
    await dialog
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await dialog.getByText('Replace all letters with this backup?').waitFor();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('No letters yet').waitFor();

    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    await dialog.getByText('Before a restore').waitFor();
    await dialog
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('button', { name: 'Written after the daily backup', exact: true }).waitFor();
  });
});
