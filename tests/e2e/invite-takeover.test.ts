import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppLink } from '../../src-common/collab/invite-links';
import { joinRoute } from '../../src-common/collab/join-route';
import { startServer, type RunningServer } from '../../server/server';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import { connectSealedClient, registerSealedLetter, waitSealedSynced } from '../server/sealed-helpers';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SECRET = 'Board approval pending: do not circulate 7731';

let browser: Browser;
let hostile: RunningServer;
let hostileDataDir: string;
let host: RunningHost;

beforeAll(async () => {
  hostileDataDir = tempDir('undersigned-hostile-server-');
  hostile = await startServer({ host: '127.0.0.1', port: 0, dataDir: hostileDataDir, log: () => undefined });
  browser = await launchChromium();
  host = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-victim-')]);
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
  await hostile?.close();
});

/** Every byte the server keeps on disk (its database, WAL and any other file), as text to search. */
function serverFilesText(): string {
  return readdirSync(hostileDataDir)
    .map((name) => readFileSync(join(hostileDataDir, name)).toString('latin1'))
    .join('\n');
}

async function writePrivateLetter(page: Page): Promise<string> {
  await createLetter(page, 'Private draft');
  await letterBody(page).click();
  await page.keyboard.type(SECRET);
  await waitSaved(page);
  const id = /#\/letter\/([A-Za-z0-9_-]+)$/u.exec(page.url())?.[1];
  if (id === undefined) {
    throw new Error(`No letter id in ${page.url()}`);
  }
  return id;
}

describe('an invite link for the id of a letter already on this computer', () => {
  it('asks first, joins as a new letter, and sends nothing of the letter here to that server', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    const privateId = await writePrivateLetter(page);

    // Whoever holds the server's instance key registers the id (read from a letter file) and sends a link.
    const keys = createLetterKeys();
    const { tokens } = await registerSealedLetter(hostile, keys, privateId);
    const link = buildAppLink({
      server: hostile.url,
      letterId: privateId,
      role: 'editor',
      token: tokens.editor,
      keys,
    });

    // A click on the link outside the app shows this route (the desktop app's main process sets it).
    await page.evaluate(`location.hash = ${JSON.stringify(joinRoute(link))}`);
    const dialog = page.getByRole('dialog', { name: 'Join a shared letter' });
    await dialog.getByText(new URL(hostile.url).host).first().waitFor();
    await dialog.getByText('“Private draft”, has the same id but was never shared on this server').waitFor();
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();

    // The joined letter is a new one, connected to the server; the private one keeps its id and text.
    await page.locator('footer').getByRole('status').filter({ hasText: 'Synced' }).waitFor();
    const joinedId = /#\/letter\/([A-Za-z0-9_-]+)$/u.exec(page.url())?.[1];
    expect(joinedId).toBeDefined();
    expect(joinedId).not.toBe(privateId);

    await page.evaluate(`location.hash = ${JSON.stringify(`/letter/${privateId}`)}`);
    await letterBody(page).filter({ hasText: SECRET }).waitFor();
    await waitSaved(page);
    // Still a letter of this computer only: Share asks for a server, as for a letter never shared.
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.getByRole('dialog', { name: 'Share this letter' }).getByLabel('Server address').waitFor();

    // What the server holds for that id has none of the private text: asked as its owner, and on its disk.
    const owner = await connectSealedClient(hostile.url, privateId, tokens.owner, keys);
    try {
      await waitSealedSynced(owner);
      expect(JSON.stringify(owner.doc.toJSON())).not.toContain('7731');
    } finally {
      await owner.leave();
    }
    expect(serverFilesText()).not.toContain('7731');
    await page.close();
  });
});
