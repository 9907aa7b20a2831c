import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { GOOGLE_DOCS_HTML, WEB_PAGE_HTML, WORD_HTML } from '../support/clipboard-samples';
import { createLetter, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import {
  screenshotPath,
  sizeLabel,
  SMALL_WINDOW,
  WINDOW_SIZES,
  type WindowSize,
} from '../support/window-sizes';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-paste-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** A new letter, with every console error and warning logged from then on (the paste's) kept. */
async function openLetter(
  title: string,
  size: WindowSize = SMALL_WINDOW,
): Promise<{ page: Page; complaints: string[] }> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(host.url);
  await createLetter(page, title);
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      complaints.push(message.text());
    }
  });
  return { page, complaints };
}

/** Pastes as the browser does: a paste event whose clipboard holds the HTML and its plain text. */
async function paste(page: Page, html: string, text: string): Promise<void> {
  await letterBody(page).click();
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', ${JSON.stringify(html)});
    transfer.setData('text/plain', ${JSON.stringify(text)});
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    document.querySelector('.tiptap').dispatchEvent(event);
  })()`);
}

/** The text of each element the selector finds in the letter. */
function texts(page: Page, selector: string): Promise<string[]> {
  return letterBody(page).locator(selector).allInnerTexts();
}

describe('pasting formatted text', () => {
  // The Docs paste, the one most letters arrive by, at both window sizes; Word and a web page at the smaller.
  for (const size of WINDOW_SIZES) {
    it(`keeps only the real bold, italics and links of a Google Docs paste at ${sizeLabel(size)}`, async () => {
      const { page, complaints } = await openLetter(`Pasted from Docs at ${size.width}`, size);
      await paste(page, GOOGLE_DOCS_HTML, 'We, the undersigned …');
      await letterBody(page).getByText('full report').waitFor();
      await page.screenshot({ path: screenshotPath('paste-google-docs', size) });

      expect(await texts(page, 'strong')).toEqual(['an independent investigation']);
      expect(await texts(page, 'em')).toEqual(['Police Files']);
      expect(await texts(page, 'u')).toEqual([]);
      expect(await letterBody(page).locator('a').getAttribute('href')).toBe('https://www.example.org/report');
      expect(await texts(page, 'p')).toContain(
        'We, the undersigned organizations, call for an independent investigation into the Police Files.',
      );
      expect(complaints).toEqual([]);
      await page.close();
    });
  }

  it('reads Word’s bold and italics, and leaves out its style sheet and typed bullets', async () => {
    const { page, complaints } = await openLetter('Pasted from Word');
    await paste(page, WORD_HTML, 'Governments must …');
    await letterBody(page).getByText('bold by style').waitFor();

    expect(await texts(page, 'strong')).toEqual(['end forced labour', 'bold by style']);
    expect(await texts(page, 'em')).toEqual(['all']);
    const paragraphs = await texts(page, 'p');
    expect(paragraphs).toContain('Audit every supplier.');
    expect(paragraphs.join('\n')).not.toMatch(/Font Definitions|MsoNormal|·/u);
    expect(complaints).toEqual([]);
    await page.close();
  });

  it('keeps a web page’s emphasis, including emphasis set by a style, and drops emphasis a style undoes', async () => {
    const { page, complaints } = await openLetter('Pasted from a page');
    await paste(page, WEB_PAGE_HTML, 'Our demands …');
    await letterBody(page).getByText('Not italic.').waitFor();

    expect(await texts(page, 'h2')).toEqual(['Our demands']);
    expect(await texts(page, 'strong')).toEqual(['immediate release', 'an end to reprisals']);
    expect(await texts(page, 'em')).toEqual(['all']);
    expect(await letterBody(page).locator('a').getAttribute('href')).toBe(
      'https://campaign.example.net/defenders',
    );
    expect(complaints).toEqual([]);
    await page.close();
  });
});
