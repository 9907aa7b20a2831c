import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, WINDOW_SIZES } from '../support/window-sizes';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-fonts-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The fonts Chromium drew the element's text with (the platform's own answer, so a missing glyph shows). */
async function fontsDrawing(cdp: CDPSession, selector: string): Promise<string[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  // The package's Chinese subset names itself "Noto Serif SC ExtraLight" inside the file; the family is what counts.
  return fonts.map((font) => font.familyName.replace(/^Noto Serif SC .*/u, 'Noto Serif SC'));
}

async function inspector(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

describe('Chinese text', () => {
  // This machine has no Chinese system font (as many Windows and Linux installs): only the bundled one can draw it.
  // A title per window, all in Chinese: a Latin digit in it would be drawn with the interface's own font.
  const titles = ['声援香港', '声援新疆'];
  for (const [index, size] of WINDOW_SIZES.entries()) {
    it(`is drawn with the bundled Noto Serif SC in the letter and in the interface at ${sizeLabel(size)}`, async () => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(host.url);
      const title = titles[index] ?? '声援';
      await createLetter(page, title);
      await letterBody(page).click();
      await page.keyboard.type('我们呼吁立即释放');
      await letterBody(page).getByText('我们呼吁立即释放').waitFor();
      const cdp = await inspector(page);
      await expect
        .poll(() => fontsDrawing(cdp, '.letter-body p'), { timeout: 15_000 })
        .toEqual(['Noto Serif SC']);
      await page.screenshot({ path: screenshotPath('fonts-chinese-letter', size) });

      await page.getByRole('button', { name: '← Letters' }).click();
      await page.getByRole('button', { name: title, exact: true }).waitFor();
      await expect
        .poll(() => fontsDrawing(cdp, '.letter-row .letter-title'), { timeout: 15_000 })
        .toEqual(['Noto Serif SC']);
      await page.screenshot({ path: screenshotPath('fonts-chinese-home', size) });
      await page.close();
    });
  }
});
