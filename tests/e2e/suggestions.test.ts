import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { launchChromium } from '../support/chromium';
import { openPerson, shareOnServer, waitStatus } from '../support/co-editors';
import { createLetter, joinFromLink, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');
// Reconnecting backs off up to 30 s; waits that span a server restart allow for one full back-off.
const RECONNECT_TIMEOUT = 45_000;

const LETTER = 'They whitewashed the abuses. We strongly urge you to act. Signed in Oslo.';

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
  serverDataDir = tempDir('undersigned-suggest-server-');
  server = await serveCollaboration(0);
  browser = await launchChromium();
  hostA = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-suggest-a-')]);
  hostB = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-suggest-b-')]);
});

afterAll(async () => {
  await hostA?.stop();
  await hostB?.stop();
  await browser?.close();
  await server?.close();
});

/** The letter's text as shown, suggested deletions included, without co-editors' caret labels. */
async function bodyText(page: Page): Promise<string> {
  const text: unknown = await page.evaluate(`(() => {
    const copy = document.querySelector('[aria-label="Letter text"]').cloneNode(true);
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent;
  })()`);
  return String(text);
}

/** The suggestions as the letter shows them: each marked run's kind, author and text. */
async function suggestionMarks(page: Page): Promise<string[]> {
  const marks: unknown = await page.evaluate(`(() =>
    [...document.querySelectorAll('[aria-label="Letter text"] .suggestion')].map(
      (element) => element.tagName.toLowerCase() + ' ' + element.dataset.author + ': ' + element.textContent,
    ))()`);
  return Array.isArray(marks) ? marks.map(String) : [];
}

/** Selects a text of the letter (within one run of text) as a person dragging over it would. */
async function selectText(page: Page, text: string, collapseToEnd = false): Promise<void> {
  const found: unknown = await page.evaluate(`((wanted, toEnd) => {
    const root = document.querySelector('[aria-label="Letter text"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent.indexOf(wanted);
      if (index >= 0 && node.parentElement.closest('del') === null) {
        const end = index + wanted.length;
        window.getSelection().setBaseAndExtent(node, toEnd ? end : index, node, end);
        return true;
      }
    }
    return false;
  })(${JSON.stringify(text)}, ${String(collapseToEnd)})`);
  expect(found).toBe(true);
  // ProseMirror reads the selection from the next selectionchange event.
  await page.waitForTimeout(100);
}

function card(page: Page, label: RegExp) {
  return page.getByRole('list', { name: 'Suggestions' }).getByRole('article', { name: label });
}

