import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { launchChromium } from '../support/chromium';
import { bodyText, openPerson, resetLinks, typeAtEnd, waitStatus } from '../support/co-editors';
import { createLetter, joinFromLink, letterBody, pickCountry } from '../support/letter-ui';
import { filesUnder, plaintextFound } from '../support/plaintext-search';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');
// Reconnecting backs off up to 30 s; waits that span a server restart allow for one full back-off.
const RECONNECT_TIMEOUT = 45_000;

let browser: Browser;
let server: RunningServer;
let serverDataDir: string;
let hostA: RunningHost;
let hostB: RunningHost;

function serveCollaboration(port: number): Promise<RunningServer> {
  return startServer({ host: '127.0.0.1', port, dataDir: serverDataDir, log: () => undefined });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  serverDataDir = tempDir('undersigned-collab-server-');
  server = await serveCollaboration(0);
  browser = await launchChromium();
  // Two people on two computers: separate hosts, separate data folders.
  hostA = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-person-a-')]);
  hostB = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-person-b-')]);
});

afterAll(async () => {
  await hostA?.stop();
  await hostB?.stop();
  await browser?.close();
  await server?.close();
});

async function pasteSignatories(page: Page, names: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Paste a list…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a list of signatories' });
  await dialog.getByLabel(/One organization per line/u).fill(names.join('\n'));
  await dialog.getByRole('button', { name: 'Check' }).click();
  await dialog.getByRole('button', { name: `Add ${names.length} signatories` }).click();
  await dialog.waitFor({ state: 'detached' });
}

