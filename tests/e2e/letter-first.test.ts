import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import { signatorySchema } from '../../src-common/signatories/signatory';
import { launchChromium } from '../support/chromium';
import { letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-letter-first-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

// Holds the page's idle callbacks until the test lets them run, so that what the app leaves for an idle moment
// can be seen not to have happened yet, whatever the machine's speed.
const HELD_IDLE = `(() => {
  const held = new Map();
  let next = 1;
  window.requestIdleCallback = (callback) => {
    held.set(next, callback);
    return next++;
  };
  window.cancelIdleCallback = (handle) => held.delete(handle);
  window.releaseIdle = () => {
    const callbacks = [...held.values()];
    held.clear();
    callbacks.forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 }));
    return callbacks.length;
  };
})();`;

// Claims 50 signers where the list has 3: the count check underlines it once it has counted.
const CLAIM = 'We, 50 organizations, write to the council.';

function letterWithList(): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter shown first'));
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(CLAIM)]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  addSignatories(
    doc,
    ['Amnesty', 'Oxfam', 'Article 19'].map((name, index) =>
      signatorySchema.parse({ id: `first-${index}`, name, status: 'confirmed' }),
    ),
  );
  const path = join(tempDir('undersigned-letter-first-file-'), 'first.letter.json');
  writeFileSync(path, JSON.stringify(writeLetterFile('letterFirst00001', doc, new Date())));
  return path;
}

async function openLetterFile(page: Page, path: string): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(path);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
}

describe('opening a letter', () => {
  it('shows the letter to edit first, and the side panel and the count of signatories once the page is idle', async () => {
    const page = await browser.newPage();
    await page.addInitScript(HELD_IDLE);
    await openLetterFile(page, letterWithList());
    const first = letterBody(page).locator('p').first();
    await first.filter({ hasText: 'write to the council' }).waitFor();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Now.');
    await letterBody(page).getByText('the council. Now.').waitFor();

    // Not drawn yet, and nothing wrong drawn in its place: no "No signatories yet", no count, no underline.
    const panel = page.getByRole('tabpanel', { name: 'Signatories' });
    expect(await panel.getAttribute('aria-busy')).toBe('true');
    expect(await panel.innerText()).toBe('');
    expect(await page.locator('.status-facts').innerText()).not.toContain('signator');
    expect(await letterBody(page).locator('.count-claim-mismatch').count()).toBe(0);

    const list = page.getByRole('list', { name: 'Signatories' }).getByRole('listitem');
    await expect
      .poll(async () => {
        await page.evaluate('window.releaseIdle()');
        return list.count();
      })
      .toBeGreaterThan(0);
    expect(await panel.getAttribute('aria-busy')).toBe('false');
    await panel.getByText('Article 19').waitFor();
    await page.locator('.status-facts').filter({ hasText: '3 signatories' }).waitFor();
    const underlined = letterBody(page).locator('.count-claim-mismatch');
    await expect
      .poll(async () => {
        await page.evaluate('window.releaseIdle()');
        return underlined.count();
      })
      .toBe(1);
    expect(await underlined.innerText()).toBe('50');
    await page.close();
  });
});
