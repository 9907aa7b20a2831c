import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import type { RunningServer } from '../../server/server';
import { letterBody } from './letter-ui';
import type { RunningHost } from './web-host';

/** Set your name → the name → Save. */
export async function setName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Set your name' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Display name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A person at their own computer (host), named. */
export async function openPerson(browser: Browser, host: RunningHost, name: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await setName(page, name);
  return page;
}

/** The letter screen's status line. */
export function statusLine(page: Page) {
  return page.locator('footer').getByRole('status');
}

/** Waits until the status line says `text`. */
export async function waitStatus(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  try {
    await statusLine(page).filter({ hasText: text }).waitFor({ timeout });
  } catch (error) {
    // A timeout alone does not say where the page was stuck; what the status line said does.
    const shown = await statusLine(page)
      .textContent({ timeout: 1_000 })
      .catch(
        async () => `no status line, on a page that reads: ${(await page.innerText('body')).slice(0, 300)}`,
      );
    throw new Error(`The status line never said ${String(text)}; it said "${shown}".`, { cause: error });
  }
}

/** Share… → the server → Share; returns the editor link once the page has reloaded and synced. */
export async function shareOnServer(page: Page, server: RunningServer): Promise<string> {
  await page.getByRole('button', { name: 'Share…' }).click();
  const share = page.getByRole('dialog', { name: 'Share this letter' });
  await share.getByLabel('Server address').fill(server.url);
  await share.getByLabel('Instance key').fill(server.instanceKey);
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  await waitStatus(page, 'Synced');
  const link = await page
    .getByRole('dialog', { name: 'Share this letter' })
    .getByLabel('Editor link', { exact: false })
    .first()
    .inputValue();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  return link;
}

/** The viewer web link of a shared letter, from its Share dialog. */
export async function viewerLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share…' }).click();
  const share = page.getByRole('dialog', { name: 'Share this letter' });
  await share.getByText('Links for people using Undersigned in a web browser').click();
  const link = await share.getByLabel('Viewer web link').inputValue();
  await share.getByRole('button', { name: 'Close' }).click();
  return link;
}

/**
 * A page's own network cable to the collaboration server: every WebSocket the page opens goes through it, so one
 * person can go offline while the server and everyone else stay up. Install before the page connects.
 */
export async function networkCable(
  page: Page,
): Promise<{ unplug(): Promise<void>; plugIn(): Promise<void> }> {
  let plugged = true;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/./u, (socket) => {
    if (!plugged) {
      void socket.close({ code: 4000, reason: 'offline' });
      return;
    }
    socket.connectToServer();
    sockets.push(socket);
  });
  return {
    unplug: async () => {
      plugged = false;
      await Promise.all(sockets.splice(0).map((socket) => socket.close({ code: 4000, reason: 'offline' })));
    },
    plugIn: async () => {
      plugged = true;
      // What the browser says when the network comes back: the app reconnects at once instead of after back-off.
      await page.evaluate(`window.dispatchEvent(new Event('online'))`);
    },
  };
}

/** The letter's text without co-editors' caret labels (the tests' types have no DOM, so the code is a string). */
export async function bodyText(page: Page): Promise<string> {
  const text: unknown = await page.evaluate(`(() => {
    const copy = document.querySelector('[aria-label="Letter text"]').cloneNode(true);
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent;
  })()`);
  return String(text);
}

/** Clicks into the letter and types at its very end. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await letterBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Share… → Reset links… → Reset links; the editor link before and after, with the dialog closed again. */
export async function resetLinks(page: Page): Promise<{ before: string; after: string }> {
  await page.getByRole('button', { name: 'Share…' }).click();
  const share = page.getByRole('dialog', { name: 'Share this letter' });
  const before = await share.getByLabel('Editor link', { exact: false }).first().inputValue();
  await share.getByRole('button', { name: 'Reset links…' }).click();
  await share
    .getByRole('group', { name: 'Confirm resetting the links' })
    .getByRole('button', { name: 'Reset links' })
    .click();
  await share.getByText('New links made.').waitFor();
  const after = await share.getByLabel('Editor link', { exact: false }).first().inputValue();
  await share.getByRole('button', { name: 'Close' }).click();
  return { before, after };
}
