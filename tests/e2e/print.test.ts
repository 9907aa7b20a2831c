import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChoicesSchema } from '../../src-common/api/export-schemas';
import { decodeBinary } from '../../src-common/letter/encoding';
import { readLetterFile } from '../../src-common/letter-file/letter-file';
import { exportLetter } from '../../src-main/export/export-letter';
import { printPdfWithChromium } from '../../src-main/export/pdf';
import { renderModelFromState } from '../../src-common/render/render-model';
import { CFU_LETTER_FILE } from '../fixtures/build-cfu-letter';
import { launchChromium } from '../support/chromium';
import { letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';
import { screenshotPath, sizeLabel, SMALL_WINDOW, WINDOW_SIZES } from '../support/window-sizes';

let browser: Browser;
let host: RunningHost;
const folder = tempDir('undersigned-print-');

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-print-data-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

/** The letter as the export renders it: what the printout must hold. */
function fixtureModel() {
  const read = readLetterFile(readFileSync(CFU_LETTER_FILE, 'utf8'));
  if (!read.ok) {
    throw new Error(read.problem);
  }
  return renderModelFromState(read.state);
}

async function openFixture(page: Page): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(CFU_LETTER_FILE);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await letterBody(page).waitFor();
}

/** A PDF's text, one space between words, and its number of pages. */
function pdfText(file: string): { text: string; pages: number } {
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1e8,
  }).stdout;
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return { text: flat(text), pages: Number(/Pages:\s+(\d+)/u.exec(info)?.[1] ?? 0) };
}

/** The page printed as Chromium prints it (at the page size the page asks for), as text. */
async function printed(page: Page, name: string): Promise<{ text: string; pages: number }> {
  const file = join(folder, `${name}.pdf`);
  await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
  spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', file, join('test-results', 'e2e', name)]);
  return pdfText(file);
}

/** The same letter exported to PDF with the export dialog's defaults, made once for the tests of every size. */
let exportedOnce: Promise<{ text: string; pages: number }> | undefined;
function exported(): Promise<{ text: string; pages: number }> {
  exportedOnce ??= exportFixture();
  return exportedOnce;
}

async function exportFixture(): Promise<{ text: string; pages: number }> {
  const read = readLetterFile(readFileSync(CFU_LETTER_FILE, 'utf8'));
  if (!read.ok) {
    throw new Error(read.problem);
  }
  const file = join(folder, 'exported.pdf');
  const pdf = await exportLetter(
    read.state,
    exportChoicesSchema.parse({ format: 'pdf' }),
    printPdfWithChromium,
  );
  writeFileSync(file, decodeBinary(pdf.base64));
  return pdfText(file);
}

const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();
const characters = (text: string) => [...text.replace(/[\s-]/gu, '')].sort().join('');

describe('printing a letter', () => {
  // Ctrl+P and File › Print at both window sizes: the printout must not depend on the window it was asked from.
  for (const size of WINDOW_SIZES) {
    it(`prints the letter as the PDF export lays it out, on every page, and none of the interface at ${sizeLabel(size)}`, async () => {
      const page = await browser.newPage({ viewport: size });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(message.text());
        }
      });
      await openFixture(page);
      // Headless Chromium has no print dialog: count the calls, then print the page as it stands for printing.
      await page.evaluate('window.print = () => { window.printed = (window.printed ?? 0) + 1; }');
      await letterBody(page).click();
      await page.keyboard.press('Control+p');
      await expect.poll(() => page.evaluate('window.printed')).toBe(1);

      const print = await printed(page, `print-ctrl-p-${size.width}x${size.height}`);
      const model = fixtureModel();
      expect(print.text).toContain(flat(model.title));
      expect(print.text).toContain(flat(model.notesHeading));
      expect(print.text).toContain(flat(model.signatories.entries.at(-1)?.name ?? 'no signatory'));
      // The same characters on the same number of pages as the exported PDF: the whole letter, as the export lays it
      // out (a long address may break at another of its hyphens, a column of names end one name sooner).
      const pdf = await exported();
      expect(print.pages).toBeGreaterThan(2);
      expect(print.pages).toBe(pdf.pages);
      expect(characters(print.text)).toBe(characters(pdf.text));
      for (const chrome of [
        'Export…',
        'Share…',
        'Save version…',
        'Paste a list…',
        '← Letters',
        'Saved on this computer',
      ]) {
        expect(print.text).not.toContain(chrome);
      }
      expect(problems).toEqual([]);

      await page.getByRole('button', { name: 'Print (Ctrl+P)' }).click();
      await expect.poll(() => page.evaluate('window.printed')).toBe(2);
      await page.screenshot({ path: screenshotPath('print-toolbar', size) });
      await page.close();
    });
  }

  it('prints the interface as it is on the home screen, where no letter is open', async () => {
    const page = await browser.newPage({ viewport: SMALL_WINDOW });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New letter' }).waitFor();
    expect((await printed(page, 'print-home')).text).toContain('New letter');
  });
});