function signatoryCounts(page: Page, text: string): Promise<void> {
  return page.locator('.signatory-counts').filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

async function markStatus(page: Page, name: string, status: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Signatories' })
    .getByRole('checkbox', { name: `Select ${name}` })
    .click();
  await page
    .getByRole('toolbar', { name: 'Selected signatories' })
    .getByRole('button', { name: `Mark 1 as ${status}` })
    .click();
}

describe('co-editing through the collaboration server', () => {
  let pageA: Page;
  let pageB: Page;

  it('shares a letter, a second person joins from the link, and both see each other’s text and caret', async () => {
    pageA = await openPerson(browser, hostA, 'Ayshe');
    await createLetter(pageA, 'Coalition letter on forced labour');
    await typeAtEnd(pageA, 'We, the undersigned organizations, write to you.');
    await pageA.getByRole('button', { name: 'Share…' }).click();
    const share = pageA.getByRole('dialog', { name: 'Share this letter' });
    await share.getByLabel('Server address').fill(server.url);
    await share.getByLabel('Instance key').fill(server.instanceKey);
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    // The page reloads to allow the new server, then connects, and the dialog opens again with the links.
    await waitStatus(pageA, 'Synced');
    const editorLink = await pageA
      .getByRole('dialog', { name: 'Share this letter' })
      .getByLabel('Editor link', { exact: false })
      .first()
      .inputValue();
    expect(editorLink).toMatch(/^undersigned:\/\/join\?/);
    await pageA.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    pageB = await openPerson(browser, hostB, 'Bilal');
    await joinFromLink(pageB, editorLink);
    await letterBody(pageB).filter({ hasText: 'write to you.' }).waitFor();
    await waitStatus(pageB, 'Synced');

    await typeAtEnd(pageB, ' Signed in Oslo.');
    await letterBody(pageA).filter({ hasText: 'Signed in Oslo.' }).waitFor();
    await pageA.locator('.collaboration-carets__label', { hasText: 'Bilal' }).waitFor();
    await pageB.getByRole('list', { name: 'Also editing: Ayshe' }).waitFor();
    await waitStatus(pageA, 'Synced');
    await waitStatus(pageB, 'Synced');
    expect(await bodyText(pageB)).toBe(await bodyText(pageA));
    await pageA.screenshot({ path: join(SCREENSHOTS, 'co-editing.png') });
  });

  it('keeps both people’s offline edits, text and signatory statuses, and merges them when the server is back', async () => {
    await pasteSignatories(pageA, [
      'Uyghur Human Rights Project',
      'Tibet Action Institute',
      'Hong Kong Watch',
    ]);
    await signatoryCounts(pageB, '3 confirmed · 0 invited · 0 declined · 0 withdrawn');
    const port = server.port;
    await server.close();
    await waitStatus(pageA, /^Offline/);
    await waitStatus(pageB, /^Offline/);
    // Each changes a different signatory's status while offline.
    await markStatus(pageA, 'Tibet Action Institute', 'withdrawn');
    await markStatus(pageB, 'Hong Kong Watch', 'declined');
    await letterBody(pageA)
      .locator('p')
      .first()
      .click({ position: { x: 2, y: 8 } });
    await pageA.keyboard.press('Home');
    await pageA.keyboard.type('DRAFT: ');
    await typeAtEnd(pageB, ' Offline addition.');
    await waitStatus(pageA, /Offline — \d+ changes waiting/);
    // B's computer restarts while offline: the edits are on disk, and the count of waiting changes is kept.
    await waitStatus(pageB, /Offline — \d+ changes? waiting/);
    await pageB.reload();
    await letterBody(pageB).filter({ hasText: 'Offline addition.' }).waitFor();
    await waitStatus(pageB, /Offline — \d+ changes waiting/, RECONNECT_TIMEOUT);

    server = await serveCollaboration(port);
    await waitStatus(pageA, 'Synced', RECONNECT_TIMEOUT);
    await waitStatus(pageB, 'Synced', RECONNECT_TIMEOUT);
    for (const page of [pageA, pageB]) {
      // Read without caret labels: a co-editor's caret may sit right inside the words.
      await expect.poll(() => bodyText(page), { timeout: 15_000 }).toContain('DRAFT: We, the undersigned');
      await expect
        .poll(() => bodyText(page), { timeout: 15_000 })
        .toContain('Signed in Oslo. Offline addition.');
    }
    expect(await bodyText(pageB)).toBe(await bodyText(pageA));
    for (const page of [pageA, pageB]) {
      await signatoryCounts(page, '1 confirmed · 0 invited · 1 declined · 1 withdrawn');
    }
    // Presence comes back with the connection: each sees the other again.
    await pageA.getByRole('list', { name: 'Also editing: Bilal' }).waitFor();
    await pageB.getByRole('list', { name: 'Also editing: Ayshe' }).waitFor();
  });

  it('shows a co-editor’s change in an open edit dialog, and saving there keeps it', async () => {
    const editButton = (page: Page, name: string) =>
      page
        .getByRole('list', { name: 'Signatories' })
        .getByRole('button', { name: `Edit ${name}`, exact: true });
    await editButton(pageA, 'Uyghur Human Rights Project').click();
    const dialogA = pageA.getByRole('dialog', { name: /^Edit Uyghur Human Rights Project/u });
    await dialogA.getByLabel('Name', { exact: true }).fill('Uyghur Human Rights Project (UHRP)');
    // Meanwhile the other person gives the same entry a country.
    await editButton(pageB, 'Uyghur Human Rights Project').click();
    const dialogB = pageB.getByRole('dialog', { name: 'Edit Uyghur Human Rights Project' });
    await pickCountry(dialogB, 'united st', 'United States');
    await dialogB.getByRole('button', { name: 'Save' }).click();
    const countryA = dialogA.getByRole('combobox', { name: 'Country' });
    await expect.poll(() => countryA.inputValue(), { timeout: 15_000 }).toBe('United States');
    expect(await dialogA.getByLabel('Name', { exact: true }).inputValue()).toBe(
      'Uyghur Human Rights Project (UHRP)',
    );
    await dialogA.getByRole('button', { name: 'Save' }).click();
    for (const page of [pageA, pageB]) {
      await editButton(page, 'Uyghur Human Rights Project (UHRP) – United States').waitFor({
        timeout: 15_000,
      });
    }
  });

  it('gives a viewer a read-only copy that follows the editors, and clears a person who leaves', async () => {
    await pageA.getByRole('button', { name: 'Share…' }).click();
    const share = pageA.getByRole('dialog', { name: 'Share this letter' });
    await share.getByText('Links for people using Undersigned in a web browser').click();
    const viewerLink = await share.getByLabel('Viewer web link').inputValue();
    await share.getByRole('button', { name: 'Close' }).click();
    expect(viewerLink).toMatch(/\/join\/.*#role=viewer&token=/);

    const hostC = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-person-c-')]);
    try {
      const pageC = await openPerson(browser, hostC, 'Chen');
      await joinFromLink(pageC, viewerLink);
      await waitStatus(pageC, 'Read-only — up to date');
      expect(await letterBody(pageC).getAttribute('contenteditable')).toBe('false');
      await typeAtEnd(pageA, ' Seen by viewers.');
      await expect.poll(() => bodyText(pageC), { timeout: 15_000 }).toContain('Seen by viewers.');
      await pageA.getByRole('list', { name: /Chen/ }).waitFor();
    } finally {
      await hostC.stop();
    }
    await pageB.close();
    await pageA.getByRole('list', { name: /Bilal/ }).waitFor({ state: 'detached' });
  });

  it('leaves no piece of the letter readable in the server’s files: the text, title and names are sealed', async () => {
    const texts = [
      await bodyText(pageA),
      'Coalition letter on forced labour',
      'Uyghur Human Rights Project (UHRP)',
      'Tibet Action Institute',
      'Hong Kong Watch',
    ];
    expect(texts[0]).toContain('Seen by viewers.');
    expect(plaintextFound(filesUnder(serverDataDir), texts)).toEqual([]);
  });

  it('resets the links with new keys: a person with a new link reads the whole letter, written before and after', async () => {
    const { before: oldLink, after: newLink } = await resetLinks(pageA);
    expect(newLink).not.toBe(oldLink);
    await typeAtEnd(pageA, ' After the reset.');
    await waitStatus(pageA, 'Synced');

    const hostD = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-person-d-')]);
    try {
      const pageD = await openPerson(browser, hostD, 'Dolkun');
      await joinFromLink(pageD, newLink);
      await waitStatus(pageD, 'Synced');
      await expect.poll(() => bodyText(pageD), { timeout: 15_000 }).toBe(await bodyText(pageA));
      expect(await bodyText(pageD)).toContain('DRAFT: We, the undersigned');
      expect(await bodyText(pageD)).toContain('After the reset.');
    } finally {
      await hostD.stop();
    }
  });
});
