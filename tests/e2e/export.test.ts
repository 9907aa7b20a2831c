import { spawnSync } from 'node:child_process';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { solidPng } from '../support/images';
import { createLetter, letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-export-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

async function exportAs(page: Page, format: string): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the letter' });
  await dialog.getByRole('radio', { name: new RegExp(`^${format} —`, 'u') }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await dialog
    .getByRole('status')
    .filter({ hasText: /^Saved / })
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), path: await file.path() };
}

describe('exporting from the letter screen', () => {
  it('saves the same letter as PDF and as Word, with its note', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter to export');
    await letterBody(page).click();
    await page.keyboard.type('We call for the release of Ilham Tohti.');
    await page.keyboard.press('Control+Alt+f');
    await page
      .getByRole('textbox', { name: 'Text of note 1' })
      .fill('PEN America, https://pen.org/ilham-tohti/');
    await waitSaved(page);

    const pdf = await exportAs(page, 'PDF');
    expect(pdf.name).toBe('Letter to export.pdf');
    const text = spawnSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('We call for the release of Ilham Tohti.');
    expect(text).toContain('PEN America');

    const word = await exportAs(page, 'Word');
    expect(word.name).toBe('Letter to export.docx');
    const html = (await mammoth.convertToHtml({ path: word.path })).value;
    expect(html).toContain('We call for the release of Ilham Tohti.');
    expect(html).toContain('footnote-ref-1');
  });
});

/** What the tests read of an element in the preview (the tests are compiled without the DOM's types). */
interface PreviewElement {
  ownerDocument: {
    fonts: Iterable<{ status: string; family: string }>;
    defaultView: { getComputedStyle(element: unknown): { columnCount: string } };
  };
}

describe('the export dialog', () => {
  it('previews the letter with the chosen options, letterhead included, in a frame that runs no scripts', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter to preview');
    await letterBody(page).click();
    await page.keyboard.type('We call for the release of Ilham Tohti.');
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    await paste
      .getByLabel(/One organization per line/u)
      .fill('Uyghur Human Rights Project\nTibet Action Institute');
    await paste.getByRole('button', { name: 'Check' }).click();
    await paste.getByRole('button', { name: 'Add 2 signatories' }).click();
    await waitSaved(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the letter' });
    await dialog.getByRole('radio', { name: /^Web page —/u }).check();
    const frame = dialog.getByTitle('Preview of the exported letter');
    // Sandboxed without `allow-scripts`: nothing in the preview can run.
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin');
    const preview = frame.contentFrame();
    await preview.getByRole('heading', { name: 'Letter to preview' }).waitFor();
    await preview.getByText('We call for the release of Ilham Tohti.').waitFor();
    // The letter's own stylesheet and the bundled fonts reach the sandboxed preview.
    const loadedFonts = () =>
      preview.locator('body').evaluate((body: unknown) => {
        const fonts = (body as PreviewElement).ownerDocument.fonts;
        return [...fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
      });
    await expect.poll(loadedFonts).toContain('Noto Serif');

    await dialog.getByRole('checkbox', { name: 'Add “2 organizations have signed this letter.”' }).check();
    await preview.getByText('2 organizations have signed this letter.').waitFor();
    await dialog.getByLabel('Signatory columns').selectOption('3');
    const list = preview.getByRole('list').filter({ hasText: 'Tibet Action Institute' });
    const columns = () =>
      list.evaluate((element: unknown) => {
        const view = (element as PreviewElement).ownerDocument.defaultView;
        return view.getComputedStyle(element).columnCount;
      });
    await expect.poll(columns).toBe('3');
    // An alphabetical list's letters head the block only when every heading is asked for.
    const headingT = preview.getByRole('heading', { level: 3, name: 'T', exact: true });
    await dialog.getByLabel('Signatory headings').selectOption('all');
    await headingT.waitFor();
    await dialog.getByLabel('Signatory headings').selectOption('auto');
    await headingT.waitFor({ state: 'detached' });

    await dialog.getByLabel(/^Letterhead image/u).setInputFiles({
      name: 'letterhead.png',
      mimeType: 'image/png',
      buffer: solidPng(400, 60),
    });
    const letterhead = preview.getByRole('img', { name: 'Letterhead' });
    await letterhead.waitFor();
    const naturalWidth = () =>
      letterhead.evaluate((image: unknown) => (image as { naturalWidth: number }).naturalWidth);
    await expect.poll(naturalWidth).toBe(400);

    await dialog.getByLabel(/^Letterhead image/u).setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not an image at all'),
    });
    await dialog.getByRole('alert').filter({ hasText: 'notes.png is not a PNG or JPEG image.' }).waitFor();
    await dialog.getByRole('button', { name: 'Remove letterhead' }).click();
    await letterhead.waitFor({ state: 'detached' });

    // Markdown and plain text preview the file's very text, not a laid-out page.
    const previewText = () => preview.locator('pre.preview-text').textContent();
    await dialog.getByRole('radio', { name: /^Markdown —/u }).check();
    await expect.poll(previewText).toMatch(/^# Letter to preview\n/u);
    await expect.poll(previewText).toContain('Tibet Action Institute');
    await dialog.getByRole('radio', { name: /^Plain text —/u }).check();
    await expect.poll(previewText).toMatch(/^Letter to preview\n/u);
    await page.close();
  });

  it('shows the progress of a PDF and lets the person cancel it, then export again', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter to cancel');
    await letterBody(page).click();
    await page.keyboard.type('A letter printed twice.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the letter' });
    await dialog.getByRole('radio', { name: /^PDF —/u }).check();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Printing PDF…' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Export cancelled.' }).waitFor();

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('Letter to cancel.pdf');
    expect(downloads).toBe(1);
    await page.close();
  });

  it('lets the person close the dialog and keep typing while the PDF is made; the file still arrives', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    await createLetter(page, 'Letter to keep writing');
    await letterBody(page).click();
    await page.keyboard.type('First paragraph.');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the letter' });
    await dialog.getByRole('radio', { name: /^PDF —/u }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('button', { name: 'Keep working' }).click();
    await dialog.waitFor({ state: 'detached' });
    await letterBody(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Written during the export.');
    const text = spawnSync('pdftotext', [await (await download).path(), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('First paragraph.');
    await expect
      .poll(() => letterBody(page).innerText())
      .toContain('First paragraph. Written during the export.');
    await page.close();
  });
});
