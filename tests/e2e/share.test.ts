import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { launchChromium } from '../support/chromium';
import { complaintsOf } from '../support/console-complaints';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, WINDOW_SIZES } from '../support/window-sizes';

let browser: Browser;
let server: RunningServer;
const hosts: RunningHost[] = [];

beforeAll(async () => {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: tempDir('undersigned-share-server-'),
    log: () => undefined,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await browser?.close();
  await server?.close();
});

describe('Share', () => {
  for (const size of WINDOW_SIZES) {
    it(`shows the links after the page reloads to allow the new server at ${sizeLabel(size)}`, async () => {
      // A new host each time: the page reloads when a host first meets a server, not when it shares with it again.
      const host = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-share-')]);
      hosts.push(host);
      const page = await browser.newPage({ viewport: size });
      // Sharing, the reload it brings and the links shown after it log no error or warning.
      const complaints = complaintsOf(page);
      await page.goto(host.url);
      await createLetter(page, `Letter to share at ${size.width}`);
      await page.keyboard.type('We write to you.');
      await page.getByRole('button', { name: 'Share…' }).click();
      const share = page.getByRole('dialog', { name: 'Share this letter' });
      await share.getByLabel('Server address').fill(server.url);
      await share.getByLabel('Instance key').fill(server.instanceKey);
      const reloaded = page.waitForEvent('load');
      await share.getByRole('button', { name: 'Share', exact: true }).click();
      await reloaded;

      // No second click on Share…: the dialog is back, with the links.
      const editorLink = share.getByLabel('Editor link', { exact: false }).first();
      await editorLink.waitFor();
      expect(await editorLink.inputValue()).toMatch(/^undersigned:\/\/join\?/u);
      await letterBody(page).filter({ hasText: 'We write to you.' }).waitFor();
      await page.screenshot({ path: screenshotPath('share-links', size) });
      await share.getByRole('button', { name: 'Close' }).click();
      await share.waitFor({ state: 'detached' });

      // Only once: the next reload shows the letter alone.
      await page.reload();
      await letterBody(page).filter({ hasText: 'We write to you.' }).waitFor();
      expect(await share.count()).toBe(0);
      expect(complaints).toEqual([]);
      await page.close();
    });
  }
});
