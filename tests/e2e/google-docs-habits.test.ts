import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-docs-habits-')]);
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

function fontSize(page: Page): Promise<unknown> {
  return page.evaluate(`getComputedStyle(document.querySelector('.letter-body')).fontSize`);
}

describe('what people coming from Google Docs expect', () => {
  it('shows the three first steps until they are dismissed, then never again on this computer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const hint = page.getByRole('region', { name: 'Three steps to a sign-on letter' });
    await hint.waitFor();
    const steps = await hint.getByRole('listitem').allInnerTexts();
    expect(steps.map((step) => step.split(':')[0])).toEqual([
      'Write or import the letter',
      'Collect signatories',
      'Export',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run-hint-1280x800.png') });
    await hint.getByRole('button', { name: 'Got it, don’t show again' }).click();
    await hint.waitFor({ state: 'detached' });

    await page.reload();
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
    expect(await hint.count()).toBe(0);
    await context.close();
  });

  it('offers the sign-on letter template beside a blank page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).click();
    const dialog = page.getByRole('dialog', { name: 'New letter' });
    expect(await dialog.getByRole('radio', { name: 'A blank page' }).isChecked()).toBe(true);
    await dialog.getByLabel('Title').fill('From the template');
    await dialog.getByRole('radio', { name: /sign-on letter template/u }).check();
    await page.screenshot({ path: join(SCREENSHOTS, 'new-letter-template-1280x800.png') });
    await dialog.getByRole('button', { name: 'Create' }).click();

    const body = letterBody(page);
    await body.filter({ hasText: 'Dear [' }).waitFor();
    const text = await body.innerText();
    expect(text).toContain('We call on you to:');
    expect(text).toContain('Sincerely,');
    expect(text).toContain('Signed by');
    await body.getByRole('heading', { name: 'Our ask' }).waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('list', { name: 'Notes' }).getByRole('listitem').first().waitFor();
    expect(await page.getByRole('list', { name: 'Notes' }).getByRole('listitem').count()).toBe(1);

    // Blank stays blank.
    await page.goBack();
    await createLetter(page, 'Blank one');
    expect((await letterBody(page).innerText()).trim()).toBe('');
    await page.close();
  });

  it('lists the real shortcuts on Ctrl+/ and zooms the letter text with Ctrl+= / Ctrl+- / Ctrl+0, kept on this computer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).waitFor();

    await page.keyboard.press('Control+/');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (const [label, keys] of [
      ['Bold', 'Ctrl+B'],
      ['Insert a note', 'Ctrl+Alt+F'],
      ['Find and replace', 'Ctrl+H'],
      ['Make the letter text larger', 'Ctrl+= or Ctrl++'],
      ['Show keyboard shortcuts', 'Ctrl+/'],
    ]) {
      const row = sheet
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
      expect(await row.innerText()).toContain(keys);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'shortcut-sheet-1280x800.png') });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    await createLetter(page, 'Zoomed');
    await letterBody(page).click();
    await page.keyboard.type('Larger text');
    expect(await fontSize(page)).toBe('17px');
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    expect(await fontSize(page)).toBe('21.25px');
    await page.getByRole('status').filter({ hasText: 'Letter text 125%' }).waitFor();
    // The interface keeps its size: only the letter's text grows.
    expect(await page.evaluate('window.visualViewport.scale')).toBe(1);
    expect(await page.evaluate('document.documentElement.clientWidth')).toBe(1280);

    await waitSaved(page);
    await page.reload();
    await letterBody(page).filter({ hasText: 'Larger text' }).waitFor();
    expect(await fontSize(page)).toBe('21.25px');
    await letterBody(page).click();
    await page.keyboard.press('Control+-');
    expect(await fontSize(page)).toBe('18.7px');
    await page.keyboard.press('Control+0');
    expect(await fontSize(page)).toBe('17px');
    await context.close();
  });

  it('offers Comment in a bubble beside selected words, and only while words are selected', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await createLetter(page, 'Bubble');
    await letterBody(page).click();
    await page.keyboard.type('We urge the council');
    const bubble = page.getByRole('button', { name: 'Comment on the selected words' });
    expect(await bubble.isVisible()).toBe(false);

    await page.keyboard.press('Control+Shift+ArrowLeft');
    await bubble.waitFor();
    // Beside the selected words, its end at theirs, as the editor's own plugin places it once it has measured them.
    const words: unknown = await page.evaluate(
      '(({ top, bottom, right }) => ({ top, bottom, right }))(window.getSelection().getRangeAt(0).getBoundingClientRect())',
    );
    const { top, bottom, right } = z
      .object({ top: z.number(), bottom: z.number(), right: z.number() })
      .parse(words);
    await expect
      .poll(async () => {
        const box = await bubble.boundingBox();
        const gap = box ? Math.max(top - (box.y + box.height), box.y - bottom) : Infinity;
        return box !== null && Math.abs(box.x + box.width - right) <= 2 && gap >= 0 && gap <= 12;
      })
      .toBe(true);
    await bubble.click();
    await page.getByRole('textbox', { name: 'Your comment' }).waitFor();
    expect(await letterBody(page).locator('.comment-anchor').first().textContent()).toBe('council');

    await letterBody(page).click();
    await page.keyboard.press('End');
    await bubble.waitFor({ state: 'hidden' });
    await page.close();
  });
});
