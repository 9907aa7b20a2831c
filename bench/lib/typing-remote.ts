import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseInviteLink } from '../../src-common/collab/invite-links';
import { spawnServer, type ServerProcess } from '../../tests/soak/server-process';
import type { RunningHost } from '../../tests/support/web-host';
import { relayWriter, RemoteWriters, sealedWriter, WRITER_PARAGRAPHS, WRITER_PHRASE } from './letter-writers';
import { startReference, type BenchServer } from './sync-servers';
import { APP_PARAGRAPH, openApp, openBare, placeCaret } from './typing-pages';

/** One side of the row: the page typed into, and the co-editors typing into the same letter meanwhile. */
export interface RemoteSide {
  page: Page;
  writers: RemoteWriters;
}

/** Both sides of the row with co-editors, and how to take them down. */
export interface RemoteRow {
  ours: RemoteSide;
  bare: RemoteSide;
  /** Throws unless both pages show what their co-editors typed: a row whose edits never arrived measures nothing. */
  checkArrived(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The row of issue #16. Ours: the letter shared through our server (in a process of its own) from the letter
 * screen's Share dialog, as a person shares it, and co-editors that are the app's `SealedDocSync` holding the keys
 * of its editor link. Bare: the bare page and its co-editors on y-websocket's reference relay (in memory,
 * plaintext).
 */
export async function openRemoteRow(
  browser: Browser,
  host: RunningHost,
  work: string,
  file: string,
): Promise<RemoteRow> {
  const closers: (() => Promise<void> | void)[] = [];
  try {
    const server = await spawnServer(join(work, 'server'));
    closers.push(() => server.kill());
    const ours = await oursShared(browser, host, file, server);
    closers.push(() => ours.writers.close());
    const relay = await startReference();
    closers.push(() => relay.stop());
    const bare = await bareRelayed(browser, host, relay);
    closers.push(() => bare.writers.close());
    const close = async (): Promise<void> => {
      for (const closer of closers.reverse()) {
        await closer();
      }
    };
    return { ours, bare, checkArrived: () => checkArrived({ ours: ours.page, bare: bare.page }), close };
  } catch (error) {
    for (const closer of closers.reverse()) {
      await closer();
    }
    throw error;
  }
}

async function oursShared(
  browser: Browser,
  host: RunningHost,
  file: string,
  server: ServerProcess,
): Promise<RemoteSide> {
  const page = await openApp(browser, host.url, file);
  const parsed = parseInviteLink(await shareOnServer(page, server));
  if (!parsed.ok || !parsed.invite.keys) {
    throw new Error(
      `The letter's editor link does not open it: ${parsed.ok ? 'it has no keys' : parsed.problem}`,
    );
  }
  const { letterId, token, keys } = parsed.invite;
  const endpoint = {
    url: `${server.url.replace(/^http/u, 'ws')}/letters/${letterId}`,
    protocols: ['undersigned', `undersigned.token.${token}`],
  };
  const writers = await RemoteWriters.ready(
    WRITER_PARAGRAPHS.map(() => sealedWriter(endpoint, letterId, keys)),
  );
  // Sharing reloaded the letter screen; the caret and the probe go back where the other rows have them.
  await placeCaret(page, APP_PARAGRAPH);
  return { page, writers };
}

async function bareRelayed(
  browser: Browser,
  host: RunningHost,
  relay: BenchServer & { port: number },
): Promise<RemoteSide> {
  const url = new URL('bare.html', host.origin);
  url.searchParams.set('relay', `ws://127.0.0.1:${relay.port}/bench-typing-letter`);
  // The host's CSP names only the collaboration servers configured in the app; the bare page is not the app.
  const page = await openBare(browser, url.href, { bypassCSP: true });
  await page.waitForFunction('window.bareRelaySynced === true');
  const writers = await RemoteWriters.ready(
    WRITER_PARAGRAPHS.map(() => relayWriter(url.searchParams.get('relay') ?? '')),
  );
  return { page, writers };
}

async function checkArrived(pages: Record<string, Page>): Promise<void> {
  for (const [side, page] of Object.entries(pages)) {
    const arrived: unknown = await page.evaluate(
      `document.querySelector('.ProseMirror').textContent.includes(${JSON.stringify(WRITER_PHRASE.trim())})`,
    );
    if (arrived !== true) {
      throw new Error(`The co-editors' words never reached the ${side} page.`);
    }
  }
}

// Share… → the server → Share, as tests/support/co-editors.ts does (which the bench cannot import: its helpers import
// the test runner); returns the editor link once the letter is on the server.
async function shareOnServer(page: Page, server: ServerProcess): Promise<string> {
  await page.getByRole('button', { name: 'Share…' }).click();
  const share = page.getByRole('dialog', { name: 'Share this letter' });
  await share.getByLabel('Server address').fill(server.url);
  await share.getByLabel('Instance key').fill(server.instanceKey);
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  await page.locator('footer').getByRole('status').filter({ hasText: 'Synced' }).waitFor({ timeout: 30_000 });
  const link = await share.getByLabel('Editor link', { exact: false }).first().inputValue();
  await share.getByRole('button', { name: 'Close' }).click();
  return link;
}
