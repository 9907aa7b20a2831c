import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, SMALL_WINDOW, WINDOW_SIZES } from '../support/window-sizes';

// A letter's address opened in a new tab of the same browser works without the printed link; a page of another
// origin in that browser still cannot use the API.
describe('browser mode: one session across the tabs of a host', () => {
  let browser: Browser;
  let host: RunningHost;
  let otherSite: Server;
  let otherOrigin: string;

  beforeAll(async () => {
    browser = await launchChromium();
    host = await startHost(['--port', '0', '--data-dir', mkdtempSync(join(tmpdir(), 'undersigned-e2e-'))]);
    otherSite = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>Another site</title><p>Another site</p>');
    });
    await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await host.stop();
    await new Promise<void>((resolve) => otherSite.close(() => resolve()));
    await browser.close();
  });

  for (const size of WINDOW_SIZES) {
    it(`opens a letter’s address in a new tab of the same browser, and not in another browser profile at ${sizeLabel(size)}`, async () => {
      const context = await browser.newContext({ viewport: size });
      const first = await context.newPage();
      await first.goto(host.url);
      await createLetter(first, `Open me in a new tab at ${size.width}`);
      await letterBody(first).click();
      await first.keyboard.type('Dear Minister,');
      // The new tab reads the letter from the store: what the first tab typed must be saved first.
      await waitSaved(first);
      const address = first.url();
      expect(address).toMatch(/#\/letter\//u);
      expect(address).not.toContain('token=');

      const second = await context.newPage();
      await second.goto(address);
      await letterBody(second).filter({ hasText: 'Dear Minister,' }).waitFor();
      expect(await second.getByText('This page needs the secret link').count()).toBe(0);
      await second.screenshot({ path: screenshotPath('letter-in-new-tab', size) });

      // A browser (profile) that never opened the link still needs it.
      const stranger = await browser.newPage({ viewport: size });
      await stranger.goto(address);
      await stranger.getByRole('alert').filter({ hasText: 'npm run start:web' }).waitFor();
      await stranger.close();
      await context.close();
    });
  }

  it('refuses a page of another origin in the same browser: it can neither read the token nor call the API', async () => {
    const context = await browser.newContext({ viewport: SMALL_WINDOW });
    const app = await context.newPage();
    await app.goto(host.url);
    await app.getByRole('button', { name: 'New letter' }).waitFor();
    await app.getByRole('status').filter({ hasText: 'Ready' }).waitFor();

    const other = await context.newPage();
    await other.goto(otherOrigin);
    // A form-like request needs no preflight and carries the host's cookies, if it had any: it must still fail.
    const attempt: unknown = await other.evaluate(`(async () => {
      const stored = localStorage.getItem('undersigned.host-token');
      await fetch('${host.origin}api/letters%3Acreate', {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ title: 'Written by another site' }),
      }).catch(() => undefined);
      const read = await fetch('${host.origin}api/letters%3Alist', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }).then((response) => 'status ' + response.status, () => 'blocked');
      return { stored, read };
    })()`);
    expect(attempt).toEqual({ stored: null, read: 'blocked' });

    await app.reload();
    await app.getByRole('button', { name: 'New letter' }).waitFor();
    await app.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
    expect(await app.getByText('Written by another site').count()).toBe(0);
    await context.close();
  });
});