async function openList(page: Page): Promise<void> {
  const toggle = page
    .getByRole('region', { name: 'Suggested edits' })
    .getByRole('button', { name: /suggestions?$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
}

describe('suggested edits between two co-editors', () => {
  let pageA: Page;
  let pageB: Page;

  it('two people suggest offline in neighbouring sentences; after reconnecting both see both, by the right authors', async () => {
    pageA = await openPerson(browser, hostA, 'Ayshe');
    await createLetter(pageA, 'Letter on forced labour');
    await letterBody(pageA).click();
    await pageA.keyboard.type(LETTER);
    const editorLink = await shareOnServer(pageA, server);
    pageB = await openPerson(browser, hostB, 'Bilal');
    await joinFromLink(pageB, editorLink);
    await letterBody(pageB).filter({ hasText: 'Signed in Oslo.' }).waitFor();
    await waitStatus(pageB, 'Synced');

    // Ayshe switches with the shortcut, Bilal with the switch; the switch names the shortcut on hover.
    await letterBody(pageA).click();
    await pageA.keyboard.press('Control+Alt+Shift+X');
    expect(await pageA.getByLabel('Mode').inputValue()).toBe('suggesting');
    await pageB.getByLabel('Mode').selectOption('suggesting');
    expect(await pageB.getByLabel('Mode').locator('option:checked').textContent()).toBe('Suggesting');
    expect(await pageB.getByLabel('Mode').getAttribute('title')).toContain('Suggesting: Ctrl+Alt+Shift+X');

    const port = server.port;
    await server.close();
    await waitStatus(pageA, /^Offline/);
    await waitStatus(pageB, /^Offline/);

    // Ayshe replaces the first sentence and deletes a word of the next one.
    await selectText(pageA, 'They whitewashed the abuses.');
    await pageA.keyboard.type('They failed to address the abuses.');
    await selectText(pageA, 'strongly ');
    await pageA.keyboard.press('Backspace');
    // Bilal, offline too, suggests in that same next sentence.
    await selectText(pageB, 'to act', true);
    await pageB.keyboard.type(' today');
    expect(await bodyText(pageB)).toBe(
      'They whitewashed the abuses. We strongly urge you to act today. Signed in Oslo.',
    );

    server = await serveCollaboration(port);
    await waitStatus(pageA, 'Synced', RECONNECT_TIMEOUT);
    await waitStatus(pageB, 'Synced', RECONNECT_TIMEOUT);
    const expected = [
      'del Ayshe: They whitewashed the abuses.',
      'ins Ayshe: They failed to address the abuses.',
      'del Ayshe: strongly ',
      'ins Bilal:  today',
    ];
    for (const page of [pageA, pageB]) {
      await expect.poll(() => suggestionMarks(page), { timeout: 15_000 }).toEqual(expected);
      await openList(page);
      await card(
        page,
        /^Suggestion by Ayshe: Replace “They whitewashed the abuses\.” with “They failed/u,
      ).waitFor();
      await card(page, /^Suggestion by Ayshe: Delete “strongly ”/u).waitFor();
      await card(page, /^Suggestion by Bilal: Add “ today”/u).waitFor();
    }
    expect(await bodyText(pageB)).toBe(await bodyText(pageA));
    // Deleted words are faded by their colour, not by opacity, which would make each a paint layer of its own.
    const deleted: unknown = await pageA.evaluate(`(() => {
      const style = getComputedStyle(document.querySelector('[aria-label="Letter text"] del.suggestion'));
      return [style.opacity, style.color];
    })()`);
    expect(deleted).toEqual(['1', expect.stringMatching(/ \/ 0\.8\)$|, 0\.8\)$/u)]);
    await pageA.screenshot({ path: join(SCREENSHOTS, 'suggestions.png') });
  });

  it('accepting one and rejecting another gives the same text on both sides; undo of the accept brings it back', async () => {
    await card(pageA, /^Suggestion by Ayshe: Replace/u)
      .getByRole('button', { name: /^Accept/u })
      .click();
    await card(pageB, /^Suggestion by Ayshe: Delete “strongly ”/u)
      .getByRole('button', { name: /^Reject/u })
      .click();
    const settled = 'They failed to address the abuses. We strongly urge you to act today. Signed in Oslo.';
    for (const page of [pageA, pageB]) {
      await expect.poll(() => bodyText(page), { timeout: 15_000 }).toBe(settled);
      await expect.poll(() => suggestionMarks(page), { timeout: 15_000 }).toEqual(['ins Bilal:  today']);
    }

    // Undo brings back the suggestion Ayshe accepted, for both; Bilal's reject stays.
    await letterBody(pageA).click();
    await pageA.keyboard.press('Control+z');
    for (const page of [pageA, pageB]) {
      await expect
        .poll(() => suggestionMarks(page), { timeout: 15_000 })
        .toEqual([
          'del Ayshe: They whitewashed the abuses.',
          'ins Ayshe: They failed to address the abuses.',
          'ins Bilal:  today',
        ]);
    }
    await waitStatus(pageA, 'Synced');
    await waitStatus(pageB, 'Synced');
    expect(await bodyText(pageB)).toBe(await bodyText(pageA));

    // Undo in Suggesting mode takes back this person's own suggestion, and only theirs.
    await selectText(pageA, 'Signed in Oslo.', true);
    await pageA.keyboard.type(' Thank you.');
    await expect.poll(() => suggestionMarks(pageB), { timeout: 15_000 }).toContain('ins Ayshe:  Thank you.');
    await pageA.keyboard.press('Control+z');
    for (const page of [pageA, pageB]) {
      await expect.poll(() => bodyText(page), { timeout: 15_000 }).not.toContain('Thank you');
      await expect.poll(() => suggestionMarks(page), { timeout: 15_000 }).toContain('ins Bilal:  today');
    }
  });

  it('the export dialog warns of pending suggestions and offers the text as if they were accepted', async () => {
    await pageA.getByRole('button', { name: 'Export…' }).click();
    const dialog = pageA.getByRole('dialog', { name: 'Export the letter' });
    const pending = dialog.getByRole('group', { name: 'Pending suggestions' });
    await pending.getByText(/^2 suggested edits are still pending, by Ayshe \(1\), Bilal \(1\)\./u).waitFor();
    const choice = pending.getByLabel('Pending suggestions');
    expect(await choice.inputValue()).toBe('rejected');
    await choice.selectOption('accepted');
    expect(await choice.inputValue()).toBe('accepted');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('Viewing mode is read-only for this person, and the mode is kept on this computer', async () => {
    await pageB.keyboard.press('Control+Alt+Shift+C');
    expect(await pageB.getByLabel('Mode').inputValue()).toBe('viewing');
    expect(await letterBody(pageB).getAttribute('contenteditable')).toBe('false');
    await pageB.reload();
    await letterBody(pageB).waitFor();
    expect(await pageB.getByLabel('Mode').inputValue()).toBe('viewing');
    expect(await letterBody(pageB).getAttribute('contenteditable')).toBe('false');
    await pageB.keyboard.press('Control+Alt+Shift+Z');
    expect(await letterBody(pageB).getAttribute('contenteditable')).toBe('true');
    expect(await pageA.getByLabel('Mode').inputValue()).toBe('suggesting');
  });
});
