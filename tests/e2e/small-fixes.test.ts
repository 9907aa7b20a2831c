import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-small-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** Whether an input's placeholder fits in its box (the tests' types have no DOM, so the code is a string). */
function placeholderFits(page: Page, placeholder: string): Promise<unknown> {
  return page.evaluate(`(() => {
    const input = document.querySelector('input[placeholder=${JSON.stringify(placeholder)}]');
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(input.placeholder).width <= room;
  })()`);
}

describe('small things a first day turns up', () => {
  it('loads without a failed request: the page has an icon', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) {
        failed.push(`${response.status()} ${response.url()}`);
      }
    });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).not.toBeNull();
    const answer = await page.request.get(new URL(icon ?? '', host.origin).href);
    expect(answer.status()).toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });

  for (const width of [1280, 1920]) {
    it(`shows the whole "Country" and "Chapter" placeholders at ${width} wide`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(host.url);
      await createLetter(page, `Placeholder at ${width}`);
      const form = page.getByRole('form', { name: 'Add a signatory' });
      await form.getByPlaceholder('Chapter').waitFor();
      expect(await placeholderFits(page, 'Country')).toBe(true);
      expect(await placeholderFits(page, 'Chapter')).toBe(true);
      await page.close();
    });
  }

  it('counts one line of a part as "1 line" in the import review', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import letter…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a letter' });
    await dialog
      .getByLabel('Letter text')
      .fill(
        'Open letter on forced labour\n\nDear Minister,\n\nWe write to ask you to act.\n\n' +
          'Signed by:\nAmnesty International\nHuman Rights Watch',
      );
    await dialog.getByRole('button', { name: 'Check' }).click();
    const parts = dialog.getByRole('region', { name: 'Parts of the text' });
    await parts.getByRole('heading', { name: /^Title/u }).waitFor();
    expect(await parts.getByRole('heading', { name: /^Title/u }).innerText()).toBe('Title (1 line)');
    await page.close();
  });
});
