import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { launchChromium } from '../support/chromium';
import {
  bodyText,
  openPerson,
  resetLinks,
  shareOnServer,
  statusLine,
  typeAtEnd,
  waitStatus,
} from '../support/co-editors';
import { createLetter, joinFromLink, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let server: RunningServer;
const hosts: RunningHost[] = [];

async function person(name: string): Promise<Page> {
  const host = await startHost([
    '--port',
    '0',
    '--data-dir',
    tempDir(`undersigned-reset-${name.toLowerCase()}-`),
  ]);
  hosts.push(host);
  return openPerson(browser, host, name);
}

beforeAll(async () => {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: tempDir('undersigned-reset-server-'),
    log: () => undefined,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await browser?.close();
  await server?.close();
});

describe('resetting the links while someone with an old link is typing', () => {
  it('stops the old link: what it types after the reset reaches nobody, and it reads nothing written after', async () => {
    const ayshe = await person('Ayshe');
    await createLetter(ayshe, 'Letter on the reset');
    await letterBody(ayshe).click();
    await ayshe.keyboard.type('Before the reset.');
    const oldLink = await shareOnServer(ayshe, server);

    const bilal = await person('Bilal');
    await joinFromLink(bilal, oldLink);
    await waitStatus(bilal, 'Synced');
    await typeAtEnd(bilal, ' Bilal was here.');
    await expect.poll(() => bodyText(ayshe), { timeout: 15_000 }).toContain('Bilal was here.');

    // Bilal goes on typing, key by key, while Ayshe resets the links.
    await letterBody(bilal).press('Control+End');
    const typing = bilal.keyboard.type(' Typed during the reset.', { delay: 40 });
    const newLink = (await resetLinks(ayshe)).after;
    await typing;
    await waitStatus(bilal, /^Not syncing: .*reset the links/u);
    await typeAtEnd(bilal, ' Typed after the reset.');
    await typeAtEnd(ayshe, ' After the reset.');
    await waitStatus(ayshe, 'Synced');

    const chen = await person('Chen');
    await joinFromLink(chen, newLink);
    await waitStatus(chen, 'Synced');
    await expect.poll(() => bodyText(chen), { timeout: 15_000 }).toBe(await bodyText(ayshe));
    const shared = await bodyText(chen);
    expect(shared).toContain('Before the reset.');
    expect(shared).toContain('Bilal was here.');
    expect(shared).toContain('After the reset.');
    expect(shared).not.toContain('Typed after the reset.');
    // What the old link typed while the reset went through reached the others whole or in part, never after it.
    expect(shared.indexOf('After the reset.')).toBeGreaterThan(shared.indexOf('Bilal was here.'));

    expect(await bodyText(bilal)).not.toContain('After the reset.');
    expect(await bodyText(bilal)).toContain('Typed after the reset.');
    expect(await statusLine(bilal).textContent()).toMatch(/ask for a new link/u);
  });
});
