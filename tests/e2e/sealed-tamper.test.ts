import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_BYTES, NONCE_BYTES } from '../../src-common/crypto/envelope';
import { startServer, type RunningServer } from '../../server/server';
import { DATABASE_FILE } from '../../server/store/database';
import { launchChromium } from '../support/chromium';
import { bodyText, shareOnServer, typeAtEnd, waitStatus } from '../support/co-editors';
import { createLetter, joinFromLink, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

// Reconnecting backs off up to 30 s; waits that span a server restart allow for one full back-off.
const RECONNECT_TIMEOUT = 45_000;
const TITLE = 'Letter on detained lawyers';

let browser: Browser;
let server: RunningServer;
let serverDataDir: string;
let hostA: RunningHost;
let hostB: RunningHost;

function serveCollaboration(port: number): Promise<RunningServer> {
  return startServer({ host: '127.0.0.1', port, dataDir: serverDataDir, log: () => undefined });
}

beforeAll(async () => {
  serverDataDir = tempDir('undersigned-collab-server-');
  server = await serveCollaboration(0);
  browser = await launchChromium();
  hostA = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-person-a-')]);
  hostB = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-person-b-')]);
});

afterAll(async () => {
  await hostA?.stop();
  await hostB?.stop();
  await browser?.close();
  await server?.close();
});

/** Flips one byte inside the newest stored envelope's ciphertext, as someone with the server's disk could. */
function flipByteOfNewestEnvelope(): void {
  const db = new Database(join(serverDataDir, DATABASE_FILE));
  try {
    const row = db
      .prepare('SELECT letter_id, seq, bytes FROM sealed_envelopes ORDER BY seq DESC LIMIT 1')
      .get() as {
      letter_id: string;
      seq: number;
      bytes: Buffer;
    };
    const bytes = Buffer.from(row.bytes);
    const at = HEADER_BYTES + NONCE_BYTES;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    db.prepare('UPDATE sealed_envelopes SET bytes = ? WHERE letter_id = ? AND seq = ?').run(
      bytes,
      row.letter_id,
      row.seq,
    );
  } finally {
    db.close();
  }
}

describe('a sealed letter tampered with on the server', () => {
  it('tells the person in the status line that a change could not be verified, and keeps their copy', async () => {
    const pageA = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await pageA.goto(hostA.url);
    await createLetter(pageA, TITLE);
    await typeAtEnd(pageA, 'We ask for the release of the lawyers.');
    const link = await shareOnServer(pageA, server);

    const pageB = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await pageB.goto(hostB.url);
    await joinFromLink(pageB, link);
    await letterBody(pageB).filter({ hasText: 'release of the lawyers.' }).waitFor();
    await waitStatus(pageB, 'Synced');
    // B closes the letter; A writes on; the change is stored while B is away.
    await pageB.getByRole('button', { name: '← Letters' }).click();
    await typeAtEnd(pageA, ' Signed in Geneva');
    await waitStatus(pageA, 'Synced');

    const port = server.port;
    await server.close();
    flipByteOfNewestEnvelope();
    server = await serveCollaboration(port);
    await waitStatus(pageA, 'Synced', RECONNECT_TIMEOUT);

    await pageB.getByRole('button', { name: TITLE, exact: true }).click();
    await waitStatus(
      pageB,
      'A change from the server could not be verified and was not applied. Your copy is unchanged.',
      RECONNECT_TIMEOUT,
    );
    // What came before the forged change is all there; the forged one and what needs it are not. Keystrokes of one
    // tick share an envelope, so the forged one holds the last keystroke or the last few.
    const textB = await bodyText(pageB);
    const before = 'We ask for the release of the lawyers.';
    expect(textB).toContain(before);
    const after = textB.slice(textB.indexOf(before) + before.length);
    expect(after.length).toBeLessThan(' Signed in Geneva'.length);
    expect(' Signed in Geneva'.startsWith(after)).toBe(true);
  });
});
