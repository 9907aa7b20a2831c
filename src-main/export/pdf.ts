import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium';

/** How to lay out the printed letter. */
export interface PdfOptions {
  pageSize: 'A4' | 'Letter';
}

// The fonts the app ships, so Latin with diacritics, Uyghur, Tibetan and Chinese print the same on any machine.
const FONT_STYLESHEETS = [
  '@fontsource/noto-serif/400.css',
  '@fontsource/noto-serif/400-italic.css',
  '@fontsource/noto-serif/700.css',
  '@fontsource/noto-serif/700-italic.css',
  '@fontsource/noto-naskh-arabic/400.css',
  '@fontsource/noto-naskh-arabic/700.css',
  '@fontsource/noto-serif-tibetan/400.css',
  '@fontsource/noto-serif-sc/400.css',
];

const FOOTER = `<div style="width:100%;font:9px 'Noto Serif',serif;color:#666;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/**
 * Prints a letter's standalone HTML page to PDF with Chromium: page numbers in the footer, links kept clickable,
 * fonts embedded. The page is loaded from a private temporary folder and nothing is fetched from the network.
 */
export async function printPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-pdf-'));
  const file = join(folder, 'letter.html');
  writeFileSync(file, withFonts(html));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route(/^https?:/u, (route) => route.abort());
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForFunction('document.fonts.status === "loaded"');
    return await page.pdf({
      format: options.pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '2cm', bottom: '2.2cm', left: '2cm', right: '2cm' },
    });
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The page with the app's font stylesheets linked from where they are installed, for printing from a file. */
export function withFonts(html: string): string {
  const links = FONT_STYLESHEETS.map(
    (sheet) => `<link rel="stylesheet" href="${pathToFileURL(require.resolve(sheet)).href}">`,
  );
  return html.replace('</head>', `${links.join('\n')}\n</head>`);
}

/** The Chromium printer for the backend outside the desktop app (browser mode, tests). */
export const printPdfWithChromium = async (
  html: string,
  pageSize: PdfOptions['pageSize'],
): Promise<Uint8Array> => printPdf(html, { pageSize });
